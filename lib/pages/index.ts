import type { Metadata } from "next";
import type { Graph } from "schema-dts";
import { getCareer, getCareers, type Career } from "../content";
import type { Crumb } from "../navigation";
import { documentTitle } from "../clip-text";
import { absoluteUrl, paths, site } from "../site";
import { pageGraph } from "../structured-data";
import { socialCardSize, socialCardType } from "./card-format";
import { careerPage } from "./career";
import { comparePage } from "./compare";
import { familyPage } from "./family";
import { homePage } from "./home";
import type { CardAddress, OwnCard, PageKind, PageOf, PageText, RouteParams } from "./kind";
import { levelPage } from "./level";
import { movedPage } from "./moved";
import { titleIndexPage } from "./title-index";

/**
 * The page registry. Every page the site prerenders is a page of one of these kinds; static
 * params, metadata, the sitemap, the social cards, the browser tests, the screenshots, the budgets
 * and the bench all ask it, so a new kind of page is a definition here and its route in app/.
 */
const kinds = [homePage, familyPage, titleIndexPage, careerPage, levelPage, comparePage, movedPage] as const;

type Definition = (typeof kinds)[number];
export type PageKindName = Definition["kind"];
export type Page = PageOf<Definition>;
export type PageOfKind<K extends PageKindName> = Extract<Page, { kind: K }>;
/** The kinds whose own social-card.png route draws their cards. */
export type CardKindName = Extract<Definition, { socialCard: { parts: unknown } }>["kind"];

// What every kind shares. A kind only ever gets back content it listed itself (a page is that
// content with the registry's fields added), so the registry need not know each content's type.
type AnyPageKind = PageKind<string, RouteParams, object>;
const registered: readonly AnyPageKind[] = kinds;

function definitionOf(kind: PageKindName): AnyPageKind {
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
  const siteWide = registered.flatMap((definition) => ("site" in definition.source ? definition.source.site(careers).map((content) => pageOf(definition, content)) : []));
  const perCareer = careers.flatMap((career) =>
    registered.flatMap((definition) => ("career" in definition.source ? definition.source.career(career).map((content) => pageOf(definition, content)) : [])),
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
export function staticParams<K extends PageKindName>(kind: K): PageOfKind<K>["params"][] {
  const pages = getPages();
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
const paramsKey = (params: RouteParams) =>
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
  const contents = "site" in source ? source.site(getCareers()) : career ? source.career(career) : [];
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
export function findMovedPage(route: PageKindName, params: RouteParams): MovedPage | undefined {
  const career = getCareers().find(({ slug, aliases }) => params.career === slug || aliases.includes(String(params.career)));
  const content = career && movedPage.source.career(career).find((candidate) => candidate.route === route && sameParams(movedPage.params(candidate), params));
  return content && (pageOf(movedPage, content) as MovedPage);
}

/** What a route's params name: a page of its kind, or a former address of one, which the route serves too. */
export function findRoutePage<K extends PageKindName>(kind: K, params: RouteParams): PageOfKind<K> | MovedPage | undefined {
  return findPage(kind, params) ?? findMovedPage(kind, params);
}

/** Where the social card `page` shows is served, and its alt text. */
function cardOf(page: Page): CardAddress {
  const { socialCard } = definitionOf(page.kind);
  if ("sharedFrom" in socialCard) return socialCard.sharedFrom(page);
  return { path: paths.socialCard(socialCard.perListing?.path(page) ?? page.path), alt: socialCard.alt };
}

/** Title, description, canonical link, JSON alternate and social-card tags of one page; a moved page's name where it lives now. */
export function pageMetadata(page: Page): Metadata {
  const definition = definitionOf(page.kind);
  const { title, shortenable, description, absoluteTitle } = pageText(page);
  const movedTo = definition.movedTo?.(page);
  // Absolute here rather than through metadataBase, so the same URL reaches every consumer.
  const url = absoluteUrl(movedTo ?? page.path);
  // The card its kind draws for it, for its listing, or for another page it belongs to; the Twitter card takes the Open Graph image.
  const card = cardOf(page);
  const images = [{ url: absoluteUrl(card.path), alt: card.alt, type: socialCardType, ...socialCardSize }];
  return {
    title: { absolute: absoluteTitle ?? documentTitle({ title, shortenable }) },
    description,
    alternates: { canonical: url, ...(movedTo ? {} : { types: { "application/json": absoluteUrl(page.dataPath) } }) },
    ...(movedTo ? { robots: { index: false, follow: true } } : {}),
    openGraph: { type: "website", siteName: site.name, locale: site.locale, title, description, url, images },
    twitter: { card: "summary_large_image", title, description },
  };
}

/** A route's `generateMetadata`: the metadata of the page its params name, or none. */
export function metadataFor(kind: PageKindName, params: RouteParams): Metadata {
  const page = findRoutePage(kind, params);
  return page ? pageMetadata(page) : {};
}

/** From the home page down to `page`; empty for the home page itself. */
export function breadcrumbsOf(page: Page): Crumb[] {
  return definitionOf(page.kind).breadcrumbs?.(page) ?? [];
}

/** The JSON-LD graph of one page. */
export function structuredDataOf(page: Page): Graph {
  const definition = definitionOf(page.kind);
  return pageGraph(definition.breadcrumbs?.(page), definition.structuredData(page));
}

/** The card the pages of `kind` draw: its parts from each page, and the alt text they share. */
export function ownCard(kind: CardKindName): OwnCard<object> {
  const { socialCard } = definitionOf(kind);
  if (!("parts" in socialCard)) throw new Error(`${kind} pages show another page's card`);
  return socialCard;
}

/** The params of every card `kind` draws: one per page, or one per listing for a kind in parts. */
export function cardStaticParams(kind: CardKindName): RouteParams[] {
  const card = ownCard(kind);
  const params = pagesOf(kind).map((page) => card.perListing?.params(page) ?? page.params);
  return [...new Map(params.map((each) => [paramsKey(each), each])).values()];
}

/** The page whose card a card route's params name: the page itself, or the first part of its listing. */
export function findCardPage(kind: CardKindName, params: RouteParams): Page | undefined {
  const card = ownCard(kind);
  return findPage(kind, params, card.perListing?.params);
}
