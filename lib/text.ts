/*
 * Words the site and its commands write about counts. A module of its own, importing nothing, so
 * that lib/content can use it without loading lib/site, which reads the environment when first
 * imported.
 */

/** "1 level", "3 levels": a count and its noun, made plural by an s. */
export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
