import type { Career, CareerLevelRef, Certification, Level, LevelRef, OccupationCode, Resource, Source } from "../content";
import { branchesOf, forksOf } from "../ladder";
import { diffItems, hasItemChanges, MOSTLY_THE_SAME, sharedWordCounts, wordCounts, type ItemChanges, type WordCounts } from "./items";

/**
 * What changed between two loaded catalogues, in the editors' terms: careers and levels added,
 * removed or renamed (their files moved), and, for each that is on both sides, the fields and
 * lists that changed.
 */

/** A one-line field that changed; `undefined` where the field is not set. */
export interface FieldChange {
  label: string;
  before?: string;
  after?: string;
}

/** A list that changed, with each item as a reader reads it. */
export interface ListChange {
  label: string;
  changes: ItemChanges<string>;
}

/** What changed in one file's frontmatter and text. */
export interface FileChanges {
  fields: FieldChange[];
  lists: ListChange[];
  /** Whether the text below the frontmatter reads differently. */
  bodyChanged: boolean;
}

export interface LevelDiff extends FileChanges {
  level: Level;
  /** The level's slug before its file was renamed. */
  renamedFrom?: string;
}

/** Where a ladder forks: the level two levels follow, with the track each of them starts. */
export interface Fork {
  level: Level;
  tracks: string[];
}

/** A track whose levels are the same on both sides, under another name. */
interface TrackRename {
  before: string;
  after: string;
}

export interface CareerDiff extends FileChanges {
  career: Career;
  /** The career's slug before its folder was renamed. */
  renamedFrom?: string;
  levelsAdded: Level[];
  levelsRemoved: Level[];
  tracksRenamed: TrackRename[];
  /** Forks at a level that did not fork before, with the levels of the new side. */
  forksAdded: Fork[];
  /** Forks at a level that no longer forks (or is gone), with the levels of the old side. */
  forksRemoved: Fork[];
  /** Levels on both sides that changed or were renamed, in ladder order. */
  levels: LevelDiff[];
}

export interface CareersDiff {
  careersAdded: Career[];
  careersRemoved: Career[];
  /** Careers on both sides that changed or were renamed. */
  careers: CareerDiff[];
}

export const isEmptyDiff = (diff: CareersDiff) => diff.careersAdded.length === 0 && diff.careersRemoved.length === 0 && diff.careers.length === 0;

const hasFileChanges = ({ fields, lists, bodyChanged }: FileChanges) => fields.length > 0 || lists.length > 0 || bodyChanged;

const certificationText = ({ name, issuer }: Certification) => `${name}, ${issuer}`;
const certificationShown = (certification: Certification) => `${certificationText(certification)} (${certification.url})`;
const occupationText = ({ system, code, title }: OccupationCode) => `${system} ${code} ${title}`;
const occupationShown = (occupation: OccupationCode) => `${occupationText(occupation)}${occupation.url ? ` (${occupation.url})` : ""}`;
const resourceText = ({ title, publisher }: Resource) => `${title}${publisher ? `, ${publisher}` : ""}`;
const resourceShown = (resource: Resource) => `${resourceText(resource)} (${resource.url})`;
// A source's date is part of what it says: a new date is a source reworded.
const sourceText = ({ title, publisher, date }: Source) => `${title}, ${publisher}, ${date}`;
const sourceShown = (source: Source) => `${sourceText(source)} (${source.url})`;

function field(label: string, before: string | undefined, after: string | undefined): FieldChange[] {
  return before === after ? [] : [{ label, before, after }];
}

/** A list's changes with each item shown whole (`shownOf`), and matched on what a reader reads of it (`textOf`). */
function list<Item>(
  label: string,
  before: readonly Item[],
  after: readonly Item[],
  textOf: (item: Item) => string,
  shownOf: (item: Item) => string = textOf,
): ListChange[] {
  const changes = diffItems(before, after, textOf, shownOf);
  if (!hasItemChanges(changes)) return [];
  return [
    {
      label,
      changes: {
        added: changes.added.map(shownOf),
        removed: changes.removed.map(shownOf),
        reworded: changes.reworded.map(({ before: was, after: now }) => ({ before: shownOf(was), after: shownOf(now) })),
        reordered: changes.reordered,
      },
    },
  ];
}

