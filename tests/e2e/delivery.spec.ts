import type { APIRequestContext } from "@playwright/test";
import { currentPages } from "../../lib/pages";
import { cacheControl } from "../../lib/security-headers";
import { paths } from "../../lib/site";
import { expectNoAxeViolations } from "./accessibility";
import { expect, expectSecurityHeaders, headOf, pagesToRead, test } from "./fixtures";

// What can differ between `next start` and the export behind nginx: headers, status codes,
// scripts, redirects and media types. playwright.config.ts runs this file against both.
const pages = currentPages();
const overview = pages.find((page) => page.kind === "career")!;
const comparison = pages.find((page) => page.kind === "compare")!;
// The home page of a small guide shows every career; a catalogue's leads to them through its families.
const listing = pages.find((page) => page.kind === "family" && page.careers.includes(overview.career)) ?? pages.find((page) => page.kind === "home")!;

async function expectPng(request: APIRequestContext, imageUrl: string) {
  const { pathname, search } = new URL(imageUrl);
  const response = await request.get(pathname + search);
  expect(response.status(), imageUrl).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await response.body()).subarray(1, 4).toString("latin1")).toBe("PNG");
}

test.describe("delivery", () => {
  test("pages and hashed assets carry the security headers and the right cache lifetimes", async ({ page, request, delivery }) => {
    const pageResponse = await request.get(overview.path);
    expect(pageResponse.headers()["content-type"]).toMatch(/^text\/html/);
    // A CDN in front revalidates pages soon after a deploy.
    expect(pageResponse.headers()["cache-control"]).toBe(cacheControl.other);
    expectSecurityHeaders(pageResponse.headersArray(), delivery);

    await page.goto(overview.path);
    const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
    expect(stylesheet?.startsWith(`${paths.home()}_next/static/`), stylesheet ?? "no stylesheet").toBe(true);
    const asset = await request.get(stylesheet!);
    expect(asset.headers()["content-type"]).toMatch(/^text\/css/);
    expect(asset.headers()["cache-control"]).toBe(cacheControl.hashedAsset);
    expectSecurityHeaders(asset.headersArray(), delivery);
  });

  test("every page's social card is a PNG", async ({ request }) => {
    for (const { path } of pagesToRead(pages)) {
      const image = (await headOf(request, path)).meta("og:image");
      expect(image, path).toBeTruthy();
      await expectPng(request, image!);
    }
  });

  test("the sitemap lists every page with its last update, and robots.txt points to it", async ({ request, siteUrl }) => {
    const sitemap = await request.get(paths.sitemap());
    expect(sitemap.status()).toBe(200);
    expect(sitemap.headers()["content-type"]).toMatch(/xml/);
    const entries = [...(await sitemap.text()).matchAll(/<url>\s*<loc>(.*?)<\/loc>(?:\s*<lastmod>(.*?)<\/lastmod>)?/g)].map(([, loc, lastmod]) => ({
      loc,
      lastmod,
    }));
    expect(entries).toEqual(pages.map(({ path, lastModified }) => ({ loc: new URL(path, siteUrl).href, lastmod: lastModified })));
    // Its first part, the one a sitemap index would name first, is a file of its own with the same list.
    const part = await request.get(paths.sitemapPart("1.xml"));
    expect(part.headers()["content-type"]).toMatch(/xml/);
    expect(await part.text()).toBe(await sitemap.text());

    const robots = await request.get(`${paths.home()}robots.txt`);
    expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
    expect(await robots.text()).toContain(`Sitemap: ${new URL(paths.sitemap(), siteUrl).href}`);
  });

  test("pages load and navigate within the Content-Security-Policy", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(listing.path);
    await page.getByRole("link", { name: overview.career.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${overview.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: overview.career.title })).toBeVisible();
    expect(errors, "console errors, CSP violations among them").toEqual([]);
  });

  test("the search page finds a career by its title, within a policy of its own that no other page has", async ({ page, request, delivery }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${paths.search()}?${new URLSearchParams({ q: overview.career.title })}`);
    await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toHaveAttribute("href", overview.path);
    expect(errors, "console errors, CSP violations among them").toEqual([]);
    expectSecurityHeaders((await request.get(paths.search())).headersArray(), delivery, "search");
    expectSecurityHeaders((await request.get(overview.path)).headersArray(), delivery);
  });

  test("an unknown address answers 404 with the site's error page, its headers and a way back", async ({ page, delivery }) => {
    const response = await page.goto(paths.career("no-such-career"));
    expect(response?.status()).toBe(404);
    expect((await response!.allHeaders())["content-type"]).toMatch(/^text\/html/);
    expectSecurityHeaders(await response!.headersArray(), delivery);
    expect(await response!.text()).toContain("couldn’t find that page");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("couldn’t find");
    await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", paths.home());
    await expectNoAxeViolations(page);
  });

  test("a folder without a page answers 404 with the site's error page", async ({ request }) => {
    const response = await request.get(`${paths.home()}careers/`);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain("couldn’t find that page");
  });

  // Asked for by scanners and by links mangled on the way: the asker's mistake, never a server error.
  test("an address whose percent-encoding names no character answers 400 or 404, on every kind of page", async ({ request }) => {
    const kinds = [...new Map(pages.map((page) => [page.kind, page.path])).values()];
    const segmentsReplaced = kinds.filter((path) => path !== paths.home()).map((path) => path.replace(/[^/]+\/$/, ""));
    for (const folder of [...new Set(segmentsReplaced)]) {
      // A broken escape, a lone %, an escape cut short, and escapes that decode to no UTF-8 character.
      for (const malformed of ["%ZZ", "%", "%E0%A4%A", "%FF", "%E0%A4", "%C0%AF"]) {
        const address = `${folder}${malformed}/`;
        expect([400, 404], address).toContain((await request.get(address, { maxRedirects: 0 })).status());
      }
    }
  });

  /** A page's other addresses: its index.html, and but for the home page, without its trailing slash and with its slashes doubled (after the first). */
  const otherAddresses = (path: string) => [
    [`${path}index.html`, path],
    ...(path === paths.home() ? [] : [path.replace(/\/$/, ""), `/${path.slice(1).replaceAll("/", "//")}`].map((address) => [address, path])),
  ];

  // A redirect carries no page, so it needs none of a page's headers: next start's redirects come
  // before next.config.ts's headers apply (docs/deploy.md).
  test("each page has one address: its index.html, a missing trailing slash and doubled slashes lead to it", async ({ request }) => {
    for (const [address, path] of [...otherAddresses(paths.home()), ...otherAddresses(overview.path), ...otherAddresses(comparison.path)]) {
      const response = await request.get(address!, { maxRedirects: 0 });
      expect([301, 308], `status for ${address}`).toContain(response.status());
      expect(new URL(response.headers()["location"] ?? "", "http://host").pathname, `where ${address} leads`).toBe(path);
    }
  });
});
