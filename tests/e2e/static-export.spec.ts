import { currentPages } from "../../lib/pages";
import { pageContentSecurityPolicy } from "../../lib/security-headers";
import { paths } from "../../lib/site";
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
  for (const path of [`${paths.home()}404/`, `${paths.home()}_not-found/`]) expect((await request.get(path)).status(), path).toBe(404);
});

test("each page's own Content-Security-Policy, first in its head, stops an inline script where no header would", async ({ page, request }) => {
  await page.goto(paths.home());
  const first = page.locator("head > :first-child");
  await expect(first).toHaveAttribute("http-equiv", "Content-Security-Policy");
  await expect(first).toHaveAttribute("content", pageContentSecurityPolicy());

  // The home page with a script slipped in, served as a host that sends no headers (GitHub Pages)
  // serves it: the policy in its head is all that stands in the way.
  const html = (await (await request.get(paths.home())).text()).replace("</body>", '<script>document.documentElement.dataset.ran = "yes"</script></body>');
  const address = `${paths.home()}served-without-headers/`;
  let body = html;
  await page.route((url) => url.pathname === address, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body }));
  const scriptRan = async () => {
    await page.goto(address);
    return (await page.locator("html").getAttribute("data-ran")) === "yes";
  };
  expect(await scriptRan(), "the script ran despite the page's policy").toBe(false);
  // Without its policy the same page runs it: what stopped it was the policy alone.
  body = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
  expect(body).not.toBe(html);
  expect(await scriptRan(), "the page ran no script even without its policy").toBe(true);
});
