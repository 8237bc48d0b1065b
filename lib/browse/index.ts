/**
 * Browsing the catalogue at scale: careers filed by SOC major group, the A-Z index of career and
 * job titles, each listing split into pages of the sizes in part-sizes.ts, and related careers.
 */
export {
  buildBrowseModel,
  homeShowsEveryCareer,
  relatedCareers,
  type BrowseModel,
  type FamilyListing,
  type RelatedCareer,
  type RelatedCareers,
  type TitleGroupListing,
} from "./model";
export { familiesOf, ladderSpan, MAJOR_GROUPS, majorGroupOf, OTHER_FAMILY } from "./families";
export {
  CAREERS_PER_FAMILY_PART,
  HOME_CARDS_MOST_CAREERS,
  HOME_CARDS_MOST_JOB_TITLES,
  HOME_CARDS_MOST_LEVELS,
  HOME_MOST_INDEX_PART_LINKS,
  PLACES_PER_INDEX_PART,
} from "./part-sizes";
export { placeLabel, titleIndexOf, type TitleEntry, type TitleGroup } from "./title-index";
export { titleKey } from "../content";
