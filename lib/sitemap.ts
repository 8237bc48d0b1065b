import { currentPages, type Page } from "./pages";
import { absoluteUrl, paths } from "./site";

/*
 * The sitemap (sitemaps.org/protocol.html). One file may list at most 50,000 addresses and take at
 * most 50 MB: up to that, /sitemap.xml lists every page; past it, /sitemap.xml is a sitemap index
 * naming the parts /sitemaps/1.xml, /sitemaps/2.xml… that list them. Next.js's sitemap.ts cannot
 * write an index, so the routes return the XML written here.
 */

/** One address in a sitemap, with the date (`YYYY-MM-DD`) its content last changed when known. */
export interface SitemapEntry {
  url: string;
  lastModified?: string;
}

/** What one sitemap file may hold: the protocol's limits. */
export interface SitemapLimits {
  urls: number;
  /** Uncompressed UTF-8 bytes of the whole file. */
  bytes: number;
}

export const SITEMAP_LIMITS: SitemapLimits = { urls: 50_000, bytes: 50 * 1024 * 1024 };

/** Every page with the date its content last changed, so crawlers revisit only what changed; a former address is not one to list. */
export function sitemapEntries(pages: Page[]): SitemapEntry[] {
  return currentPages(pages).map(({ path, lastModified }) => ({ url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}) }));
}

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => XML_ENTITIES[character]!);

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
const URLSET_START = `${XML_DECLARATION}<urlset xmlns="${NAMESPACE}">\n`;
const URLSET_END = "</urlset>\n";

/** A `<url>` or `<sitemap>` element: its address, and its last change when known. */
const element = (name: "url" | "sitemap", { url, lastModified }: SitemapEntry) =>
  `<${name}>\n<loc>${escapeXml(url)}</loc>\n${lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>\n` : ""}</${name}>\n`;

const urlset = (entries: readonly SitemapEntry[]) => `${URLSET_START}${entries.map((entry) => element("url", entry)).join("")}${URLSET_END}`;

/** `entries` in order, in as few sitemap files as `limits` allow; always at least one. */
function splitEntries(entries: readonly SitemapEntry[], limits: SitemapLimits): SitemapEntry[][] {
  const emptyBytes = Buffer.byteLength(URLSET_START + URLSET_END);
  const groups: SitemapEntry[][] = [[]];
  let bytes = emptyBytes;
  for (const entry of entries) {
    const entryBytes = Buffer.byteLength(element("url", entry));
    const current = groups.at(-1)!;
    if (current.length > 0 && (current.length === limits.urls || bytes + entryBytes > limits.bytes)) {
      groups.push([entry]);
      bytes = emptyBytes + entryBytes;
    } else {
      current.push(entry);
      bytes += entryBytes;
    }
  }
  return groups;
}

/** The latest `YYYY-MM-DD` among the entries, or `undefined` when none is dated. */
const latest = (entries: readonly SitemapEntry[]) =>
  entries.reduce<string | undefined>((found, { lastModified }) => (lastModified && (!found || lastModified > found) ? lastModified : found), undefined);

/** The sitemap's files: `index`, served at /sitemap.xml, and the parts under /sitemaps/. */
export interface SitemapFiles {
  index: string;
  parts: { file: string; xml: string }[];
}

/**
 * The sitemap listing `entries`. With one part, /sitemap.xml is that part. /sitemaps/1.xml exists
 * even then, with the same list, since a static export cannot have a route that writes no file;
 * nothing points search engines at it.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], limits: SitemapLimits = SITEMAP_LIMITS): SitemapFiles {
  const groups = splitEntries(entries, limits);
  const parts = groups.map((group, index) => ({ file: `${index + 1}.xml`, xml: urlset(group) }));
  if (parts.length === 1) return { index: parts[0]!.xml, parts };
  // Each part dated by its latest page, so that a crawler rereads only the parts whose pages changed.
  const sitemaps = parts.map(({ file }, index) => element("sitemap", { url: absoluteUrl(paths.sitemapPart(file)), lastModified: latest(groups[index]!) }));
  return { index: `${XML_DECLARATION}<sitemapindex xmlns="${NAMESPACE}">\n${sitemaps.join("")}</sitemapindex>\n`, parts };
}

/** The sitemap of the site's pages (currentPages). */
export const sitemapOfPages = (pages: Page[]) => sitemapFiles(sitemapEntries(pages));

/** A sitemap file as a response. */
export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
