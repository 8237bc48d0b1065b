import type { Metadata } from "next";
import { describe, expect, it, vi } from "vitest";
import { buildCareer } from "./career";
import { syntheticCatalogue } from "./catalogue-fixtures";

// The deploy's origin; lib/site reads SITE_URL when first imported, hence the dynamic imports.
const ORIGIN = "https://careers.example.org";
vi.stubEnv("SITE_URL", ORIGIN);
const { sitemapEntries } = await import("@/lib/sitemap");
const { getPages, pageMetadata } = await import("@/lib/pages");
const { documentTitle, lengthInHtml, PAGE_TITLE_MAX_LENGTH } = await import("@/lib/clip-text");

const career = buildCareer();

describe("page metadata", () => {
  const [home, ...careerPages] = getPages([career]);
  const pages = careerPages.map((page) => ({ kind: page.kind, metadata: pageMetadata(page), url: `${ORIGIN}${page.path}` }));

  it("gives the home page the site's name, a tab title of its own and the index as its data", () => {
    expect(pageMetadata(home!)).toMatchObject({
      title: { absolute: "Career Guide: career paths from entry level to senior roles" },
      alternates: { canonical: `${ORIGIN}/`, types: { "application/json": `${ORIGIN}/data/careers.json` } },
      openGraph: { title: "Career Guide", url: `${ORIGIN}/` },
    });
  });

  it.each(pages)("points canonical and og:url at $url", ({ metadata, url }) => {
    expect(metadata.alternates?.canonical).toBe(url);
    expect(metadata.openGraph?.url).toBe(url);
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
  });

  const tabTitle = (metadata: Metadata) => (metadata.title as { absolute: string }).absolute;

  it("gives every page its own title and a description that fits a search result", () => {
    const titles = pages.map((page) => tabTitle(page.metadata));
    expect(new Set(titles).size).toBe(pages.length);
    for (const { metadata } of pages) {
      expect(tabTitle(metadata)).toBe(`${String(metadata.openGraph?.title)} | Career Guide`);
      expect(metadata.description?.length).toBeGreaterThan(50);
      expect(metadata.description?.length).toBeLessThanOrEqual(160);
      expect(metadata.openGraph).toMatchObject({ description: metadata.description, siteName: "Career Guide" });
    }
  });

  describe("a page's <title> fits search results and tabs, whatever its career's and level's names", () => {
    const LONGEST = "First-Line Supervisors of Landscaping, Lawn Service, and Groundskeeping Workers";
    const LEVELS = ["Senior level (manager track)", "Entry level (مستوى مبتدئ)", "Senior > Lead level & more"];
    const base = buildCareer({ title: LONGEST });
    const longCareer = { ...base, levels: base.levels.map((level, index) => ({ ...level, title: LEVELS[index % LEVELS.length]! })) };
    const titled = getPages([longCareer])
      .filter((page) => page.kind === "career" || page.kind === "level" || page.kind === "compare")
      .map((page) => ({ kind: page.kind, metadata: pageMetadata(page) }));

    it.each(titled)("$kind: drops the site's name, then shortens the career's name, and keeps the whole title for shared links", ({ metadata }) => {
      const title = tabTitle(metadata);
      expect(lengthInHtml(title)).toBeLessThanOrEqual(PAGE_TITLE_MAX_LENGTH);
      expect(title).not.toContain("| Career Guide");
      expect(String(metadata.openGraph?.title)).toContain(LONGEST);
    });

    it("keeps the level's whole name and as much of the career's as fits", () => {
      const level = titled.find(({ kind }) => kind === "level")!;
      expect(tabTitle(level.metadata)).toMatch(/^Senior level \(manager track\) First-Line Supervisors of .*…$/);
    });

    it("keeps the site's name where the title leaves room for it", () => {
      expect(documentTitle({ title: "Mid level Data Analyst", shortenable: "Data Analyst" })).toBe("Mid level Data Analyst | Career Guide");
    });

    it("counts & < > \" ' as html-validate does, as the page writes them", () => {
      const title = documentTitle({ title: `R&D ${"&".repeat(20)} Lead`, shortenable: "R&D" });
      expect(lengthInHtml(title)).toBeLessThanOrEqual(PAGE_TITLE_MAX_LENGTH);
    });
  });

  it("shows the career's card, a .png file, on its overview, level and comparison pages", () => {
    const careerCard = {
      url: `${ORIGIN}/careers/data-analyst/social-card.png`,
      alt: "A Career Guide career guide",
      type: "image/png",
      width: 1200,
      height: 630,
    };
    for (const { kind, metadata } of pages) {
      if (kind === "career" || kind === "level" || kind === "compare") expect(metadata.openGraph?.images, kind).toEqual([careerCard]);
    }
  });

  it("gives the home page its own card", () => {
    expect(pageMetadata(home!).openGraph?.images).toEqual([expect.objectContaining({ url: `${ORIGIN}/social-card.png`, type: "image/png" })]);
  });
});

