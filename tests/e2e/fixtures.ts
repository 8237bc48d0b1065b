import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { currentPages, type CurrentPage } from "../../lib/pages";
import { type Delivery, type PolicyScope, securityHeadersFor } from "../../lib/security-headers";
import { ownCareerSlugs } from "../../scripts/lib/own-careers";
import { pageHead } from "../page-head";

export interface SiteOptions {
  /** The origin of the served build's absolute URLs: its SITE_URL, or localhost on its port. */
  siteUrl: string;
  /** How the site under test is served, which decides the headers it must send. */
  delivery: Delivery;
}

// playwright.config.ts sets the options for each project.
export const test = base.extend<SiteOptions, { tab: Page }>({
  siteUrl: ["", { option: true }],
  delivery: ["next-start", { option: true }],
  // The tests read pages and leave nothing behind (the site keeps no cookies or storage), so they
  // share one tab per worker: a tab of its own per test cost Chromium a new renderer process each
  // time, 0.3 to 0.7 s, often more than the test's own checks. A test that needs a context of its
  // own (scripts off) opens one. baseURL is a per-test option, so the tab reads the project's.
  tab: [
    async ({ browser }, provide, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      await provide(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
  // Each test gets the tab as a new one would be: its viewport (test.use may set one), the light
  // scheme on screen, no listeners or routes from the test before, and a blank page.
  page: async ({ tab, viewport }, provide) => {
    await tab.setViewportSize(viewport ?? { width: 1280, height: 720 });
    await tab.emulateMedia({ colorScheme: "light", media: "screen" });
    await provide(tab);
    await tab.removeAllListeners();
    await tab.unrouteAll({ behavior: "ignoreErrors" });
    await tab.context().clearCookies();
    await tab.goto("about:blank");
  },
});
export { expect };

/** The security headers of `delivery`, each sent once (hosts and browsers join repeated ones), with the policy of `scope`. */
export function expectSecurityHeaders(headers: { name: string; value: string }[], delivery: Delivery, scope: PolicyScope = "page") {
  const values = (name: string) => headers.filter((header) => header.name.toLowerCase() === name.toLowerCase()).map((header) => header.value);
  for (const { key, value } of securityHeadersFor(delivery, scope)) expect(values(key), key).toEqual([value]);
  expect(values("x-powered-by")).toEqual([]);
}

/**
 * The pages a browser reads one by one: every page of the site's own guide, and the first, middle
 * and last page of each kind in the content under test (the export's holds generated careers beside
 * the guide). Each kind is drawn by one route from the same components, so these stand for the
 * rest, whose HTML the export checks (tests/agreement/), the HTML validation and the link check
 * read page by page.
 */
export function pagesToRead(pages: CurrentPage[] = currentPages()): CurrentPage[] {
  const ownSlugs = ownCareerSlugs();
  const kinds = [...new Set(pages.map((page) => page.kind))];
  const samples = kinds.flatMap((kind) => {
    const ofKind = pages.filter((page) => page.kind === kind);
    return [ofKind[0]!, ofKind[Math.floor(ofKind.length / 2)]!, ofKind.at(-1)!];
  });
  return pages.filter((page) => ("career" in page && ownSlugs.has(page.career.slug)) || samples.includes(page));
}

/** The head of the page at `path` as served (pageHead). */
export const headOf = async (request: APIRequestContext, path: string) => pageHead(await (await request.get(path)).text());
