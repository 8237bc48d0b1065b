/**
 * Browsing the catalogue at scale: careers filed by SOC major group, the A-Z index of career and
 * job titles, each listing split into pages that fit the page budget, and related careers.
 */
export { buildCatalogue, homeShowsEveryCareer, indexPartLinks, relatedCareers, type Catalogue, type CatalogueOptions, type FamilyListing, type IndexPartLink, type RelatedCareer, type RelatedCareers, type TitleGroupListing } from "./catalogue";
export { familiesOf, MAJOR_GROUPS, majorGroupOf, ONET_SOC_SYSTEM, onetSocCodeProblem, OTHER_FAMILY, SOC_MAJOR_GROUPS_SOURCE, type Family, type MajorGroup } from "./families";
export { careerCardHtml, familyEntryHtml, ladderSpan, placeLabel, titleEntryHtml } from "./listing-html";
export { FULL_ENOUGH, gzipBytes, LISTING_ENTRIES_MAX_GZIP_BYTES, PAGE_CHROME_GZIP_BYTES, splitIntoParts, STYLESHEET_GZIP_BYTES, type Part } from "./parts";
export { titleGroupOf, titleIndexOf, type TitleEntry, type TitleGroup, type TitlePlace } from "./title-index";
export { titleKey } from "../content";
