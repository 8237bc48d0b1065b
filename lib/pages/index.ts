/**
 * The pages of the site. registry.ts lists every page the site prerenders, each of one kind
 * (home.ts, family.ts, title-index.ts, career.ts, level.ts, compare.ts, move.ts, moved.ts, each defined with
 * kind.ts's shape), and finds the one a route's params name; metadata.ts says what a page says of
 * itself beyond its body: its metadata, breadcrumbs, structured data and social card. The search
 * page (search.ts) is no page of content: it is kept out of the registry, the sitemap and the index.
 */
export { breadcrumbsOf, cardStaticParams, findCardPage, metadataFor, ownCard, pageMetadata, structuredDataOf } from "./metadata";
export {
  currentPages,
  findPage,
  findRoutePage,
  getPages,
  hasMoved,
  pagesOf,
  pageText,
  samplePages,
  staticParams,
  type CardKindName,
  type CurrentPage,
  type MovedPage,
  type Page,
  type PageOfKind,
} from "./registry";
export { movedPage, type MovedContent } from "./moved";
export { searchPage, searchPageMetadata, type SearchPageModel } from "./search";
