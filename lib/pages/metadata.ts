import type { Metadata } from "next";
import type { Graph } from "schema-dts";
import { documentTitle } from "../clip-text";
import type { Crumb } from "../navigation";
import { absoluteUrl, paths, site } from "../site";
import { pageGraph } from "../structured-data";
import { socialCardSize, socialCardType } from "./card-format";
import type { CardAddress, OwnCard, RouteParams } from "./kind";
import { definitionOf, findPage, findRoutePage, pagesOf, pageText, paramsKey, type CardKindName, type Page, type PageKindName } from "./registry";

/*
 * What a page says of itself beyond its body, from its kind's definition: its metadata (title,
 * description, canonical link, social card), its breadcrumbs and its structured data.
 */

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
