import type { Career } from "../content";
import { getPages, type Page } from "../pages";

/**
 * Which pages show something else after a change: the pages of each side's registry, matched by
 * address, and compared by what each shows a reader as its route renders it. The rendering is the
 * changes command's (scripts/lib/rendered-pages.ts), handed in as text per page.
 */

/** What each page shows a reader, as text by its path, on each side of a change. */
export interface ShownTexts {
  before: ReadonlyMap<string, string>;
  after: ReadonlyMap<string, string>;
}

export interface PageChanges {
  /** Pages at an address on both sides that show something else, in the registry's order. */
  changed: Page[];
  /** Pages at an address that was not there before. */
  added: Page[];
  /** Pages of the old side at an address the new side has no page at: the address will answer 404. */
  removed: Page[];
}

export const hasPageChanges = ({ changed, added, removed }: PageChanges) => changed.length + added.length + removed.length > 0;

function shownText(texts: ReadonlyMap<string, string>, page: Page): string {
  const text = texts.get(page.path);
  if (text === undefined) throw new Error(`no rendered text for ${page.path}`);
  return text;
}

/** The pages that change between the site built from `before` and the site built from `after`, each side's pages as `shown`. */
export function pageChanges(before: readonly Career[], after: readonly Career[], shown: ShownTexts): PageChanges {
  // The loader refuses a catalogue without careers, so without them there was no site: every page is new.
  // The registry's catalogue is worked out once per array of careers, and each side is its own.
  const beforePages = new Map((before.length === 0 ? [] : getPages([...before])).map((page) => [page.path, page]));
  const afterPages = getPages([...after]);
  const afterPaths = new Set(afterPages.map((page) => page.path));
  const changed: Page[] = [];
  const added: Page[] = [];
  for (const page of afterPages) {
    const was = beforePages.get(page.path);
    if (!was) added.push(page);
    else if (shownText(shown.before, was) !== shownText(shown.after, page)) changed.push(page);
  }
  const removed = [...beforePages.values()].filter((page) => !afterPaths.has(page.path));
  return { changed, added, removed };
}
