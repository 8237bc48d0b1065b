/** How the catalogue orders text for English readers: accents and case second, numbers by value ("Level 2" before "Level 10"). */
const readerOrder = new Intl.Collator("en", { numeric: true });

/** Orders text as a reader expects, and identical-looking text by code points, so the order never depends on the input's. */
export function compareText(a: string, b: string): number {
  return readerOrder.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Orders careers (or anything with a title and a slug) by title, then slug. */
export function compareByTitle(a: { title: string; slug: string }, b: { title: string; slug: string }): number {
  return compareText(a.title, b.title) || compareText(a.slug, b.slug);
}
