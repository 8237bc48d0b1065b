import { getCareer, getCareers, type Career } from "../content";
import { careerPage } from "./career";
import { comparePage } from "./compare";
import { familyPage } from "./family";
import { homePage } from "./home";
import type { PageKind, PageOf, PageText, RouteParams } from "./kind";
import { levelPage } from "./level";
import { movedPage } from "./moved";
import { movePage } from "./move";
import { titleIndexPage } from "./title-index";

/**
 * The page registry. Every page the site prerenders is a page of one of these kinds; static
 * params, metadata, the sitemap, the social cards, the browser tests, the screenshots, the budgets
 * and the bench all ask it, so a new kind of page is a definition here and its route in app/.
 */
const kinds = [homePage, familyPage, titleIndexPage, careerPage, levelPage, comparePage, movePage, movedPage] as const;

type Definition = (typeof kinds)[number];
export type PageKindName = Definition["kind"];
export type Page = PageOf<Definition>;
export type PageOfKind<K extends PageKindName> = Extract<Page, { kind: K }>;
/** The kinds whose own social-card.png route draws their cards. */
export type CardKindName = Extract<Definition, { socialCard: { parts: unknown } }>["kind"];

// What every kind shares. A kind only ever gets back content it listed itself (a page is that
// content with the registry's fields added), so the registry need not know each content's type.
export type AnyPageKind = PageKind<string, RouteParams, object>;
const registered: readonly AnyPageKind[] = kinds;

/** The definition of `kind`, which every page of it is built from. */
export function definitionOf(kind: PageKindName): AnyPageKind {
  return registered.find((definition) => definition.kind === kind)!;
}

function pageOf(definition: AnyPageKind, content: object): Page {
  const editUrl = definition.editUrl?.(content);
  const page = {
    ...content,
    kind: definition.kind,
    path: definition.path(content),
    params: definition.params(content),
    lastModified: definition.lastModified(content),
    dataPath: definition.dataPath(content),
    ...(editUrl ? { editUrl } : {}),
  };
  // What PageOf says a page of this kind is, built from the kind's own definition.
  return page as Page;
}

/** The pages of `careers` (by default the site's content): the site-wide ones first (home), then each career's in reading order. */
export function getPages(careers: Career[] = getCareers()): Page[] {
  const siteWide = registered.flatMap((definition) =>
    "site" in definition.source ? definition.source.site(careers).map((content) => pageOf(definition, content)) : [],
  );
  const perCareer = careers.flatMap((career) =>
    registered.flatMap((definition) =>
      "career" in definition.source ? definition.source.career(career, careers).map((content) => pageOf(definition, content)) : [],
    ),
  );
  return [...siteWide, ...perCareer];
}

/** The pages of one kind. */
export function pagesOf<K extends PageKindName>(kind: K, pages: Page[] = getPages()): PageOfKind<K>[] {
  return pages.filter((page): page is PageOfKind<K> => page.kind === kind);
}

/** A page kept at a former address, which sends readers on to where it lives now. */
export type MovedPage = PageOfKind<"moved">;
export const hasMoved = (page: Page): page is MovedPage => page.kind === "moved";

/** A page at its own address, as readers find it linked and listed. */
export type CurrentPage = Exclude<Page, MovedPage>;
/** Every page but those kept at a former address. */
export const currentPages = (pages: Page[] = getPages()): CurrentPage[] => pages.filter((page): page is CurrentPage => !hasMoved(page));

/** A route's `generateStaticParams`: the params of every page of its kind, and of the former addresses its route serves. */
export function staticParams<K extends PageKindName>(kind: K, pages: Page[] = getPages()): PageOfKind<K>["params"][] {
  const moved = pagesOf("moved", pages).filter((page) => page.route === kind);
  // TypeScript does not narrow a union's member through a generic kind; pagesOf did. A former address has its route's params.
  return [...pagesOf(kind, pages), ...moved].map((page) => page.params as PageOfKind<K>["params"]);
}

/** The first page of each kind, from the first career and its first level: what the budgets and the bench measure. A former address only sends the browser on. */
export function samplePages(pages: Page[] = getPages()): Page[] {
  const kindsListed = [...new Set(currentPages(pages).map((page) => page.kind))];
  return kindsListed.map((kind) => pages.find((page) => page.kind === kind)!);
}

/** Params as a key. Next.js hands an optional catch-all's first page no value for it at all, which is the empty list. */
export const paramsKey = (params: RouteParams) =>
  JSON.stringify(
    Object.entries(params)
      .filter(([, value]) => value !== undefined && value.length > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
const sameParams = (a: RouteParams, b: RouteParams) => paramsKey(a) === paramsKey(b);

/** The page of `kind` a route's params name, or `undefined`: a route's one call before it renders. */
export function findPage<K extends PageKindName>(kind: K, params: RouteParams, paramsOf = definitionOf(kind).params): PageOfKind<K> | undefined {
  const definition = definitionOf(kind);
  const { source } = definition;
  // A career's pages are listed from that career alone, so a route never lists the whole site.
  const career = "career" in source && typeof params.career === "string" ? getCareer(params.career) : undefined;
  const contents = "site" in source ? source.site(getCareers()) : career ? source.career(career, getCareers()) : [];
  const content = contents.find((candidate) => sameParams(paramsOf(candidate), params));
  return content && (pageOf(definition, content) as PageOfKind<K>);
}

/** What search results, browser tabs and shared links say of a page. */
export function pageText(page: Page): PageText {
  return definitionOf(page.kind).text(page);
}

/**
 * The page at a former address that a route's params name, or `undefined`. Its career is found by
 * the name in the address, today's or a former one.
 */
function findMovedPage(route: PageKindName, params: RouteParams): MovedPage | undefined {
  const career = getCareers().find(({ slug, aliases }) => params.career === slug || aliases.includes(String(params.career)));
  const content =
    career && movedPage.source.career(career, getCareers()).find((candidate) => candidate.route === route && sameParams(movedPage.params(candidate), params));
  return content && (pageOf(movedPage, content) as MovedPage);
}

/** What a route's params name: a page of its kind, or a former address of one, which the route serves too. */
export function findRoutePage<K extends PageKindName>(kind: K, params: RouteParams): PageOfKind<K> | MovedPage | undefined {
  return findPage(kind, params) ?? findMovedPage(kind, params);
}
