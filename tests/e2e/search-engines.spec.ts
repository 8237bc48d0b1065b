import { z } from "zod";
import { currentPages, type CurrentPage } from "../../lib/pages";
import { expect, headOf, test } from "./fixtures";

// Generated from the page registry: what every page a crawler can reach says of itself in its head,
// read as a crawler reads it, from the HTML served (moved.spec.ts reads the former addresses). Each
// page's head is the same HTML in both deliveries, so it is read on the export, as deployed.
const pages = currentPages();
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

// Ten at a time: a few hundred pages are read in seconds.
async function eachPage(paths: readonly string[], check: (path: string) => Promise<void>) {
  for (let first = 0; first < paths.length; first += 10) await Promise.all(paths.slice(first, first + 10).map(check));
}

test.describe("search engines", () => {
  test("every page has canonical, social cards and structured data on the deploy origin, and an Edit link to the file behind it", async ({
    request,
    siteUrl,
  }) => {
    // Every page of the export, ten at a time: a limit that only catches a hang on a busy machine.
    test.setTimeout(120_000);
    const kinds = new Map(pages.map((page) => [page.path, page.kind]));
    const editUrls = new Map(pages.map((page) => [page.path, "editUrl" in page ? page.editUrl : undefined]));
    await eachPage([...kinds.keys()], async (path) => {
      const head = await headOf(request, path);
      expect(head.editLink, `Edit this page on ${path}`).toBe(editUrls.get(path));
      const canonical = new URL(path, siteUrl).href;
      expect(head.lang, path).toBe("en");
      expect(head.link("canonical"), path).toBe(canonical);
      expect(head.meta("og:url"), path).toBe(canonical);
      expect(head.meta("og:title"), path).toBeTruthy();
      expect(head.meta("og:description"), path).toBe(head.meta("description"));
      expect(head.meta("twitter:card"), path).toBe("summary_large_image");
      // delivery.spec.ts fetches each card from both deliveries.
      const image = head.meta("og:image");
      expect(image?.startsWith(`${siteUrl}/`), `og:image ${image} of ${path} on ${siteUrl}`).toBe(true);
      expect(head.meta("twitter:image"), path).toBe(image);

      expect(head.jsonLd, path).toHaveLength(1);
      const graph = jsonLdSchema.parse(JSON.parse(head.jsonLd[0]!))["@graph"];
      expect(
        graph.map((node) => node["@type"]),
        path,
      ).toEqual(structuredDataTypes[kinds.get(path)!]);
      for (const node of graph) {
        if (node["@type"] === "BreadcrumbList") expect(node.itemListElement?.at(-1)?.item, path).toBe(canonical);
        else expect(node.url, path).toBe(canonical);
      }
    });
  });

  test("every page has its own title and description", async ({ request }) => {
    const heads = new Map<string, { title: string; description: string }>();
    await eachPage(
      pages.map((page) => page.path),
      async (path) => {
        const head = await headOf(request, path);
        heads.set(path, { title: head.title, description: head.meta("description") ?? "" });
      },
    );
    const seen = new Map<string, string>();
    for (const [path, { title, description }] of heads) {
      expect(description.length, `description of ${path}`).toBeGreaterThan(50);
      for (const text of [title, description]) {
        expect(seen.get(text), `"${text}" on ${path}`).toBeUndefined();
        seen.set(text, path);
      }
    }
  });
});
