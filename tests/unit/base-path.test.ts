import { describe, expect, it, vi } from "vitest";
import { buildCareer } from "./career";

// A project on GitHub Pages: lib/site reads SITE_URL when first imported, hence the dynamic imports.
const SITE = "https://org.github.io/career-guide";
vi.stubEnv("SITE_URL", `${SITE}/`);
const { absoluteUrl, paths, site } = await import("@/lib/site");
const { getPages, pageMetadata, breadcrumbsOf, structuredDataOf } = await import("@/lib/pages");
const { sitemapEntries, sitemapFiles } = await import("@/lib/sitemap");
const { careerDocument, careersIndex, dataSchema } = await import("@/lib/open-data");

const career = buildCareer();
const pages = getPages([career]);

describe("a site under a path", () => {
  it("takes its base path from SITE_URL, as Next.js's basePath wants it", () => {
    expect(site.basePath).toBe("/career-guide");
  });

  it("writes every address with the path, and makes it absolute without dropping or doubling it", () => {
    expect(paths.home()).toBe("/career-guide/");
    expect(paths.level("data-analyst", "senior")).toBe("/career-guide/careers/data-analyst/senior/");
    expect(paths.socialCard(paths.career("data-analyst"))).toBe("/career-guide/careers/data-analyst/social-card.png");
    expect(paths.careerData("data-analyst")).toBe("/career-guide/data/careers/data-analyst.json");
    expect(absoluteUrl(paths.compare("data-analyst"))).toBe(`${SITE}/careers/data-analyst/compare/`);
    expect(absoluteUrl(paths.sitemap())).toBe(`${SITE}/sitemap.xml`);
  });

  it("gives every page its canonical link, data link, social card and breadcrumbs under the path", () => {
    for (const page of pages) {
      const metadata = pageMetadata(page);
      expect(page.path.startsWith("/career-guide/"), page.path).toBe(true);
      expect(metadata.alternates?.canonical).toBe(`https://org.github.io${page.path}`);
      expect(JSON.stringify(metadata.alternates?.types)).toContain(`${SITE}/data/`);
      expect(metadata.openGraph?.images).toEqual([expect.objectContaining({ url: expect.stringMatching(new RegExp(`^${SITE}/.*social-card\\.png$`)) })]);
      for (const crumb of breadcrumbsOf(page)) expect(crumb.href.startsWith("/career-guide/"), crumb.href).toBe(true);
      const urls = JSON.stringify(structuredDataOf(page)).match(/https?:\/\/org\.github\.io[^"]*/g) ?? [];
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url.startsWith(`${SITE}/`), url).toBe(true);
    }
  });

  it("lists the pages and the sitemap's parts under the path", () => {
    for (const { url } of sitemapEntries(pages)) expect(url.startsWith(`${SITE}/`), url).toBe(true);
    const { index } = sitemapFiles(sitemapEntries(pages), { urls: 2, bytes: 50 * 1024 * 1024 });
    expect(index).toContain(`<loc>${SITE}/sitemaps/1.xml</loc>`);
  });

  it("names the open data's documents and schemas under the path", () => {
    const document = careerDocument(career);
    expect(document.$schema).toBe(`${SITE}/data/schema/career.v1.json`);
    expect(dataSchema("career.v1.json")?.$id).toBe(document.$schema);
    expect(document.url).toBe(`${SITE}/careers/data-analyst/`);
    expect(careersIndex([career]).careers[0]).toMatchObject({ url: `${SITE}/careers/data-analyst/`, data: `${SITE}/data/careers/data-analyst.json` });
  });
});
