import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { getCareers } from "../../lib/content";
import { currentPages, getPages, samplePages } from "../../lib/pages";
import { paths } from "../../lib/site";
import { generatedSite } from "../../scripts/lib/generated-site";
import { ownCareerSlugs } from "../../scripts/lib/own-careers";
import { syntheticCareers } from "../../scripts/lib/synthetic-content";
import { LONG_LADDER, UNBROKEN_CAREER } from "../awkward-content";

// Every page of the generated awkward careers (tests/awkward-content.ts), whose unbroken career puts
// the longest word each field allows, code, addresses and a wide table through every kind of page;
// of the synthetic catalogue beside them, which only adds more of the same, the first page of each kind.
const careers = getCareers();
const syntheticSlugs = new Set(syntheticCareers(generatedSite.syntheticCareers).map((career) => career.slug));
const pages = currentPages(getPages(careers));
// A ladder's levels differ in what they inherit, which grows up the ladder: its first and last stand
// for the rest, and a long ladder's middle for the steps between them.
const standsForItsLadder = (page: (typeof pages)[number]) => {
  if (page.kind !== "level") return true;
  const { levels } = page.career;
  const index = levels.findIndex((level) => level.slug === page.level.slug);
  // A fork's page shows each track's next level side by side.
  return [0, levels.length - 1, ...(levels.length === LONG_LADDER ? [Math.floor(levels.length / 2)] : [])].includes(index) || page.level.nextSteps.length > 1;
};
// The site's own guide beside them is written to fit, and read in full in pages.spec.ts (its comparison at 320 to 1280 px).
const ownSlugs = ownCareerSlugs();
const awkward = pages.filter(
  (page) => "career" in page && !syntheticSlugs.has(page.career.slug) && !ownSlugs.has(page.career.slug) && standsForItsLadder(page),
);
const addresses = [...new Set([...samplePages(pages), ...awkward].map((page) => page.path)), `${paths.home()}no-such-page/`];

/** The narrowest phone in use, and a desktop, where a long ladder could run off the side. */
const WIDTHS = [320, 1280];
/** The narrowest a step of the ladder may get and still show its number and a word of its title. */
const NARROWEST_STEP = 48;

/**
 * What shows past the window's left or right edge, outside any box that scrolls or clips it: text
 * (measured by its own lines, not its element's box) and boxes, each described for the report.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Text for screen readers alone (the "sr-only" pattern: a 1 px box clipped to nothing) is not on the screen.
    const offScreenOrInBoxThatScrolls = (node: Node) => {
      for (let element = node instanceof Element ? node : node.parentElement; element && element !== document.body; element = element.parentElement) {
        const style = getComputedStyle(element);
        if (style.clipPath !== "none" || (element !== node && style.overflowX !== "visible")) return true;
      }
      return false;
    };
    const boxOf = (node: Node) => {
      if (node instanceof Element) return node.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect();
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const box = boxOf(node);
      if (box.width === 0 || box.height === 0 || (box.left >= -0.5 && box.right <= width + 0.5) || offScreenOrInBoxThatScrolls(node)) continue;
      const element = node instanceof Element ? node : node.parentElement!;
      found.push(
        `<${element.tagName.toLowerCase()} class="${element.className}"> "${(node.textContent ?? "").trim().slice(0, 40)}" spans ${Math.round(box.left)}-${Math.round(box.right)} px`,
      );
    }
    return found;
  });
}

// One load a page: the pages carry no script, so a window made wider lays the same page out again.
for (const address of addresses) {
  test(`${address} fits the screen at ${WIDTHS.join(" and ")} px, with no sideways scrolling`, async ({ page }) => {
    for (const [index, width] of WIDTHS.entries()) {
      await page.setViewportSize({ width, height: 800 });
      if (index === 0) await page.goto(address);
      expect(await overflowing(page), `at ${width} px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `at ${width} px`).toBeLessThanOrEqual(width);
      const steps = page.getByRole("navigation", { name: /career path$/ }).getByRole("listitem");
      for (const step of await steps.all()) expect((await step.boundingBox())!.width, `at ${width} px`).toBeGreaterThanOrEqual(NARROWEST_STEP);
    }
  });
}

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 800 } });
  const unbroken = careers.find((career) => career.slug === UNBROKEN_CAREER)!;

  test("a table wider than the screen scrolls in its own box, and stays a table", async ({ page }) => {
    await page.goto(paths.level(unbroken.slug, unbroken.levels[0]!.slug));
    const table = page.getByRole("region", { name: /^More about/ }).getByRole("table");
    await expect(table.getByRole("columnheader", { name: "Responsibilities" })).toBeVisible();
    const { scrollWidth, clientWidth } = await table.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
  });

  test(`a ladder of ${LONG_LADDER} levels shows the reader's step between its neighbours, and links to them all`, async ({ page }) => {
    const current = unbroken.levels[6]!;
    await page.goto(paths.level(unbroken.slug, current.slug));
    const ladder = page.getByRole("navigation", { name: `${unbroken.title} career path` });
    await expect(ladder.getByRole("listitem")).toHaveText([`6${unbroken.levels[5]!.title}`, `7${current.title}`, `8${unbroken.levels[7]!.title}`]);
    await expect(ladder.getByRole("link", { name: `All ${LONG_LADDER} levels` })).toHaveAttribute("href", `${paths.career(unbroken.slug)}#path`);
  });
});
