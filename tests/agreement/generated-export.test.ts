import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { titleKey } from "@/lib/browse";
import { breadcrumbsOf, currentPages, getPages, hasMoved, type Page } from "@/lib/pages";
import { readBudgets } from "../../scripts/lib/budget-file";
import { exportPageBudgets } from "../../scripts/lib/export-budget";
import { generatedSite } from "../../scripts/lib/generated-site";
import { ownCareers } from "../../scripts/lib/own-careers";
import { staticExportBuild } from "../../scripts/lib/page-weight";
import { syntheticCareers } from "../../scripts/lib/synthetic-content";
import { crawlExport, type ExportCrawl, pageFile } from "./crawl";

/*
 * npm test's generated export (awkward content and a catalogue of synthetic careers, see
 * write-content.ts), read as a static host serves it: every page within budget and within a few
 * clicks of the home page, and the structured data of a sample of each kind of page. The pages are
 * the registry's, listed from the same content (CONTENT_DIR, set by this folder's vitest config).
 */

const { exportDir, basePath } = generatedSite;
const pages = getPages();
const ofKind = (kind: string) => pages.filter((page) => page.kind === kind);
/** Listing pages the catalogue needs once it has more careers than the home page can show. */
const LISTING_KINDS = ["family", "titleIndex"];
const MAX_CLICKS = { career: 2, level: 3 };
/** How many failures a message names before it counts the rest. */
const NAMED = 20;

const named = (failures: string[]) => (failures.length > NAMED ? [...failures.slice(0, NAMED), `… and ${failures.length - NAMED} more`] : failures);

let crawl: ExportCrawl;
beforeAll(() => {
  crawl = crawlExport(exportDir, basePath);
});

describe(`the generated export in ${exportDir}`, () => {
  it("lists family pages and A-Z index pages", () => {
    const missing = LISTING_KINDS.filter((kind) => ofKind(kind).length === 0);
    expect(
      missing,
      `the registry (lib/pages) lists no pages of kind ${missing.join(", ")} for ${pages.filter((page) => page.kind === "career").length} careers`,
    ).toEqual([]);
  });

  it("reaches every page the registry lists by following links from the home page", () => {
    const unreached = currentPages(pages)
      .filter((page) => !crawl.clicks.has(page.path))
      .map((page) => `${page.kind} page ${page.path}: no chain of links from the home page reaches it`);
    expect(named(unreached)).toEqual([]);
  });

  it("carries no script in any page but its JSON-LD, so that every page works with the export's script-src 'none'", () => {
    const withScripts = pages.filter((page) => /<script(?! type="application\/ld\+json")/.test(readFileSync(pageFile(exportDir, page.path, basePath), "utf8")));
    expect(named(withScripts.map((page) => `${page.kind} page ${page.path} carries a script`))).toEqual([]);
  });

  it("keeps every former address as a page no page links to, which sends its reader to the page that moved", () => {
    const moved = pages.filter(hasMoved);
    expect(moved.length, "the generated content has former names (tests/awkward-content.ts)").toBeGreaterThan(0);
    const wrong = moved.flatMap((page) => {
      const html = readFileSync(pageFile(exportDir, page.path, basePath), "utf8");
      const refresh = html.match(/<meta http-equiv="refresh" content="([^"]*)"/)?.[1];
      const canonical = html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
      return [
        ...(crawl.clicks.has(page.path) ? [`${page.path} is linked from the site`] : []),
        ...(refresh === `0; url=${page.to.path}` ? [] : [`${page.path} refreshes to ${refresh}, not ${page.to.path}`]),
        ...(canonical && new URL(canonical).pathname === page.to.path ? [] : [`${page.path} names ${canonical} as canonical, not ${page.to.path}`]),
        ...(crawl.clicks.has(page.to.path) ? [] : [`${page.path} moved to ${page.to.path}, which the site does not link`]),
      ];
    });
    expect(named(wrong)).toEqual([]);
  });

  for (const [kind, most] of Object.entries(MAX_CLICKS)) {
    it(`puts every ${kind} page within ${most} clicks of the home page`, () => {
      const far = ofKind(kind).flatMap((page) => {
        const clicks = crawl.clicks.get(page.path);
        return clicks !== undefined && clicks <= most ? [] : [`${page.path}: ${clicks === undefined ? "unreachable" : `${clicks} clicks`}`];
      });
      expect(named(far)).toEqual([]);
    });
  }

  it("takes a reader who knows only their job title to its level within 2 clicks: a page one click from home shows the title beside a link to the level", () => {
    const nearHome = [...crawl.clicks].filter(([, clicks]) => clicks <= 1).map(([path]) => crawl.links.get(path)!);
    const unfound = pages.flatMap((page) => {
      if (page.kind !== "level") return [];
      const linksToLevel = nearHome.flatMap((links) => links.filter((link) => link.to === page.path));
      return page.level.roles.flatMap((role) => {
        const key = titleKey(role);
        const found = linksToLevel.some((link) => link.context.some((text) => titleKey(text).includes(key)));
        return found ? [] : [`"${role}" (${page.path}): no page one click from home shows the title with a link to the level`];
      });
    });
    expect(named(unfound)).toEqual([]);
  });

  // The awkward careers' own pages are left out: their every field is at its limit, and the limits
  // are for what the pages can hold, not for what a page weighs. Pages listing them are in, and so
  // are their former addresses, which show a title at its limit and no more; so are the site's own
  // guide and the catalogue, whose every page must fit.
  it("keeps every page of the site's own guide and of the catalogue under the export page budget (budgets.json exportPage)", () => {
    const weighedCareers = new Set([...ownCareers(), ...syntheticCareers(generatedSite.syntheticCareers)].map((career) => career.slug));
    const weighed = pages.filter((page) => !("career" in page) || weighedCareers.has(page.career.slug) || hasMoved(page));
    expect(weighed.length).toBeGreaterThan(weighedCareers.size);
    const over = exportPageBudgets(staticExportBuild(exportDir, basePath), weighed, readBudgets().exportPage)
      .filter((check) => !check.passed)
      .map(({ name, detail }) => `${name}: ${detail}`);
    expect(named(over)).toEqual([]);
  });
});

