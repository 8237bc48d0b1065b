import { titleKey, type Career, type LevelRef } from "../content";
import { paths } from "../site";
import { compareText } from "./order";

/** Where a title is held: a career (its overview) or one of its levels (the level page). */
export interface TitlePlace {
  careerSlug: string;
  careerTitle: string;
  /** Absent when the title is the career's own. */
  level?: LevelRef;
  href: string;
}

/** One title of the A-Z index, with every place that holds it. */
export interface TitleEntry {
  /** `titleKey` of the title: entries never share one. */
  key: string;
  /** The spelling most places use. */
  title: string;
  /** By career title, the career's overview before its levels, levels by rank. */
  places: TitlePlace[];
  /** Set on an entry that goes on listing the places of the one before it, when they were too many for one listing page. */
  continued?: boolean;
}

/** The entries whose titles start with one letter (or digit, or script), as a reader looks them up. */
export interface TitleGroup {
  /** URL-safe ASCII: `a`…`z`, `0-9`, `greek-3b1`, `arabic`. */
  slug: string;
  /** What the reader sees: `A`, `0-9`, `Α`, `Arabic`. */
  label: string;
  /** The script of a letter outside the Latin alphabet (`Greek` for `Α`), which may look like a Latin one. */
  script?: string;
  /** In the reader's order (Intl.Collator "en"). */
  entries: TitleEntry[];
}

/** Letters that the first letter of a title is compared with, accents and case aside: É, é and e all go under E. */
const baseLetters = new Intl.Collator("en", { sensitivity: "base" });
const LATIN_LETTERS = [..."abcdefghijklmnopqrstuvwxyz"];

/**
 * Scripts other than Latin, as Unicode names them. A title in a script with capital letters
 * (Greek, Cyrillic…) goes under its first letter, as in that language's own index; a title in a
 * script without (Arabic, Han…, whose readers order by other means) goes in one group per script.
 */
const SCRIPTS = [
  "Greek",
  "Cyrillic",
  "Armenian",
  "Georgian",
  "Coptic",
  "Cherokee",
  "Glagolitic",
  "Adlam",
  "Deseret",
  "Osage",
  "Arabic",
  "Hebrew",
  "Syriac",
  "Thaana",
  "Han",
  "Hiragana",
  "Katakana",
  "Hangul",
  "Bopomofo",
  "Yi",
  "Devanagari",
  "Bengali",
  "Gurmukhi",
  "Gujarati",
  "Oriya",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Sinhala",
  "Thai",
  "Lao",
  "Tibetan",
  "Myanmar",
  "Khmer",
  "Mongolian",
  "Ethiopic",
  "Tifinagh",
  "Canadian_Aboriginal",
  "Nko",
  "Vai",
].map((name) => ({ name, pattern: new RegExp(`^\\p{Script=${name}}$`, "u") }));

const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
const hex = (character: string) => character.codePointAt(0)!.toString(16);

/** A group's place among the groups: the letter it stands for, or the first letter of its first title. */
type GroupOfTitle = Pick<TitleGroup, "slug" | "label" | "script"> & { sortKey: string };

/**
 * The group a title is listed under, from its first letter or digit (leading quotes and the like
 * aside): a Latin letter under the last of a-z that it sorts with or after (É under E, Æ under A,
 * Ø under O); a digit under 0-9; a letter of another cased script under its letter without
 * accents (Ά under Α) unless that script's order keeps them apart; other scripts by script; a title
 * with neither letters nor digits under Symbols.
 */
function groupOf(title: string): GroupOfTitle {
  const first = /[\p{L}\p{N}]/u.exec(title.normalize("NFKC"))?.[0];
  if (first === undefined) return { slug: "symbols", label: "Symbols", sortKey: "" };
  if (/\p{N}/u.test(first)) return { slug: "0-9", label: "0-9", sortKey: "0" };
  if (/\p{Script=Latin}/u.test(first)) {
    const letter = LATIN_LETTERS.findLast((candidate) => baseLetters.compare(candidate, first) <= 0) ?? "a";
    return { slug: letter, label: letter.toUpperCase(), sortKey: letter };
  }
  const script = SCRIPTS.find(({ pattern }) => pattern.test(first))?.name;
  const capital = first.toLocaleUpperCase("en");
  if (capital !== first.toLocaleLowerCase("en")) {
    const withoutAccents = capital.normalize("NFD").replace(/\p{M}+/gu, "");
    const letter = baseLetters.compare(withoutAccents, capital) === 0 ? withoutAccents : capital;
    return { slug: `${slugOf(script ?? "letter")}-${hex(letter)}`, label: letter, script: script?.replaceAll("_", " ") ?? "Other scripts", sortKey: letter };
  }
  if (script) return { slug: slugOf(script), label: script.replaceAll("_", " "), sortKey: first };
  return { slug: "other-scripts", label: "Other scripts", sortKey: first };
}

