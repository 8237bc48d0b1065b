export { FAMILY_FILTER, SEARCH_META, searchRecords, type SearchRecord } from "./records";
export { writeSearchIndex } from "./write-index";
