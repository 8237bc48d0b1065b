import { gzipSync } from "node:zlib";
import budgets from "../../budgets.json";

/**
 * The stylesheet every page loads, gzip level 9: app/globals.css built by Tailwind measured 5,661 B
 * (2026-11), rounded up so that a few more utility classes do not break every listing page.
 */
export const STYLESHEET_GZIP_BYTES = 5_700;
/** A listing page's own chrome, gzip level 9: header, footer, metadata, breadcrumbs, JSON-LD's skeleton and the page's heading (about 1.5 KB). */
export const PAGE_CHROME_GZIP_BYTES = 1_540;

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
 * `items` in order, packed into parts whose entries' HTML (`entryHtml` of each, concatenated)
 * takes at most `maxGzipBytes` gzipped: each part as long as fits. An item whose entry alone is
 * over the limit gets a part of its own, whose `gzipBytes` says so.
 *
 * Each part is found from an estimate of how much HTML compresses into the limit (the last
 * measurement's ratio), then narrowed: a few gzips of one part's HTML per part, never one per item.
 */
export function splitIntoParts<Item>(items: readonly Item[], entryHtml: (item: Item) => string, maxGzipBytes: number): Part<Item>[] {
  const html = items.map(entryHtml);
  const rawBefore = [0];
  for (const entry of html) rawBefore.push(rawBefore.at(-1)! + entry.length);
  const measure = (start: number, end: number) => gzipBytes(html.slice(start, end).join(""));
  // The end (exclusive) whose raw HTML from `start` comes nearest to `rawBytes`.
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
  let rawPerGzipByte = 4;
  for (let start = 0; start < items.length; ) {
    // `longest` is the longest part measured within the limit (or the lone first item); `tooLong` ends one beyond it.
    let longest = { end: start + 1, bytes: measure(start, start + 1) };
    let tooLong = longest.bytes > maxGzipBytes ? longest.end : items.length + 1;
    for (let attempt = 0; tooLong - longest.end > 1; attempt += 1) {
      // The estimate lands within an entry or two of the limit; halving takes over should it not.
      const guess = attempt < 3 ? endNear(start, maxGzipBytes * rawPerGzipByte) : Math.floor((longest.end + tooLong) / 2);
      const end = Math.min(Math.max(guess, longest.end + 1), tooLong - 1);
      const bytes = measure(start, end);
      rawPerGzipByte = (rawBefore[end]! - rawBefore[start]!) / bytes;
      if (bytes <= maxGzipBytes) longest = { end, bytes };
      else tooLong = end;
    }
    parts.push({ items: items.slice(start, longest.end), gzipBytes: longest.bytes });
    start = longest.end;
  }
  return parts;
}
