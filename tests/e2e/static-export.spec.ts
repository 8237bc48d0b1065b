import { currentPages } from "../../lib/pages";
import { expect, test } from "./fixtures";

// The export as deployed (playwright.config.ts runs this file against it alone): every page; the
// former addresses, which send the browser on, in moved.spec.ts.
const pagePaths = currentPages().map((page) => page.path);

test("every page reads in full without loading or running a script", async ({ page }) => {
  const scriptRequests: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scriptRequests.push(request.url());
  });
  for (const path of pagePaths) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await expect(page.locator('script:not([type="application/ld+json"])'), path).toHaveCount(0);
  }
  expect(scriptRequests).toEqual([]);
});

test("Next.js's own copies of the 404 page answer 404", async ({ request }) => {
  for (const path of ["/404/", "/_not-found/"]) expect((await request.get(path)).status(), path).toBe(404);
});