describe("a former address", () => {
  const moved = getPages([{ ...career, aliases: ["analyst"] }]).filter((page) => page.kind === "moved");

  it("names the new address as canonical and asks search engines not to index the old one", () => {
    const overview = moved.find((page) => page.path === "/careers/analyst/")!;
    expect(pageMetadata(overview)).toEqual({
      title: { absolute: "Moved: Data Analyst career guide | Career Guide" },
      description: `This page has moved to ${ORIGIN}/careers/data-analyst/`,
      alternates: { canonical: `${ORIGIN}/careers/data-analyst/` },
      robots: { index: false, follow: true },
      openGraph: expect.objectContaining({ url: `${ORIGIN}/careers/data-analyst/` }),
      twitter: expect.objectContaining({ card: "summary_large_image" }),
    });
    for (const page of moved) expect(pageMetadata(page).alternates?.canonical, page.path).toBe(`${ORIGIN}${page.to.path}`);
  });
});

describe("listing cards", () => {
  it("gives every part of a listing the listing's one card, which names it", () => {
    const listings = getPages(syntheticCatalogue(1000)).filter((page) => page.kind === "family" || page.kind === "titleIndex");
    expect(listings.some((page) => page.part > 1)).toBe(true);
    for (const page of listings) {
      const listing = page.kind === "family" ? `/families/${page.family.slug}/` : `/a-z/${page.group.slug}/`;
      expect(pageMetadata(page).openGraph?.images, page.path).toEqual([
        expect.objectContaining({ url: `${ORIGIN}${listing}social-card.png`, type: "image/png" }),
      ]);
    }
  });
});

describe("sitemap", () => {
  it("lists every page once, with the date its content last changed", () => {
    const entries = sitemapEntries(getPages([career]));
    const listings = entries.filter(({ url }) => url.startsWith(`${ORIGIN}/families/`) || url.startsWith(`${ORIGIN}/a-z/`));
    expect(listings.map(({ url }) => url)).toContain(`${ORIGIN}/a-z/j/`);
    expect(new Set(entries.map(({ url }) => url)).size).toBe(entries.length);
    expect(entries.filter((entry) => !listings.includes(entry))).toEqual([
      { url: `${ORIGIN}/`, lastModified: "2026-02-20" },
      { url: `${ORIGIN}/careers/data-analyst/`, lastModified: "2026-02-20" },
      { url: `${ORIGIN}/careers/data-analyst/entry/`, lastModified: "2026-01-10" },
      { url: `${ORIGIN}/careers/data-analyst/mid/`, lastModified: "2026-02-20" },
      { url: `${ORIGIN}/careers/data-analyst/senior/` },
      { url: `${ORIGIN}/careers/data-analyst/compare/`, lastModified: "2026-02-20" },
    ]);
  });

  it("leaves out former addresses, which only send readers on", () => {
    const entries = sitemapEntries(getPages([{ ...career, aliases: ["analyst"] }]));
    expect(entries.filter(({ url }) => url.includes("/careers/analyst/"))).toEqual([]);
    expect(entries.map(({ url }) => url)).toContain(`${ORIGIN}/careers/data-analyst/compare/`);
  });

  it("dates the home page by the latest change to any career", () => {
    const older = buildCareer({ slug: "nurse", updated: "2025-12-01" });
    expect(sitemapEntries(getPages([older, career]))[0]).toEqual({ url: `${ORIGIN}/`, lastModified: "2026-02-20" });
  });
});
