import type { Page } from "@playwright/test";
import { familiesOf } from "../../lib/browse";
import { getCareers } from "../../lib/content";
import { browseLinksOf } from "../../lib/pages/browse";
import { pageContentSecurityPolicy } from "../../lib/security-headers";
import { paths, site } from "../../lib/site";
import { expectNoAxeViolations } from "./accessibility";
import { expect, expectSecurityHeaders, test } from "./fixtures";

// Generated from the content under test: on the export, the real guide beside awkward and synthetic careers.
const careers = getCareers();
const familyOf = new Map(familiesOf(careers).flatMap((family) => family.careers.map((career) => [career.slug, family.name] as const)));
const levelsHolding = (role: string) =>
  careers.flatMap((career) => career.levels.filter((level) => level.roles.includes(role)).map((level) => ({ career, level })));
const allRoles = [...new Set(careers.flatMap((career) => career.levels.flatMap((level) => level.roles)))];
// A plain job title that several careers' levels hold (no more than a page of results lists), in
// careers of more than one family where the content has them.
const sharedRole = allRoles
  .filter((role) => /^[A-Za-z ]+$/.test(role) && levelsHolding(role).length > 1 && levelsHolding(role).length <= 10)
  .sort(
    (a, b) =>
      new Set(levelsHolding(b).map(({ career }) => familyOf.get(career.slug))).size -
      new Set(levelsHolding(a).map(({ career }) => familyOf.get(career.slug))).size,
  )[0]!;
// A job title one word of which ends in "er" ("Recruiter"), searched by its stem ("recruit").
const agentRole = allRoles.find((role) => /^[A-Za-z ]+$/.test(role) && role.split(" ").some((word) => /^[A-Z][a-z]{4,}er$/.test(word)))!;
const agentStem = agentRole
  .split(" ")
  .find((word) => /^[A-Z][a-z]{4,}er$/.test(word))!
  .slice(0, -2)
  .toLowerCase();
// The awkward content's titles hold markup (tests/awkward-content.ts).
const hostile = careers.find((career) => /<img|<\/mark>/.test(career.title))!;

const results = (page: Page) => page.getByRole("list", { name: "Results" });
const resultLinks = (page: Page) => results(page).getByRole("link");
const hrefs = (page: Page) => resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute("href")));
const searchFor = (query: string, family?: string) => `${paths.search()}?${new URLSearchParams({ q: query, ...(family ? { family } : {}) })}`;

