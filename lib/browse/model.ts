import { titleKey, type Career } from "../content";
import { familiesOf, OTHER_FAMILY, type Family } from "./families";
import { compareByTitle, compareText } from "./order";
import { CAREERS_PER_FAMILY_PART, HOME_CARDS_MOST_CAREERS, HOME_CARDS_MOST_JOB_TITLES, HOME_CARDS_MOST_LEVELS, PLACES_PER_INDEX_PART } from "./part-sizes";
import { titleIndexOf, type TitleEntry, type TitleGroup } from "./title-index";

/** A family with its careers split into listing pages, each page's careers by title. */
export interface FamilyListing extends Family {
  parts: Career[][];
}

/** A letter of the A-Z index with its entries split into listing pages. */
export interface TitleGroupListing extends TitleGroup {
  parts: TitleEntry[][];
}

/** Everything the browsing pages show, worked out once from the careers. */
export interface BrowseModel {
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

/** `items` in order, in parts whose items' sizes add up to at most `perPart`; an item is never cut. */
function intoParts<Item>(items: readonly Item[], sizeOf: (item: Item) => number, perPart: number): Item[][] {
  const parts: Item[][] = [];
  let used = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (parts.length === 0 || (used > 0 && used + size > perPart)) {
      parts.push([]);
      used = 0;
    }
    parts.at(-1)!.push(item);
    used += size;
  }
  return parts;
}

/**
 * A letter's entries in parts of at most `PLACES_PER_INDEX_PART` places. A title held in more
 * places than a part holds becomes several entries, each a part's worth of its places, the later
 * ones marked `continued`; any other entry stays whole, on the next part when this one is full.
 */
function titleIndexParts(entries: readonly TitleEntry[]): TitleEntry[][] {
  const runs = entries.flatMap((entry) => {
    if (entry.places.length <= PLACES_PER_INDEX_PART) return [entry];
    const places = intoParts(entry.places, () => 1, PLACES_PER_INDEX_PART);
    return places.map((run, index) => (index === 0 ? { ...entry, places: run } : { ...entry, places: run, continued: true }));
  });
  return intoParts(runs, (entry) => entry.places.length, PLACES_PER_INDEX_PART);
}

/** The families, the A-Z index and who holds which role title, with every listing split into parts of the sizes in part-sizes.ts. */
export function buildBrowseModel(careers: readonly Career[]): BrowseModel {
  const families = familiesOf(careers).map((family) => ({ ...family, parts: intoParts(family.careers, () => 1, CAREERS_PER_FAMILY_PART) }));
  const titleGroups = titleIndexOf(careers).map((group) => ({ ...group, parts: titleIndexParts(group.entries) }));
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
export function relatedCareers(model: BrowseModel, career: Career, limit = 4): RelatedCareers {
  const family = model.familyOf.get(career) ?? { ...OTHER_FAMILY, careers: [] };
  const self = model.positionOf.get(career);
  const roles = [...new Set(career.levels.flatMap((level) => level.roles.map(titleKey)))].flatMap((key) => model.roleHolders.get(key) ?? []);
  // Counted by position rather than by career: common titles such as "Operations manager" are held
  // by hundreds of careers in a large model, and every career's page asks.
  const sharedCounts = new Uint16Array(model.careers.length);
  const sharing: number[] = [];
  for (const { holders } of roles) {
    for (const position of holders) {
      if (position === self) continue;
      if (sharedCounts[position] === 0) sharing.push(position);
      sharedCounts[position] = sharedCounts[position]! + 1;
    }
  }
  const related = (position: number): RelatedCareer => ({
    career: model.careers[position]!,
    sharedTitles: roles
      .filter(({ holders }) => includesSorted(holders, position))
      .map(({ title }) => title)
      .sort(compareText),
  });

  // Other careers have no more in common than the lack of a code, so they are not offered as a family.
  const isFamily = family.slug !== OTHER_FAMILY.slug;
  const inFamily = (position: number) => isFamily && model.familyOf.get(model.careers[position]!) === family;
  const mostSharedFirst = (a: number, b: number) => sharedCounts[b]! - sharedCounts[a]! || a - b;
  const sameFamily = firstFew(sharing.filter(inFamily), mostSharedFirst, limit).map(related);
  // Fewer careers sharing titles than the limit: the family's first careers by title make up the number.
  for (const other of isFamily ? family.careers : []) {
    if (sameFamily.length >= limit) break;
    const position = model.positionOf.get(other)!;
    if (position !== self && sharedCounts[position] === 0) sameFamily.push(related(position));
  }
  const sharingRoles = firstFew(
    sharing.filter((position) => !inFamily(position)),
    mostSharedFirst,
    limit,
  ).map(related);
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

/**
 * Whether the home page can show every career's card, as for a small guide, or must lead to the
 * families and the A-Z index instead: whether the cards stay within part-sizes.ts's counts.
 */
export function homeShowsEveryCareer(careers: readonly Career[]): boolean {
  const levels = careers.flatMap((career) => career.levels);
  const jobTitles = levels.reduce((count, level) => count + level.roles.length, 0);
  return careers.length <= HOME_CARDS_MOST_CAREERS && levels.length <= HOME_CARDS_MOST_LEVELS && jobTitles <= HOME_CARDS_MOST_JOB_TITLES;
}
