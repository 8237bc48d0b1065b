import { getPages, hasMoved } from "../../lib/pages";
import { expect, test } from "./fixtures";

// Generated from the page registry: every former address (`aliases`) of the export under test,
// whose generated content has a renamed career and level with the most former names. Every one is
// read as a crawler reads it; Chromium follows one of each route's, as they share one markup.
const moved = getPages().filter(hasMoved);
const followed = new Set([...new Map(moved.map((page) => [page.route, page])).values()]);

// A generous limit that still catches a hang: each former address is two requests and a redirect.
test.describe.configure({ timeout: 120_000 });

const attribute = (html: string, element: RegExp) => html.match(element)?.[1];

test("every former address sends the browser on to the page that moved, without a script, and names it to search engines", async ({
  browser,
  siteUrl,
}, testInfo) => {
  expect(moved.length, "former addresses in the content under test").toBeGreaterThan(0);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const { path, to } of moved) {
    // As a crawler reads it, before any refresh: the new address as canonical, and not to be indexed.
    const response = await context.request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(attribute(html, /<link rel="canonical" href="([^"]*)"/), path).toBe(new URL(to.path, siteUrl).href);
    expect(attribute(html, /<meta name="robots" content="([^"]*)"/), path).toBe("noindex, follow");
    expect(attribute(html, /<meta http-equiv="refresh" content="([^"]*)"/), path).toBe(`0; url=${to.path}`);
    expect(html, path).not.toMatch(/<script(?! type="application\/ld\+json")/);
  }
  expect([...followed].map((page) => page.route).sort()).toEqual(["career", "compare", "level", "move"]);
  for (const { path, to } of followed) {
    await page.goto(path);
    await expect(page, path).toHaveURL(new URL(to.path, testInfo.project.use.baseURL).href);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
  }
  await context.close();
});
