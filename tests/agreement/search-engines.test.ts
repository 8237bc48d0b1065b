import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { currentPages, type CurrentPage } from "@/lib/pages";
import { generatedSite } from "../../scripts/lib/generated-site";
import { pageHead } from "../page-head";
import { pageFile } from "./crawl";

/*
 * What every page a crawler can reach says of itself in its head, read from the export as a static
 * host serves it, byte for byte: the heads are the same HTML in both deliveries, and what the
 * deliveries add (headers, status codes) is read from each in tests/e2e/. Former addresses are
 * read in moved.spec.ts.
 */

const { exportDir, basePath, siteUrl } = generatedSite;
const pages = currentPages();
const structuredDataTypes: Record<CurrentPage["kind"], string[]> = {
  home: ["WebSite"],
  family: ["BreadcrumbList", "CollectionPage"],
  titleIndex: ["BreadcrumbList", "CollectionPage"],
  career: ["BreadcrumbList", "Occupation"],
  level: ["BreadcrumbList", "Occupation"],
  compare: ["BreadcrumbList"],
  move: ["BreadcrumbList"],
};

const jsonLdSchema = z.object({
  "@graph": z.array(z.object({ "@type": z.string(), url: z.string().optional(), itemListElement: z.array(z.object({ item: z.string() })).optional() })),
});

let heads: Map<CurrentPage, ReturnType<typeof pageHead>>;
beforeAll(() => {
  heads = new Map(pages.map((page) => [page, pageHead(readFileSync(pageFile(exportDir, page.path, basePath), "utf8"))]));
});

describe("search engines", () => {
  it("find on every page its canonical address, social cards and structured data on the deploy origin, and an Edit link to the file behind it", () => {
    for (const [page, head] of heads) {
      const { path } = page;
      expect(head.editLink, `Edit this page on ${path}`).toBe("editUrl" in page ? page.editUrl : undefined);
      const canonical = new URL(path, siteUrl).href;
      expect(head.lang, path).toBe("en");
      expect(head.link("canonical"), path).toBe(canonical);
      expect(head.meta("og:url"), path).toBe(canonical);
      expect(head.meta("og:title"), path).toBeTruthy();
      expect(head.meta("og:description"), path).toBe(head.meta("description"));
      expect(head.meta("twitter:card"), path).toBe("summary_large_image");
      // delivery.spec.ts fetches the cards of the pages a browser reads, from both deliveries.
      const image = head.meta("og:image");
      expect(image?.startsWith(siteUrl), `og:image ${image} of ${path} under ${siteUrl}`).toBe(true);
      expect(head.meta("twitter:image"), path).toBe(image);

      expect(head.jsonLd, path).toHaveLength(1);
      const graph = jsonLdSchema.parse(JSON.parse(head.jsonLd[0]!))["@graph"];
      expect(
        graph.map((node) => node["@type"]),
        path,
      ).toEqual(structuredDataTypes[page.kind]);
      for (const node of graph) {
        if (node["@type"] === "BreadcrumbList") expect(node.itemListElement?.at(-1)?.item, path).toBe(canonical);
        else expect(node.url, path).toBe(canonical);
      }
    }
  });

  it("find on every page a title and a description of its own", () => {
    const seen = new Map<string, string>();
    for (const [{ path }, { title, meta }] of heads) {
      const description = meta("description") ?? "";
      expect(description.length, `description of ${path}`).toBeGreaterThan(50);
      for (const text of [title, description]) {
        expect(seen.get(text), `"${text}" on ${path}`).toBeUndefined();
        seen.set(text, path);
      }
    }
  });
});
