import { site } from "./site";

/** `text` cut to `length` characters at most, ending in an ellipsis when cut. */
export function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/** React writes these characters into HTML as entities (`&amp;`…), and html-validate measures a title as written. */
const ENTITY_LENGTHS: Record<string, number> = { "&": 5, "<": 4, ">": 4, '"': 6, "'": 6 };

/** The length of `text` in a page's HTML source, where each of & < > " ' takes an entity's length. */
export const lengthInHtml = (text: string) => [...text].reduce((length, character) => length + (ENTITY_LENGTHS[character] ?? character.length), 0);

/** html-validate's long-title rule, and about what search results and browser tabs show of a title. */
export const PAGE_TITLE_MAX_LENGTH = 70;

/** `text` cut, at a word where one is near, so that it and an ellipsis fit `maxLength` as written in HTML. */
function clipToHtmlLength(text: string, maxLength: number): string {
  const characters = [...text];
  while (characters.length > 0 && lengthInHtml(characters.join("")) > maxLength - 1) characters.pop();
  const cut = characters.join("");
  const lastSpace = cut.lastIndexOf(" ");
  const atWord = lastSpace > cut.length * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.trimEnd()}…`;
}

/** What a page's `<title>` says, and the part of it that may be shortened to fit (the career's name, say). */
export interface TitleParts {
  title: string;
  shortenable?: string;
}

/** The fewest characters a shortened name keeps: cut to a word or two, it still says which it is. */
const SHORTENED_NAME_MIN_LENGTH = 12;

/**
 * A page's `<title>` within PAGE_TITLE_MAX_LENGTH, however long its career's and level's names
 * are: the site's name is dropped first, then the shortenable part is shortened, and only then the
 * whole title. The page's heading always shows the whole title.
 */
export function documentTitle({ title, shortenable }: TitleParts): string {
  const withSite = `${title} | ${site.name}`;
  if (lengthInHtml(withSite) <= PAGE_TITLE_MAX_LENGTH) return withSite;
  if (lengthInHtml(title) <= PAGE_TITLE_MAX_LENGTH) return title;
  const at = shortenable ? title.indexOf(shortenable) : -1;
  if (shortenable && at >= 0) {
    const before = title.slice(0, at);
    const after = title.slice(at + shortenable.length);
    const room = PAGE_TITLE_MAX_LENGTH - lengthInHtml(before) - lengthInHtml(after);
    if (room >= SHORTENED_NAME_MIN_LENGTH) return `${before}${clipToHtmlLength(shortenable, room)}${after}`;
  }
  return clipToHtmlLength(title, PAGE_TITLE_MAX_LENGTH);
}

/** How long each of `names` may stay: `room` shared equally among those at `open`, a name shorter than its share leaving the rest to the others. */
function fairWidths(names: readonly string[], open: readonly number[], room: number): number[] {
  const widths = names.map((name) => lengthInHtml(name));
  let left = room;
  let cut = [...open];
  for (;;) {
    const share = Math.floor(left / cut.length);
    const fitting = cut.filter((index) => widths[index]! <= share);
    if (fitting.length === 0) {
      for (const index of cut) widths[index] = share;
      return widths;
    }
    left -= fitting.reduce((sum, index) => sum + widths[index]!, 0);
    cut = cut.filter((index) => !fitting.includes(index));
    if (cut.length === 0) return widths;
  }
}

/**
 * Several names joined by `joins` (one fewer than the names), within `maxLength` as written in
 * HTML: when the whole does not fit, the names at `shortenable` (careers' names, say) share the
 * room the others leave, each cut to its share, so that a title naming four things (a move between
 * two careers' levels) keeps a part of each, which tells it from its neighbours. Only when that
 * leaves them too little are the others cut too.
 */
export function namesWithin(maxLength: number, names: readonly string[], joins: readonly string[], shortenable: readonly number[]): string {
  const joined = (parts: readonly string[]) => parts.map((part, index) => `${part}${joins[index] ?? ""}`).join("");
  if (lengthInHtml(joined(names)) <= maxLength) return joined(names);
  const room = maxLength - lengthInHtml(joins.join(""));
  const kept = names.reduce((sum, name, index) => (shortenable.includes(index) ? sum : sum + lengthInHtml(name)), 0);
  const widths =
    room - kept >= SHORTENED_NAME_MIN_LENGTH * shortenable.length
      ? fairWidths(names, shortenable, room - kept)
      : fairWidths(
          names,
          names.map((_, index) => index),
          room,
        );
  return joined(names.map((name, index) => (lengthInHtml(name) <= widths[index]! ? name : clipToHtmlLength(name, widths[index]!))));
}
