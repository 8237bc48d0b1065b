/*
 * Words the site and its commands write about counts, and text as HTML. A module of its own, importing nothing, so
 * that lib/content can use it without loading lib/site, which reads the environment when first
 * imported.
 */

/** "1 level", "3 levels": a count and its noun, made plural by an s. */
export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** Text or an attribute value as HTML. */
export const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