/** A move is the level it leads to; it shows as that career's and level's titles. */
const moveText = ({ career, level }: CareerLevelRef) => `${career.slug}/${level.slug}`;
const moveShown = ({ career, level }: CareerLevelRef) => `${career.title}: ${level.title}`;

const slugOf = (level: LevelRef) => level.slug;
const slugsText = (levels: readonly LevelRef[]) => (levels.length === 0 ? undefined : levels.map(slugOf).join(", "));

/** A level's changes; a new track name that `tracksRenamed` gives for all its levels is the career's, not the level's. */
function levelChanges(before: Level, after: Level, tracksRenamed: readonly TrackRename[]): FileChanges {
  const trackRenamed = tracksRenamed.some((rename) => rename.before === before.track && rename.after === after.track);
  return {
    fields: [
      ...field("Title", before.title, after.title),
      ...field("Rank", String(before.rank), String(after.rank)),
      ...field("Builds on", before.buildsOn?.slug, after.buildsOn?.slug),
      ...field("Also from", slugsText(before.alsoFrom), slugsText(after.alsoFrom)),
      ...(trackRenamed ? [] : field("Track", before.track, after.track)),
    ],
    lists: [
      ...list("Roles", before.roles, after.roles, String),
      ...list("Requirements", before.requirements, after.requirements, String),
      ...list("Duties", before.duties, after.duties, String),
      ...list("Certifications", before.certifications, after.certifications, certificationText, certificationShown),
      ...list("Moves to other careers", before.movesTo, after.movesTo, moveText, moveShown),
    ],
    bodyChanged: before.narrativeHtml !== after.narrativeHtml,
  };
}

function careerChanges(before: Career, after: Career): FileChanges {
  return {
    fields: [
      ...field("Title", before.title, after.title),
      ...field("Tagline", before.tagline, after.tagline),
      ...field("Description", before.description, after.description),
    ],
    lists: [
      ...list("Occupation codes", before.occupationCodes, after.occupationCodes, occupationText, occupationShown),
      ...list("Resources", before.resources, after.resources, resourceText, resourceShown),
      ...list("Sources", before.sources, after.sources, sourceText, sourceShown),
    ],
    bodyChanged: before.roleHtml !== after.roleHtml,
  };
}

/** Everything a level's file says, as words, for telling a renamed file from a new one. */
const levelWords = (level: Level) =>
  [
    level.title,
    ...level.roles,
    ...level.requirements,
    ...level.duties,
    ...level.certifications.map(certificationShown),
    level.buildsOn?.slug ?? "",
    level.track ?? "",
    ...level.alsoFrom.map(slugOf),
    level.narrativeHtml,
  ].join(" ");
const careerWords = (career: Career) =>
  [
    career.title,
    career.tagline,
    career.description,
    ...career.occupationCodes.map(occupationShown),
    ...career.resources.map(resourceShown),
    ...career.sources.map(sourceShown),
    career.roleHtml,
    ...career.levels.map(levelWords),
  ].join(" ");

interface Matched<Item> {
  pairs: { before: Item; after: Item; renamed: boolean }[];
  added: Item[];
  removed: Item[];
}

/**
 * Past this many pairs of removed and added items, renames are not looked for, as git gives up
 * past its rename limit: comparing every removed career with every added one of a catalogue moved
 * whole would take minutes, and the report would say little more than "removed" and "added".
 */
const RENAME_PAIRS_LIMIT = 10_000;

/**
 * Items matched by slug, then, as git detects a renamed file, a removed item with an added one
 * whose content mostly reads the same (the most alike pairs first).
 */
