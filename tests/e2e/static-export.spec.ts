import { currentPages } from "../../lib/pages";
import { cacheControl, pageContentSecurityPolicy } from "../../lib/security-headers";
import { paths } from "../../lib/site";
import { expect, expectSecurityHeaders, pagesToRead, test } from "./fixtures";

// The export as deployed (playwright.config.ts runs this file against it alone): the pages a browser
// reads (tests/agreement/ finds no script in any exported page); the former addresses, which send
// the browser on, in moved.spec.ts.
const pagePaths = pagesToRead().map((page) => page.path);
const overview = currentPages().find((page) => page.kind === "career")!.path;

test("pages read in full without loading or running a script", async ({ page }) => {
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
  await page.route(
    (url) => url.pathname === address,
    (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body }),
  );
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

test("nginx keeps a line break in a redirected address encoded", async ({ request }) => {
  const response = await request.get(`/${paths.home().slice(1).replaceAll("/", "//")}careers/%0d%0aSet-Cookie:a=b/`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()["location"]).toBe(`${paths.home()}careers/%0D%0ASet-Cookie:a=b/`);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test("nginx sends each security header once, whatever the status of an answer that carries the page", async ({ request }) => {
  const answers: [string, Parameters<typeof request.fetch>[1], number][] = [
    // A range past the end is answered whole (nginx's 416 answer would repeat every header).
    [overview, { headers: { Range: "bytes=999999-" } }, 200],
    [overview, { method: "POST" }, 405],
    [overview, { headers: { "If-Unmodified-Since": "Mon, 01 Jan 2001 00:00:00 GMT" } }, 412],
    [overview, { headers: { "X-Large": "a".repeat(20_000) } }, 400],
    [`${paths.home()}${"a".repeat(9000)}/`, {}, 414],
  ];
  for (const [address, options, status] of answers) {
    const response = await request.fetch(address, { maxRedirects: 0, ...options });
    expect(response.status(), address.slice(0, 60)).toBe(status);
    expectSecurityHeaders(response.headersArray(), "static-export");
    expect(response.headers()["cache-control"]).toBe(cacheControl.other);
  }
});