test("a job title typed in the header of any page reaches its level in two steps, by keyboard alone", async ({ page }) => {
  const { career, level } = levelsHolding(sharedRole)[0]!;
  await page.goto(paths.career(career.slug));
  const header = page.getByRole("search", { name: "Search the guide" });
  await expect(header.getByRole("button", { name: "Search" })).toBeVisible();
  await header.getByRole("searchbox", { name: "Job title or career" }).fill(sharedRole);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${paths.search()}\\?q=`));
  await expect(page.getByRole("searchbox", { name: "Job title, career or skill" })).toHaveValue(sharedRole);
  await resultLinks(page)
    .and(page.locator(`[href="${paths.level(career.slug, level.slug)}"]`))
    .focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: level.title })).toBeVisible();
});

test("a job title held by several careers lists each of their levels, and the family filter narrows them", async ({ page }) => {
  const holders = levelsHolding(sharedRole);
  await page.goto(searchFor(sharedRole));
  await expect(page.getByRole("status")).toContainText(`for “${sharedRole}”`);
  await expect.poll(() => hrefs(page)).toEqual(expect.arrayContaining(holders.map(({ career, level }) => paths.level(career.slug, level.slug))));
  // Titles and job titles rank above the text that mentions them: the first results name every word searched.
  const words = sharedRole.toLowerCase().split(" ");
  const named = (href: string) =>
    careers.some(
      (career) =>
        (href === paths.career(career.slug) &&
          words.every(
            (word) => career.title.toLowerCase().includes(word) || career.levels.some((level) => level.roles.join(" ").toLowerCase().includes(word)),
          )) ||
        career.levels.some(
          (level) =>
            href === paths.level(career.slug, level.slug) && words.every((word) => `${level.title} ${level.roles.join(" ")}`.toLowerCase().includes(word)),
        ),
    );
  for (const href of (await hrefs(page)).slice(0, holders.length)) expect(named(href!), `${href} names “${sharedRole}”`).toBe(true);

  const family = familyOf.get(holders[0]!.career.slug)!;
  await page.getByRole("combobox", { name: "Family" }).selectOption(family);
  await expect(page).toHaveURL(/[?&]family=/);
  await expect(page.getByRole("status")).toContainText(` in ${family}`);
  const inFamily = holders.filter(({ career }) => familyOf.get(career.slug) === family);
  await expect.poll(() => hrefs(page)).toEqual(expect.arrayContaining(inFamily.map(({ career, level }) => paths.level(career.slug, level.slug))));
  const outside = new Set(careers.filter((career) => familyOf.get(career.slug) !== family).map((career) => paths.career(career.slug)));
  for (const href of await hrefs(page))
    expect(
      [...outside].some((careerPath) => href!.startsWith(careerPath)),
      href!,
    ).toBe(false);
  await expectNoAxeViolations(page);
});

test("a word form finds the job title and text it belongs to on a 320 px phone, and the address follows what is typed", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(paths.search());
  const box = page.getByRole("searchbox", { name: "Job title, career or skill" });
  await box.fill(agentStem);
  await expect(results(page).getByText(agentRole).first()).toBeVisible();
  // Shown with the results, not after them: a summary that grew a line later would push them down.
  expect(await page.locator("#search-summary").textContent()).toMatch(/^\d+ results? for/);
  await expect(page).toHaveURL(new RegExp(`\\?q=${agentStem}$`));
  await expect(page.getByRole("status")).toHaveText(/^\d+ results? for/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "no sideways scrolling").toBeLessThanOrEqual(320);

  await box.fill("zzqxv");
  await expect(page.getByRole("status")).toContainText("No results for “zzqxv”");
  await expect(page.getByRole("navigation", { name: "Job titles A to Z" }).getByRole("link").first()).toBeVisible();
});

test("the career a title names comes first, and a title shows as written, markup and all", async ({ page }) => {
  const own = careers.find((career) => career.title === "Human Resources Generalist") ?? careers[0]!;
  await page.goto(searchFor(own.title));
  await expect(resultLinks(page).first()).toHaveAttribute("href", paths.career(own.slug));
  const career = hostile;
  await page.goto(searchFor(career.title.replace(/[^\p{L}\p{N} ]+/gu, " ")));
  await expect(
    resultLinks(page)
      .filter({ hasText: career.title.replace(/\s+/g, " ").trim() })
      .first(),
  ).toHaveAttribute("href", paths.career(career.slug));
  await expect(results(page).locator("img, b")).toHaveCount(0);
});

test("the search page, its script and its index load from under the site's path, within the search page's policy", async ({ page, request, delivery }) => {
  const loaded: string[] = [];
  page.on("request", (sent) => loaded.push(new URL(sent.url()).pathname));
  await page.goto(searchFor(sharedRole));
  await expect(resultLinks(page).first()).toBeVisible();
  expect(loaded.filter((path) => !path.startsWith(`${site.basePath}/`))).toEqual([]);
  expect(loaded).toContain(paths.searchScript());

  // The one script the export keeps, on this page alone (tests/agreement/ finds none on the others).
  const served = await (await request.get(paths.search())).text();
  expect(served.match(/<script\b[^>]*>/g)?.filter((tag) => !tag.includes("application/ld+json"))).toEqual([
    `<script type="module" src="${paths.searchScript()}">`,
  ]);
  // Where no header is sent (GitHub Pages), the page's own; and Pagefind's worker takes the policy of its folder.
  await expect(page.locator('head > meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute("content", pageContentSecurityPolicy("search"));
  expectSecurityHeaders((await request.get(`${site.basePath}/pagefind/pagefind.js`)).headersArray(), delivery, "search");
});

test("the search page stays out of search engines' indexes, and every A-Z page leads to every letter", async ({ page, request }) => {
  const served = await (await request.get(paths.search())).text();
  expect(served).toMatch(/<meta name="robots" content="noindex, follow"\/>/);
  expect(await (await request.get(paths.sitemap())).text()).not.toContain(`${paths.search()}<`);

  const { letters } = browseLinksOf(careers);
  const middle = letters[Math.floor(letters.length / 2)]!;
  await page.goto(middle.parts[0]!);
  const bar = page.getByRole("navigation", { name: "Job titles A to Z" });
  await expect(bar.getByRole("link")).toHaveCount(letters.length);
  await expect(bar.locator('[aria-current="true"]')).toHaveText(middle.label);
  for (const letter of [letters[0]!, letters.at(-1)!])
    await expect(bar.getByRole("link", { name: letter.label, exact: true }).first()).toHaveAttribute("href", letter.parts[0]!);
});

// Chromium with scripts turned off by Playwright still parses <noscript> as if they ran, so the
// fallback is read from the page as served, as a browser without JavaScript reads it.
test("without JavaScript the search page says search needs it, and leads on by the A-Z and the families", async ({ request }) => {
  const html = await (await request.get(searchFor(sharedRole))).text();
  const fallback = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? "";
  expect(fallback).toContain("Search runs in your browser and needs JavaScript");
  const { letters, families } = browseLinksOf(careers);
  for (const href of [letters[0]!.parts[0]!, letters.at(-1)!.parts[0]!, families[0]!.href, families.at(-1)!.href]) expect(fallback).toContain(`href="${href}"`);
});
