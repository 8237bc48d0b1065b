import { gzipSync } from "node:zlib";
import budgets from "../../budgets.json";

/**
 * The stylesheet every page loads, gzip level 9: app/globals.css built by Tailwind measured 5,804 B
 * (2026-12), rounded up so that a few more utility classes do not break every listing page.
 * `npm run budgets` fails when the stylesheet outgrows it.
 */
export const STYLESHEET_GZIP_BYTES = 5_850;
/**
 * What a listing page adds to its entries as measured here, gzip level 9: its frame (header, footer,
 * metadata with the page's own Content-Security-Policy, breadcrumbs, heading, the parts'
 * navigation, the JSON-LD that repeats the entries' addresses) and what the rendered entries take
 * beyond listing-html.ts's measure of them. Set from the export of 1,000 synthetic careers (npm run
 * bench): at 2,600 the fullest index pages came to 10.6 KB, and a byte less allowance took about
 * two off the page; at 3,000, once pages carried their own policy (about 105 B), the fullest came
 * to 10.0 KB with the stylesheet counted 104 B short, which counting it as measured makes up.
 */
export const PAGE_CHROME_GZIP_BYTES = 3_000;

/**
 * What a listing page's entries may take, gzip level 9: budgets.json's `exportPage.maxBytes` (HTML
 * and CSS together) less the stylesheet and the page's chrome, about 3 KB. Entries are measured
 * on their own, without the page around them, which overstates them a little: gzip finds more to
 * share in the whole page.
 */
export const LISTING_ENTRIES_MAX_GZIP_BYTES = budgets.exportPage.maxBytes - STYLESHEET_GZIP_BYTES - PAGE_CHROME_GZIP_BYTES;

/** Items that share one listing page, and how many gzip bytes their entries take together. */
export interface Part<Item> {
  items: Item[];
  gzipBytes: number;
}

/** Gzip level 9, as budgets.json measures. */
export const gzipBytes = (html: string) => gzipSync(html, { level: 9 }).length;

/**
 * A part whose entries take this share of the limit is full enough: finding the very last entry
 * that fits would cost one or two more gzips of the whole part, for every part.
 */
export const FULL_ENOUGH = 0.95;

/**
 * `items` in order, packed into parts whose entries' HTML (`entryHtml` of each, concatenated)
 * takes at most `maxGzipBytes` gzipped: each part filled until it is full enough (`FULL_ENOUGH`)
 * or the next entry would not fit. An item whose entry alone is over the limit gets a part of its
 * own, whose `gzipBytes` says so.
 *
 * Each part's end is estimated from how much HTML the last measurement compressed into how many
 * bytes, then corrected: about one gzip of a part's HTML per part, never one per item.
 */
export function splitIntoParts<Item>(items: readonly Item[], entryHtml: (item: Item) => string, maxGzipBytes: number): Part<Item>[] {
  const html = items.map(entryHtml);
  const rawBefore = [0];
  for (const entry of html) rawBefore.push(rawBefore.at(-1)! + entry.length);
  const measure = (start: number, end: number) => gzipBytes(html.slice(start, end).join(""));
  // The end (exclusive) whose raw HTML from `start` comes nearest to `rawBytes` without passing it.
  const endNear = (start: number, rawBytes: number) => {
    let low = start;
    let high = items.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (rawBefore[middle]! - rawBefore[start]! <= rawBytes) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  const parts: Part<Item>[] = [];
  // Aiming between full enough and the limit lands most parts there at the first try.
  const aim = maxGzipBytes * (1 + FULL_ENOUGH) / 2;
  let rawPerGzipByte = 4;
  for (let start = 0; start < items.length; ) {
    // The longest part measured within the limit, and the shortest measured over it.
    let within = { end: start, bytes: 0 };
    let over = { end: items.length + 1, bytes: Infinity };
    for (let attempt = 0; over.end - within.end > 1 && within.end < items.length && within.bytes < FULL_ENOUGH * maxGzipBytes; attempt += 1) {
      // Should the estimates keep missing, halving the interval takes over.
      const guess = attempt < 4 ? endNear(start, aim * rawPerGzipByte) : Math.floor((within.end + over.end) / 2);
      const end = Math.min(Math.max(guess, within.end + 1), over.end - 1);
      const bytes = measure(start, end);
      rawPerGzipByte = (rawBefore[end]! - rawBefore[start]!) / bytes;
      if (bytes <= maxGzipBytes) within = { end, bytes };
      else over = { end, bytes };
    }
    const part = within.end > start ? within : over;
    parts.push({ items: items.slice(start, part.end), gzipBytes: part.bytes });
    start = part.end;
  }
  return parts;
}