/** schema.org types each kind's structured data must have, beside the BreadcrumbList of every page below the home page. */
const EXPECTED_TYPES: Record<string, string[]> = {
  home: ["WebSite"],
  career: ["Occupation"],
  level: ["Occupation"],
  family: ["CollectionPage", "ItemList"],
  index: ["CollectionPage", "ItemList"],
};

type Node = Record<string, unknown>;

/** Every schema.org node in a page's JSON-LD, nested ones too (a CollectionPage's `mainEntity`). */
function structuredNodes(html: string): Node[] {
  const nodes: Node[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === "object") {
      if ("@type" in value) nodes.push(value as Node);
      Object.values(value).forEach(collect);
    }
  };
  for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) collect(JSON.parse(json!));
  return nodes;
}

const pathOf = (url: unknown) => new URL(typeof url === "string" ? url : String((url as Node | undefined)?.["@id"] ?? (url as Node | undefined)?.url)).pathname;

/** The first, a middle and the last page of each kind. */
const sample = (ofOneKind: Page[]) => [...new Set([ofOneKind[0]!, ofOneKind[Math.floor(ofOneKind.length / 2)]!, ofOneKind.at(-1)!])];

describe("structured data on a sample of each kind of page", () => {
  for (const kind of [...new Set(pages.map((page) => page.kind))]) {
    for (const page of sample(ofKind(kind))) {
      it(`${kind} page ${page.path}`, () => {
        const html = readFileSync(pageFile(exportDir, page.path, basePath), "utf8");
        const nodes = structuredNodes(html);
        const types = nodes.map((node) => node["@type"]);
        for (const type of EXPECTED_TYPES[kind] ?? []) expect(types, `${page.path} has no ${type} in its JSON-LD`).toContain(type);

        const trail = breadcrumbsOf(page);
        const breadcrumbs = nodes.find((node) => node["@type"] === "BreadcrumbList");
        if (trail.length === 0) expect(breadcrumbs, `${page.path} is the top of the trail and has no BreadcrumbList`).toBeUndefined();
        else {
          const items = (breadcrumbs?.itemListElement ?? []) as Node[];
          expect(
            items.map((item) => ({ position: item.position, name: item.name, path: pathOf(item.item) })),
            `${page.path}'s BreadcrumbList`,
          ).toEqual(trail.map((crumb, index) => ({ position: index + 1, name: crumb.name, path: crumb.href })));
        }

        // What a listing says it lists is what the page links to.
        const linked = new Set((crawl.links.get(page.path) ?? []).map((link) => link.to));
        for (const list of nodes.filter((node) => node["@type"] === "ItemList")) {
          const listed = ((list.itemListElement ?? []) as Node[]).map((item) => pathOf(item.url ?? item.item));
          expect(listed.length, `${page.path}'s ItemList lists nothing`).toBeGreaterThan(0);
          expect(
            listed.filter((path) => !linked.has(path)),
            `${page.path}'s ItemList names pages the page does not link to`,
          ).toEqual([]);
        }
      });
    }
  }
});
