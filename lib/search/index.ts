export { FAMILY_FILTER, SEARCH_META, searchRecords } from "./records";
export { writeSearchIndex } from "./write-index";
