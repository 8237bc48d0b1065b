// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";

// The deploy's origin; lib/site reads SITE_URL when first imported, hence the dynamic import.
const ORIGIN = "https://careers.example.org";
vi.stubEnv("SITE_URL", ORIGIN);
const { SITEMAP_LIMITS, sitemapFiles } = await import("@/lib/sitemap");

const NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

/**
 * A sitemap file's root element and each address with its last change. A regular expression over
 * the layout lib/sitemap.ts writes, since jsdom's parser takes seconds per thousand entries; the first test
 * reads a file with an XML parser too.
 */
function read(xml: string) {
  const root = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<(urlset|sitemapindex) xmlns="([^"]+)">\n/.exec(xml);
  expect(root?.[2]).toBe(NAMESPACE);
  expect(xml.endsWith(`</${root![1]}>\n`)).toBe(true);
  const entries = [...xml.matchAll(/<(url|sitemap)>\n<loc>([^<]*)<\/loc>\n(?:<lastmod>([^<]*)<\/lastmod>\n)?<\/\1>\n/g)].map(([, , url, lastModified]) => ({
    url: unescape(url!),
    ...(lastModified ? { lastModified } : {}),
  }));
  return { root: root![1], entries };
}

/** The addresses of a sitemap file as an XML parser reads them. */
function parsedUrls(xml: string): string[] {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  expect(document.documentElement.namespaceURI).toBe(NAMESPACE);
  return [...document.getElementsByTagNameNS(NAMESPACE, "loc")].map((loc) => loc.textContent);
}

/** `count` pages, dated in turn by the days of January 2026 to the 28th, every seventh undated (the 4th, 11th, 18th and 25th). */
const generatedEntries = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    url: `${ORIGIN}/careers/career-${index}/`,
    ...(index % 7 === 3 ? {} : { lastModified: `2026-01-${String((index % 28) + 1).padStart(2, "0")}` }),
  }));

describe("the sitemap", () => {
  it("lists every page in /sitemap.xml while one file holds them, escaping what XML would misread", () => {
    const entries = [{ url: `${ORIGIN}/`, lastModified: "2026-02-20" }, { url: `${ORIGIN}/careers/r&d-engineer/?a=<1>&b='2'` }];
    const { index, parts } = sitemapFiles(entries);
    expect(read(index)).toEqual({ root: "urlset", entries });
    expect(parsedUrls(index)).toEqual(entries.map(({ url }) => url));
    expect(parts).toEqual([{ file: "1.xml", xml: index }]);
  });

  it("keeps 50,000 pages, the protocol's limit, in one file", () => {
    const entries = generatedEntries(SITEMAP_LIMITS.urls);
    const { index, parts } = sitemapFiles(entries);
    expect(parts).toHaveLength(1);
    expect(read(index)).toEqual({ root: "urlset", entries });
  });

  it("becomes an index of parts of at most 50,000 pages each past that, each part dated by its latest page", () => {
    const entries = generatedEntries(SITEMAP_LIMITS.urls + 1);
    const { index, parts } = sitemapFiles(entries);
    expect(read(index)).toEqual({
      root: "sitemapindex",
      entries: [
        { url: `${ORIGIN}/sitemaps/1.xml`, lastModified: "2026-01-28" },
        { url: `${ORIGIN}/sitemaps/2.xml`, lastModified: "2026-01-21" },
      ],
    });
    expect(parsedUrls(index)).toEqual([`${ORIGIN}/sitemaps/1.xml`, `${ORIGIN}/sitemaps/2.xml`]);
    expect(parts.map(({ file }) => file)).toEqual(["1.xml", "2.xml"]);
    const listed = parts.map(({ xml }) => read(xml));
    expect(listed.map(({ root, entries: partEntries }) => [root, partEntries.length])).toEqual([
      ["urlset", 50_000],
      ["urlset", 1],
    ]);
    expect(listed.flatMap((part) => part.entries)).toEqual(entries);
  });

  it("starts a new part before a file would pass the size limit", () => {
    const entries = generatedEntries(10);
    const {
      parts: [whole],
    } = sitemapFiles(entries);
    const bytes = Math.floor(Buffer.byteLength(whole!.xml) / 3);
    const { index, parts } = sitemapFiles(entries, { urls: SITEMAP_LIMITS.urls, bytes });
    expect(read(index).root).toBe("sitemapindex");
    expect(parts.length).toBeGreaterThan(3);
    for (const { xml } of parts) expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(bytes);
    expect(parts.flatMap(({ xml }) => read(xml).entries)).toEqual(entries);
  });

  it("dates a part with no dated page by nothing", () => {
    const entries = [{ url: `${ORIGIN}/a/`, lastModified: "2026-01-01" }, { url: `${ORIGIN}/b/` }];
    expect(read(sitemapFiles(entries, { urls: 1, bytes: SITEMAP_LIMITS.bytes }).index).entries).toEqual([
      { url: `${ORIGIN}/sitemaps/1.xml`, lastModified: "2026-01-01" },
      { url: `${ORIGIN}/sitemaps/2.xml` },
    ]);
  });
});
