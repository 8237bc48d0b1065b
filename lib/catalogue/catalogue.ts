import { titleKey, type Career } from "../content";
import { familiesOf, OTHER_FAMILY, type Family } from "./families";
import { careerCardHtml, familyEntryHtml, titleEntryHtml } from "./listing-html";
import { compareByTitle, compareText } from "./order";
import { gzipBytes, LISTING_ENTRIES_MAX_GZIP_BYTES, splitIntoParts, type Part } from "./parts";
import { titleIndexOf, type TitleEntry, type TitleGroup } from "./title-index";

/** A family with its careers split into listing pages. */
export interface FamilyListing extends Family {
  parts: Part<Career>[];
}

/** A letter of the A-Z index with its entries split into listing pages. */
export interface TitleGroupListing extends TitleGroup {
  parts: Part<TitleEntry>[];
}

/** Everything the browsing pages show, worked out once from the careers. */
export interface Catalogue {
  /** Every career, by title. */
  careers: Career[];
  families: FamilyListing[];
  titleGroups: TitleGroupListing[];
  /** Each role title (by `titleKey`): its spelling in the index and where the careers that hold it are in `careers`, in order. */
  roleHolders: ReadonlyMap<string, { title: string; holders: number[] }>;
  /** Where each career is in `careers`. */
  positionOf: ReadonlyMap<Career, number>;
  familyOf: ReadonlyMap<Career, FamilyListing>;
}

/** How the listings are measured; the defaults are the site's markup and budget. */
export interface CatalogueOptions {
  maxGzipBytes?: number;
  familyEntryHtml?: (career: Career) => string;
  titleEntryHtml?: (entry: TitleEntry) => string;
}

// gzip adds about 20 bytes to what it cannot shrink, so shorter HTML fits without being measured.
const surelyFits = (html: string, maxGzipBytes: number) => html.length + 32 <= maxGzipBytes;

/**
 * A title held in so many places that its entry alone is over a listing page's allowance becomes
 * several entries, each listing as many of its places as fit, the later ones marked `continued`.
 */
function entriesWithinAllowance(entries: readonly TitleEntry[], entryHtml: (entry: TitleEntry) => string, maxGzipBytes: number): TitleEntry[] {
  return entries.flatMap((entry) => {
    if (surelyFits(entryHtml(entry), maxGzipBytes)) return [entry];
    // Measuring each place with the title around it overstates a run of places, so every run fits as one entry.
    const runs = splitIntoParts(entry.places, (place) => entryHtml({ ...entry, places: [place], continued: true }), maxGzipBytes);
    return runs.map((run, index) => (index === 0 ? { ...entry, places: run.items } : { ...entry, places: run.items, continued: true }));
  });
}

/** The families, the A-Z index and who holds which role title, with every listing split into parts that fit a page. */
export function buildCatalogue(careers: readonly Career[], options: CatalogueOptions = {}): Catalogue {
  const { maxGzipBytes = LISTING_ENTRIES_MAX_GZIP_BYTES, familyEntryHtml: familyHtml = familyEntryHtml, titleEntryHtml: titleHtml = titleEntryHtml } = options;
  const families = familiesOf(careers).map((family) => ({ ...family, parts: splitIntoParts(family.careers, familyHtml, maxGzipBytes) }));
  const titleGroups = titleIndexOf(careers).map((group) => ({
    ...group,
    parts: splitIntoParts(entriesWithinAllowance(group.entries, titleHtml, maxGzipBytes), titleHtml, maxGzipBytes),
  }));
  const careersByTitle = [...careers].sort(compareByTitle);
  const positionOf = new Map(careersByTitle.map((career, position) => [career, position]));
  const positionBySlug = new Map(careersByTitle.map((career, position) => [career.slug, position]));
  const roleHolders = new Map<string, { title: string; holders: number[] }>();
  for (const entry of titleGroups.flatMap((group) => group.entries)) {
    const holders = [...new Set(entry.places.filter((place) => place.level).map((place) => positionBySlug.get(place.careerSlug)!))];
    if (holders.length > 0) roleHolders.set(entry.key, { title: entry.title, holders: holders.sort((a, b) => a - b) });
  }
  const familyOf = new Map(families.flatMap((family) => family.careers.map((career) => [career, family] as const)));
  return { careers: careersByTitle, families, titleGroups, roleHolders, positionOf, familyOf };
}

/** Another career worth a look from a career's page, with the role titles the two share. */
export interface RelatedCareer {
  career: Career;
  /** In the index's spelling, in the reader's order; empty when the two share none. */
  sharedTitles: string[];
}

