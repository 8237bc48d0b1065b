import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { z } from "zod";
import { getPages, type PageKindName } from "../../lib/pages";
import { cacheControl, type Delivery, securityHeadersFor } from "../../lib/security-headers";
import { expect, test } from "./fixtures";

// Generated from the page registry: every page a crawler can reach, with what it should describe.
const pages = getPages();
const structuredDataTypes: Record<PageKindName, string[]> = {
  home: ["WebSite"],
  career: ["BreadcrumbList", "Occupation"],
  level: ["BreadcrumbList", "Occupation"],
  compare: ["BreadcrumbList"],
};
const overview = pages.find((page) => page.kind === "career")!;
const comparison = pages.find((page) => page.kind === "compare")!;

function expectSecurityHeaders(response: APIResponse, delivery: Delivery) {
  const headers = response.headers();
  for (const { key, value } of securityHeadersFor(delivery)) expect(headers[key.toLowerCase()], key).toBe(value);
  expect(headers["x-powered-by"]).toBeUndefined();
}

async function expectPng(request: APIRequestContext, imageUrl: string) {
  const { pathname, search } = new URL(imageUrl);
  const response = await request.get(pathname + search);
  expect(response.status(), imageUrl).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await response.body()).subarray(1, 4).toString("latin1")).toBe("PNG");
}

const jsonLdSchema = z.object({
  "@graph": z.array(z.object({ "@type": z.string(), url: z.string().optional(), itemListElement: z.array(z.object({ item: z.string() })).optional() })),
});

const metaContent = (page: Page, attribute: "name" | "property", value: string) => page.locator(`meta[${attribute}="${value}"]`).getAttribute("content");

test.describe("search engines", () => {
  for (const { path, kind } of pages) {
    test(`${path} has canonical, social cards and structured data on the deploy origin`, async ({ page, request, siteUrl }) => {
      await page.goto(path);
      const canonical = new URL(path, siteUrl).href;
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", canonical);
      expect(await metaContent(page, "property", "og:url")).toBe(canonical);
      expect(await metaContent(page, "property", "og:title")).toBeTruthy();
      expect(await metaContent(page, "property", "og:description")).toBe(await metaContent(page, "name", "description"));
      expect(await metaContent(page, "name", "twitter:card")).toBe("summary_large_image");
      const image = await metaContent(page, "property", "og:image");
      expect(image?.startsWith(`${siteUrl}/`), `og:image ${image} on ${siteUrl}`).toBe(true);
      expect(await metaContent(page, "name", "twitter:image")).toBe(image);
      await expectPng(request, image!);

      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(scripts).toHaveLength(1);
      const graph = jsonLdSchema.parse(JSON.parse(scripts[0]!))["@graph"];
      expect(graph.map((node) => node["@type"])).toEqual(structuredDataTypes[kind]);
      for (const node of graph) {
        if (node["@type"] === "BreadcrumbList") expect(node.itemListElement?.at(-1)?.item).toBe(canonical);
        else expect(node.url).toBe(canonical);
      }
    });
  }

  test("every page has its own title and description", async ({ page }) => {
    const seen = new Map<string, string>();
    for (const { path } of pages) {
      await page.goto(path);
      const title = await page.title();
      const description = (await metaContent(page, "name", "description")) ?? "";
      expect(description.length, `description of ${path}`).toBeGreaterThan(50);
      for (const text of [title, description]) {
        expect(seen.get(text), `"${text}" on ${path}`).toBeUndefined();
        seen.set(text, path);
      }
    }
  });

  test("every page's Edit this page link opens the file behind it", async ({ page }) => {
    for (const registered of pages) {
      if (registered.kind === "home") continue;
      await page.goto(registered.path);
      await expect(page.getByRole("link", { name: "Edit this page" }), registered.path).toHaveAttribute("href", registered.editUrl);
    }
  });

  test("the sitemap lists every page with its last update, and robots.txt points to it", async ({ request, siteUrl }) => {
    const sitemap = await request.get("/sitemap.xml");
    expect(sitemap.status()).toBe(200);
    expect(sitemap.headers()["content-type"]).toMatch(/xml/);
    const entries = [...(await sitemap.text()).matchAll(/<url>\s*<loc>(.*?)<\/loc>(?:\s*<lastmod>(.*?)<\/lastmod>)?/g)].map(([, loc, lastmod]) => ({ loc, lastmod }));
    expect(entries).toEqual(pages.map(({ path, lastModified }) => ({ loc: new URL(path, siteUrl).href, lastmod: lastModified })));

    const robots = await request.get("/robots.txt");
    expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
    expect(await robots.text()).toContain(`Sitemap: ${new URL("/sitemap.xml", siteUrl).href}`);
  });
});

test.describe("delivery", () => {
  test("pages and hashed assets carry the security headers and the right cache lifetimes", async ({ page, request, delivery }) => {
    const pageResponse = await request.get(overview.path);
    expect(pageResponse.headers()["content-type"]).toMatch(/^text\/html/);
    // A CDN in front revalidates pages soon after a deploy.
    expect(pageResponse.headers()["cache-control"]).toBe(cacheControl.other);
    expectSecurityHeaders(pageResponse, delivery);

    await page.goto(overview.path);
    const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
    expect(stylesheet).toMatch(/^\/_next\/static\//);
    const asset = await request.get(stylesheet!);
    expect(asset.headers()["content-type"]).toMatch(/^text\/css/);
    expect(asset.headers()["cache-control"]).toBe(cacheControl.hashedAsset);
    expectSecurityHeaders(asset, delivery);
  });

  test("pages load and navigate within the Content-Security-Policy", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("/");
    await page.getByRole("link", { name: overview.career.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${overview.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: overview.career.title })).toBeVisible();
    expect(errors, "console errors, CSP violations among them").toEqual([]);
  });

  test("an unknown address answers 404 with the site's error page and headers", async ({ request, delivery }) => {
    const response = await request.get("/careers/no-such-career/");
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toMatch(/^text\/html/);
    expect(await response.text()).toContain("couldn’t find that page");
    expectSecurityHeaders(response, delivery);
  });

  test("a folder without a page answers 404 with the site's error page", async ({ request }) => {
    const response = await request.get("/careers/");
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain("couldn’t find that page");
  });

  test("each page has one address: its index.html is never served as another", async ({ request }) => {
    for (const path of ["/", overview.path]) {
      const response = await request.get(`${path}index.html`, { maxRedirects: 0 });
      expect([301, 308, 404], `status for ${path}index.html`).toContain(response.status());
      if (response.status() !== 404) expect(new URL(response.headers()["location"] ?? "", "http://host").pathname).toBe(path);
    }
  });

  test("an address without the trailing slash redirects to the one with it", async ({ request }) => {
    for (const path of [overview.path, comparison.path]) {
      const response = await request.get(path.replace(/\/$/, ""), { maxRedirects: 0 });
      expect([301, 308], `status for ${path} without its slash`).toContain(response.status());
      expect(new URL(response.headers()["location"] ?? "", "http://host").pathname).toBe(path);
    }
  });
});