/** How a place reads in the index: "Human Resources Generalist, Entry level", or the career's title for its overview. */
export function placeLabel(place: TitlePlace): string {
  return place.level ? `${place.careerTitle}, ${place.level.title}` : `${place.careerTitle} (overview)`;
}

const compareEntries = (a: TitleEntry, b: TitleEntry) => compareText(a.title, b.title) || compareText(a.key, b.key);
const comparePlaces = (a: TitlePlace, b: TitlePlace) =>
  compareText(a.careerTitle, b.careerTitle) || compareText(a.careerSlug, b.careerSlug) || (a.level?.rank ?? -Infinity) - (b.level?.rank ?? -Infinity);

/** How often one spelling of a title is used, and its first place in the index's order. */
interface Spelling {
  count: number;
  first: TitlePlace;
}

/** The spelling most places use; among as many, the one whose first place comes first. */
function commonestSpelling(spellings: Map<string, Spelling>): string {
  let commonest: [string, Spelling] | undefined;
  for (const [title, spelling] of spellings) {
    if (!commonest || spelling.count > commonest[1].count || (spelling.count === commonest[1].count && comparePlaces(spelling.first, commonest[1].first) < 0))
      commonest = [title, spelling];
  }
  return commonest![0];
}

/**
 * The A-Z index: every career title (linking to its overview) and every role title of every level
 * (linking to the level page), one entry per title as `titleKey` matches them, each listing every
 * place that holds it; grouped by first letter, in the reader's order with Symbols last.
 */
export function titleIndexOf(careers: readonly Career[]): TitleGroup[] {
  const byKey = new Map<string, { spellings: Map<string, Spelling>; places: Map<string, TitlePlace> }>();
  const hold = (title: string, place: TitlePlace) => {
    const key = titleKey(title);
    let held = byKey.get(key);
    if (!held) byKey.set(key, (held = { spellings: new Map(), places: new Map() }));
    const spelling = held.spellings.get(title);
    if (!spelling) held.spellings.set(title, { count: 1, first: place });
    else {
      spelling.count += 1;
      if (comparePlaces(place, spelling.first) < 0) spelling.first = place;
    }
    // A level that lists one title twice (a content warning) is still one place.
    held.places.set(place.href, place);
  };
  for (const career of careers) {
    hold(career.title, { careerSlug: career.slug, careerTitle: career.title, href: paths.career(career.slug) });
    for (const level of career.levels) {
      const place = {
        careerSlug: career.slug,
        careerTitle: career.title,
        level: { slug: level.slug, title: level.title, rank: level.rank },
        href: paths.level(career.slug, level.slug),
      };
      for (const role of level.roles) hold(role, place);
    }
  }
  const entries = [...byKey].map(([key, { spellings, places }]): TitleEntry => ({
    key,
    title: commonestSpelling(spellings),
    places: [...places.values()].sort(comparePlaces),
  }));
  entries.sort(compareEntries);
  const groups = new Map<string, TitleGroup & { sortKey: string }>();
  for (const entry of entries) {
    const { slug, label, script, sortKey } = groupOf(entry.title);
    let group = groups.get(slug);
    if (!group) groups.set(slug, (group = { slug, label, ...(script ? { script } : {}), entries: [], sortKey }));
    group.entries.push(entry);
  }
  // Titles behind quotes sort first but are listed under their letter, so the groups are put in order by the letters they stand for.
  return [...groups.values()]
    .sort((a, b) => Number(a.slug === "symbols") - Number(b.slug === "symbols") || baseLetters.compare(a.sortKey, b.sortKey) || compareText(a.slug, b.slug))
    .map(({ slug, label, script, entries: listed }) => ({ slug, label, ...(script ? { script } : {}), entries: listed }));
}