export interface RelatedCareers {
  family: { slug: string; name: string };
  /** Careers of the same family, those sharing the most role titles first, then by title. None for Other careers, which are no family. */
  sameFamily: RelatedCareer[];
  /** Careers of other families that share role titles with it, the most first, then by title. */
  sharingRoles: RelatedCareer[];
}

/** Careers related to `career`, at most `limit` of each kind, never the career itself and never one twice. */
export function relatedCareers(catalogue: Catalogue, career: Career, limit = 4): RelatedCareers {
  const family = catalogue.familyOf.get(career) ?? { ...OTHER_FAMILY, careers: [] };
  const self = catalogue.positionOf.get(career);
  const roles = [...new Set(career.levels.flatMap((level) => level.roles.map(titleKey)))].flatMap((key) => catalogue.roleHolders.get(key) ?? []);
  // Counted by position rather than by career: common titles such as "Operations manager" are held
  // by hundreds of careers in a large catalogue, and every career's page asks.
  const sharedCounts = new Uint16Array(catalogue.careers.length);
  const sharing: number[] = [];
  for (const { holders } of roles) {
    for (const position of holders) {
      if (position === self) continue;
      if (sharedCounts[position] === 0) sharing.push(position);
      sharedCounts[position] = sharedCounts[position]! + 1;
    }
  }
  const related = (position: number): RelatedCareer => ({
    career: catalogue.careers[position]!,
    sharedTitles: roles.filter(({ holders }) => includesSorted(holders, position)).map(({ title }) => title).sort(compareText),
  });

  // Other careers have no more in common than the lack of a code, so they are not offered as a family.
  const isFamily = family.slug !== OTHER_FAMILY.slug;
  const inFamily = (position: number) => isFamily && catalogue.familyOf.get(catalogue.careers[position]!) === family;
  const mostSharedFirst = (a: number, b: number) => sharedCounts[b]! - sharedCounts[a]! || a - b;
  const sameFamily = firstFew(sharing.filter(inFamily), mostSharedFirst, limit).map(related);
  // Fewer careers sharing titles than the limit: the family's first careers by title make up the number.
  for (const other of isFamily ? family.careers : []) {
    if (sameFamily.length >= limit) break;
    const position = catalogue.positionOf.get(other)!;
    if (position !== self && sharedCounts[position] === 0) sameFamily.push(related(position));
  }
  const sharingRoles = firstFew(sharing.filter((position) => !inFamily(position)), mostSharedFirst, limit).map(related);
  return { family: { slug: family.slug, name: family.name }, sameFamily, sharingRoles };
}

/** The first `count` of `items` in `order`, without sorting them all. */
function firstFew<Item>(items: readonly Item[], order: (a: Item, b: Item) => number, count: number): Item[] {
  const first: Item[] = [];
  for (const item of items) {
    if (first.length === count && order(item, first.at(-1)!) >= 0) continue;
    const at = first.findIndex((other) => order(item, other) < 0);
    first.splice(at === -1 ? first.length : at, 0, item);
    if (first.length > count) first.pop();
  }
  return first;
}

/** Whether the ascending `positions` hold `position`. */
function includesSorted(positions: readonly number[], position: number): boolean {
  let low = 0;
  let high = positions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (positions[middle] === position) return true;
    if (positions[middle]! < position) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** A link from the home page to one listing page of the A-Z index: "A (2 of 3): Accountant to Azure architect". */
export interface IndexPartLink {
  groupSlug: string;
  groupLabel: string;
  /** 1 for the first. */
  part: number;
  parts: number;
  firstTitle: string;
  lastTitle: string;
}

/** Every listing page of the A-Z index, in order. */
export function indexPartLinks(catalogue: Catalogue): IndexPartLink[] {
  return catalogue.titleGroups.flatMap((group) =>
    group.parts.map((part, index) => ({
      groupSlug: group.slug,
      groupLabel: group.label,
      part: index + 1,
      parts: group.parts.length,
      firstTitle: part.items[0]!.title,
      lastTitle: part.items.at(-1)!.title,
    })),
  );
}

/**
 * Whether the home page can show every career's card, as for a small guide, or must lead to the
 * families and the A-Z index instead: whether the cards, gzipped together, fit a listing page's allowance.
 */
export function homeShowsEveryCareer(careers: readonly Career[], cardHtml: (career: Career) => string = careerCardHtml, maxGzipBytes = LISTING_ENTRIES_MAX_GZIP_BYTES): boolean {
  const html = careers.map(cardHtml).join("");
  return surelyFits(html, maxGzipBytes) || gzipBytes(html) <= maxGzipBytes;
}
