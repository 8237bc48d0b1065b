import { getCareers } from "../../lib/content";
import { samplePages } from "../../lib/pages";
import { paths } from "../../lib/site";
import { expect, test } from "./fixtures";

// Every address the site writes, in a page, the sitemap, robots.txt or the open data, is under the
// path the site is served at: a site under a path (GitHub Pages serves a project at
// /<repository>/) breaks wherever one forgets it. A page of each kind stands for the rest, as
// their links come from the same components; the 404 page is served at any depth.
const addresses = [...samplePages().map((page) => page.path), paths.career("no-such-career")];
const career = getCareers()[0]!;
const documents = [paths.sitemap(), paths.sitemapPart("1.xml"), `${paths.home()}robots.txt`, paths.careersData(), paths.careerData(career.slug)];

/** The values among `named` that point into the site (on its deploy origin, or a path) but not under its path, or that are relative. */
function outsideTheSite(named: string[], siteUrl: string): string[] {
  const siteOrigin = new URL(siteUrl).origin;
  return named.filter((value) => {
    if (value.startsWith("#")) return false;
    if (value.startsWith("/") && !value.startsWith("//")) return !value.startsWith(paths.home());
    if (!URL.canParse(value)) return true;
    const url = new URL(value);
    return url.origin === siteOrigin && !url.pathname.startsWith(paths.home());
  });
}

test("the site's path is the one it is served at", ({ baseURL }) => {
  expect(paths.home()).toBe(new URL(baseURL!).pathname);
});

for (const address of addresses) {
  test(`${address} names every address of the site under its path`, async ({ page, siteUrl }) => {
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const named = await page.evaluate(() => {
      const attributes = [...document.querySelectorAll("[href], [src]")].flatMap((element) => ["href", "src"].map((name) => element.getAttribute(name) ?? ""));
      const urlsInMeta = [...document.querySelectorAll("meta[property][content], meta[name][content]")]
        .map((meta) => meta.getAttribute("content")!)
        .filter((content) => /^(https?:|\/)/.test(content));
      const strings = (value: unknown): string[] =>
        typeof value === "string" ? [value] : typeof value === "object" && value ? Object.values(value).flatMap(strings) : [];
      const urlsInJsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')]
        .flatMap((script) => strings(JSON.parse(script.textContent ?? "null")))
        .filter((text) => /^https?:/.test(text));
      return [...attributes.filter(Boolean), ...urlsInMeta, ...urlsInJsonLd];
    });
    expect(
      named.filter((value) => value.startsWith(paths.home()) || value.startsWith(`${new URL(siteUrl).origin}${paths.home()}`)).length,
      "addresses on the site",
    ).toBeGreaterThan(3);
    expect(outsideTheSite(named, siteUrl)).toEqual([]);
  });
}

test("the sitemap, robots.txt and the open data name every address of the site under its path", async ({ request, siteUrl }) => {
  for (const document of documents) {
    const response = await request.get(document);
    expect(response.status(), document).toBe(200);
    const named = (await response.text()).match(/https?:\/\/[^\s"<]+|^Allow: \S+/gm) ?? [];
    expect(named.length, document).toBeGreaterThan(0);
    expect(
      outsideTheSite(
        named.map((value) => value.replace(/^Allow: /, "")),
        siteUrl,
      ),
      document,
    ).toEqual([]);
  }
});
