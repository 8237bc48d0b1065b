import type { Thing } from "schema-dts";
import type { Career } from "../content";
import type { Crumb } from "../navigation";
import { paths } from "../site";

/** A route's params: the value of each dynamic segment of its folder (a list for an optional catch-all, empty for its first page). */
export type RouteParams = Record<string, string | string[]>;

/** What search results, browser tabs and shared links say of a page. */
export interface PageText {
  title: string;
  /** The part of `title` that may be shortened when the page's `<title>` would be too long: the career's name. */
  shortenable?: string;
  /** At most 160 characters, so that a search result shows it whole. */
  description: string;
  /** The tab's whole title, where the root layout's "title | site" template does not apply. */
  absoluteTitle?: string;
}

/** The three lines of a social card (lib/og/social-card.tsx): what the page is part of, what it is, and a line on it. */
export interface CardParts {
  kicker: string;
  title: string;
  subtitle: string;
}

/** A card that a kind's own social-card.png route draws at build, one per page of the kind. */
export interface OwnCard<Content> {
  /** The image's alt text, the same for every card of the kind (Next.js reads it from the route). */
  alt: string;
  parts(content: Content): CardParts;
  /**
   * For a kind split into parts: one card per listing, drawn by a route a segment above the parts
   * (its params), at the listing's own address (its path), which every part names as its image.
   */
  perListing?: { params(content: Content): RouteParams; path(content: Content): string };
}

/** Where a card is served and what its alt text says. */
export interface CardAddress {
  path: string;
  alt: string;
}

/**
 * A card drawn for another page, which this one shows as its own (`cardOfPage`). Drawing a card
 * costs more than rendering a page, so pages that belong to another share its card.
 */
interface SharedCard<Content> {
  sharedFrom(content: Content): CardAddress;
}

/**
 * Where a kind's pages come from: the whole site lists them once, from every career (home, an
 * index), or each career lists its own, and they follow that career in the registry; a career's
 * page may show another career's (a move between them), found among `careers`. A kind split into
 * parts lists a page per part, with the part in its params.
 */
type PageSource<Content> = { site(careers: readonly Career[]): Content[] } | { career(career: Career, careers: readonly Career[]): Content[] };

/**
 * Everything about one kind of page, in one place: which pages there are, their params and
 * address, the text search engines and shared links show, breadcrumbs, structured data, social
 * card, and where an editor changes it. The route renders the content; the registry
 * (lib/pages/index.ts) derives static params, metadata, the sitemap and the tests' pages from this.
 *
 * Each page of the kind is its content with `kind`, `path`, `params`, `lastModified`, `dataPath`
 * and, where the kind has one, `editUrl` added, so content fields must not use those names.
 */
export interface PageKind<Kind extends string, Params extends RouteParams, Content extends object> {
  kind: Kind;
  source: PageSource<Content>;
  params(content: Content): Params;
  /** The page's address, ending in `/`. */
  path(content: Content): string;
  /** `YYYY-MM-DD` of the last change to what the page shows, for the sitemap and "Last updated". */
  lastModified(content: Content): string | undefined;
  /** Where an editor changes what the page shows. */
  editUrl?(content: Content): string;
  /** The open-data document with what the page shows, linked as its JSON alternate. */
  dataPath(content: Content): string;
  /**
   * For a page kept at a former address: where the page lives now. Its canonical link and shared
   * link name that address, search engines are asked not to index this one, and it has no JSON alternate.
   */
  movedTo?(content: Content): string;
  text(content: Content): PageText;
  /** From the home page down to this page; the structured data repeats it as a BreadcrumbList. */
  breadcrumbs?(content: Content): Crumb[];
  /** The page's own schema.org nodes, beside its breadcrumbs. */
  structuredData(content: Content): Thing[];
  socialCard: OwnCard<Content> | SharedCard<Content>;
}

/** A page of a kind: its content with where it lives and what it links. */
export type PageOf<Definition> =
  Definition extends PageKind<infer Kind, infer Params, infer Content>
    ? Content & { kind: Kind; path: string; params: Params; lastModified?: string; dataPath: string } & (Definition extends {
          editUrl(content: Content): string;
        }
          ? { editUrl: string }
          : unknown)
    : never;

/** The card of `content`'s page of `kind`, for the pages that show it as their own. */
export function cardOfPage<Content>(kind: { path(content: Content): string; socialCard: OwnCard<Content> }, content: Content): CardAddress {
  return { path: paths.socialCard(kind.path(content)), alt: kind.socialCard.alt };
}
