import type { Page } from "@playwright/test";
import { z } from "zod";
import { currentPages, type CurrentPage } from "../../lib/pages";
import { expect, pagesToRead, test } from "./fixtures";

// Generated from the page registry: what each page a crawler can reach should describe, on the
// pages a browser reads (moved.spec.ts reads the former addresses), and every page's own title and
// description. Each page's head is the same HTML in both deliveries, so it is read on the export, as deployed.
const pages = pagesToRead();
const structuredDataTypes: Record<CurrentPage["kind"], string[]> = {
  home: ["WebSite"],
  family: ["BreadcrumbList", "CollectionPage"],
  titleIndex: ["BreadcrumbList", "CollectionPage"],
  career: ["BreadcrumbList", "Occupation"],
  level: ["BreadcrumbList", "Occupation"],
  compare: ["BreadcrumbList"],
};

const jsonLdSchema = z.object({
  "@graph": z.array(z.object({ "@type": z.string(), url: z.string().optional(), itemListElement: z.array(z.object({ item: z.string() })).optional() })),
});

const metaContent = (page: Page, attribute: "name" | "property", value: string) => page.locator(`meta[${attribute}="${value}"]`).getAttribute("content");

test.describe("search engines", () => {
  for (const { path, kind } of pages) {
    test(`${path} has canonical, social cards and structured data on the deploy origin`, async ({ page, siteUrl }) => {
      await page.goto(path);
      const canonical = new URL(path, siteUrl).href;
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", canonical);
      expect(await metaContent(page, "property", "og:url")).toBe(canonical);
      expect(await metaContent(page, "property", "og:title")).toBeTruthy();
      expect(await metaContent(page, "property", "og:description")).toBe(await metaContent(page, "name", "description"));
      expect(await metaContent(page, "name", "twitter:card")).toBe("summary_large_image");
      // delivery.spec.ts fetches each card from both deliveries.
      const image = await metaContent(page, "property", "og:image");
      expect(image?.startsWith(`${siteUrl}/`), `og:image ${image} on ${siteUrl}`).toBe(true);
      expect(await metaContent(page, "name", "twitter:image")).toBe(image);

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

  test("every page has its own title and description", async ({ request }) => {
    const seen = new Map<string, string>();
    const decode = (html: string) =>
      html.replace(
        /&(amp|lt|gt|quot|#x27|#39);/g,
        (entity) => ({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" })[entity]!,
      );
    for (const { path } of currentPages()) {
      const html = await (await request.get(path)).text();
      const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "");
      const description = decode(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? "");
      expect(description.length, `description of ${path}`).toBeGreaterThan(50);
      for (const text of [title, description]) {
        expect(seen.get(text), `"${text}" on ${path}`).toBeUndefined();
        seen.set(text, path);
      }
    }
  });

  test("every page's Edit this page link opens the file behind it", async ({ page }) => {
    for (const registered of pages) {
      if (!("editUrl" in registered)) continue;
      await page.goto(registered.path);
      await expect(page.getByRole("link", { name: "Edit this page" }), registered.path).toHaveAttribute("href", registered.editUrl);
    }
  });
});
