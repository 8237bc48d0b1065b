import { distance } from "fastest-levenshtein";

/**
 * Matching what a list said before with what it says now, the way a reviewer reads it: an item
 * that keeps its place among the items that did not change, or keeps most of its words, was
 * reworded; anything else was added or removed.
 */

/** Most of a text's words, or most of its letters for a short one ("aPHR" → "PHR"): the bar for "the same item, reworded". */
export const MOSTLY_THE_SAME = 0.5;

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A text's words, each with how often it appears: counted once per text, however many texts it is compared with. */
export interface WordCounts {
  counts: ReadonlyMap<string, number>;
  total: number;
}

export function wordCounts(text: string): WordCounts {
  const words = wordsOf(text);
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { counts, total: words.length };
}

/** The share of the longer text's words that the other keeps (each word counted as often as it appears), 0 to 1. */
export function sharedWordCounts(before: WordCounts, after: WordCounts): number {
  if (before.total === 0 || after.total === 0) return before.total === after.total ? 1 : 0;
  const [fewer, more] = before.counts.size <= after.counts.size ? [before.counts, after.counts] : [after.counts, before.counts];
  let shared = 0;
  for (const [word, count] of fewer) shared += Math.min(count, more.get(word) ?? 0);
  return shared / Math.max(before.total, after.total);
}

const sharedWords = (before: string, after: string) => sharedWordCounts(wordCounts(before), wordCounts(after));

/** How alike two items read, 0 to 1: their shared words, or their shared letters where that says more. */
function likeness(before: string, after: string): number {
  const longest = Math.max(before.length, after.length);
  const letters = longest === 0 ? 1 : 1 - distance(before.toLowerCase(), after.toLowerCase()) / longest;
  return Math.max(sharedWords(before, after), letters);
}

export interface ItemChanges<Item> {
  /** In the new list's order. */
  added: Item[];
  /** In the old list's order. */
  removed: Item[];
  /** In the new list's order. */
  reworded: { before: Item; after: Item }[];
  /** Whether items that are still there (as they were or reworded) now come in another order. */
  reordered: boolean;
}

export const hasItemChanges = (changes: ItemChanges<unknown>) =>
  changes.added.length > 0 || changes.removed.length > 0 || changes.reworded.length > 0 || changes.reordered;

/** The longest run of equal keys in both lists, in order, as pairs of positions. */
function commonSequence(before: readonly string[], after: readonly string[]): [number, number][] {
  const lengths = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i -= 1) {
    for (let j = after.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = before[i] === after[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < before.length && j < after.length;) {
    if (before[i] === after[j]) pairs.push([i++, j++]);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return pairs;
}

/**
 * What became of each item of `before` in `after`. `keyOf` says when two items are the same
 * (a certification's name, issuer and address); `textOf` is what a reader reads of it, which
 * decides whether a changed item was reworded.
 */
export function diffItems<Item>(
  before: readonly Item[],
  after: readonly Item[],
  textOf: (item: Item) => string,
  keyOf: (item: Item) => string = textOf,
): ItemChanges<Item> {
  const beforeKeys = before.map(keyOf);
  const afterKeys = after.map(keyOf);
  const kept = commonSequence(beforeKeys, afterKeys);
  const matchedBefore = new Set(kept.map(([i]) => i));
  const matchedAfter = new Set(kept.map(([, j]) => j));
  let reordered = false;

  // An item that is still there word for word, but elsewhere, moved.
  for (const [i, key] of beforeKeys.entries()) {
    if (matchedBefore.has(i)) continue;
    const j = afterKeys.findIndex((candidate, position) => candidate === key && !matchedAfter.has(position));
    if (j === -1) continue;
    matchedBefore.add(i);
    matchedAfter.add(j);
    reordered = true;
  }

  // Items between the same two unchanged neighbours on both sides kept their place.
  const gapOf = (position: number, side: 0 | 1) => kept.filter((pair) => pair[side] < position).length;
  const candidates: { i: number; j: number; score: number; samePlace: boolean }[] = [];
  for (const i of before.keys()) {
    if (matchedBefore.has(i)) continue;
    for (const j of after.keys()) {
      if (matchedAfter.has(j)) continue;
      const alike = likeness(textOf(before[i]!), textOf(after[j]!));
      const samePlace = gapOf(i, 0) === gapOf(j, 1);
      if (samePlace || alike >= MOSTLY_THE_SAME) candidates.push({ i, j, score: alike + (samePlace ? 1 : 0), samePlace });
    }
  }
  const pairs: { i: number; j: number }[] = [];
  for (const candidate of candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j)) {
    if (matchedBefore.has(candidate.i) || matchedAfter.has(candidate.j)) continue;
    matchedBefore.add(candidate.i);
    matchedAfter.add(candidate.j);
    pairs.push(candidate);
    if (!candidate.samePlace) reordered = true;
  }

  return {
    added: after.filter((_, j) => !matchedAfter.has(j)),
    removed: before.filter((_, i) => !matchedBefore.has(i)),
    reworded: pairs.sort((a, b) => a.j - b.j).map(({ i, j }) => ({ before: before[i]!, after: after[j]! })),
    reordered,
  };
}