function matchBySlug<Item extends { slug: string }>(before: readonly Item[], after: readonly Item[], wordsOf: (item: Item) => string): Matched<Item> {
  const afterBySlug = new Map(after.map((item) => [item.slug, item]));
  const beforeSlugs = new Set(before.map((item) => item.slug));
  const pairs: Matched<Item>["pairs"] = before.flatMap((item) => {
    const now = afterBySlug.get(item.slug);
    return now ? [{ before: item, after: now, renamed: false }] : [];
  });
  const removed = before.filter((item) => !afterBySlug.has(item.slug));
  const added = after.filter((item) => !beforeSlugs.has(item.slug));
  const looked = removed.length * added.length > RENAME_PAIRS_LIMIT ? [] : removed;
  // Each item's words once, not once per pair: a career's words are all its levels' text.
  const counted = new Map<Item, WordCounts>(looked.length > 0 ? [...looked, ...added].map((item) => [item, wordCounts(wordsOf(item))]) : []);
  const candidates = looked
    .flatMap((was) => added.map((now) => ({ was, now, alike: sharedWordCounts(counted.get(was)!, counted.get(now)!) })))
    .filter(({ alike }) => alike >= MOSTLY_THE_SAME)
    .sort((a, b) => b.alike - a.alike);
  const renamedFrom = new Set<Item>();
  const renamedTo = new Set<Item>();
  for (const { was, now } of candidates) {
    if (renamedFrom.has(was) || renamedTo.has(now)) continue;
    renamedFrom.add(was);
    renamedTo.add(now);
    pairs.push({ before: was, after: now, renamed: true });
  }
  return { pairs, added: added.filter((item) => !renamedTo.has(item)), removed: removed.filter((item) => !renamedFrom.has(item)) };
}

const forksWithTracks = (career: Career): Fork[] =>
  forksOf(career).map((level) => ({ level, tracks: branchesOf(career, level).flatMap((branch) => branch.track ?? []) }));

/**
 * Tracks whose levels, all of them and no others, carry another name now: one rename, rather than
 * a new track on each level. `afterSlugOf` gives each level's slug on the new side, where it is there.
 */
function tracksRenamedIn(before: Career, after: Career, afterSlugOf: ReadonlyMap<string, string>): TrackRename[] {
  const slugsOn = (career: Career, track: string) => career.levels.filter((level) => level.track === track).map(slugOf);
  return before.tracks.flatMap((was) => {
    const slugsNow = slugsOn(before, was).map((slug) => afterSlugOf.get(slug));
    const now = after.tracks.find((track) => {
      const onTrack = slugsOn(after, track);
      return track !== was && onTrack.length === slugsNow.length && onTrack.every((slug) => slugsNow.includes(slug));
    });
    return now === undefined ? [] : [{ before: was, after: now }];
  });
}

function diffCareer(before: Career, after: Career, renamed: boolean): CareerDiff | undefined {
  const levels = matchBySlug(before.levels, after.levels, levelWords);
  const afterSlugOf = new Map(levels.pairs.map((pair) => [pair.before.slug, pair.after.slug]));
  const tracksRenamed = tracksRenamedIn(before, after, afterSlugOf);
  const forksBefore = forksWithTracks(before);
  const forksAfter = forksWithTracks(after);
  const levelDiffs = levels.pairs
    .map(({ before: was, after: now, renamed: moved }): LevelDiff => ({
      level: now,
      ...(moved ? { renamedFrom: was.slug } : {}),
      ...levelChanges(was, now, tracksRenamed),
    }))
    .filter((level) => level.renamedFrom !== undefined || hasFileChanges(level))
    .sort((a, b) => a.level.step - b.level.step);
  const diff: CareerDiff = {
    career: after,
    ...(renamed ? { renamedFrom: before.slug } : {}),
    ...careerChanges(before, after),
    levelsAdded: levels.added,
    levelsRemoved: levels.removed,
    tracksRenamed,
    forksAdded: forksAfter.filter((fork) => !forksBefore.some((was) => afterSlugOf.get(was.level.slug) === fork.level.slug)),
    forksRemoved: forksBefore.filter((fork) => !forksAfter.some((now) => now.level.slug === afterSlugOf.get(fork.level.slug))),
    levels: levelDiffs,
  };
  const changed =
    renamed ||
    hasFileChanges(diff) ||
    [diff.levelsAdded, diff.levelsRemoved, diff.tracksRenamed, diff.forksAdded, diff.forksRemoved, diff.levels].some((changes) => changes.length > 0);
  return changed ? diff : undefined;
}

/** What changed from the careers `before` to the careers `after`. */
export function diffCareers(before: readonly Career[], after: readonly Career[]): CareersDiff {
  const careers = matchBySlug(before, after, careerWords);
  const order = new Map(after.map((career, index) => [career, index]));
  return {
    careersAdded: careers.added,
    careersRemoved: careers.removed,
    careers: careers.pairs
      .sort((a, b) => order.get(a.after)! - order.get(b.after)!)
      .flatMap(({ before: was, after: now, renamed }) => diffCareer(was, now, renamed) ?? []),
  };
}
