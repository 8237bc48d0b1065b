import { readFileSync } from "node:fs";
import path from "node:path";
import tailwindcss from "@tailwindcss/postcss";
import { type Browser, chromium, type Page } from "playwright";
import postcss from "postcss";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CareerComparison } from "@/components/career-comparison";
import type { Career, Level } from "@/lib/content";
import { chromiumLaunchOptions } from "@/scripts/lib/chromium";
import { fixtureCareer } from "./fixture-career";

// The comparison as the site draws it: the component's HTML inside the layout's column, styled by
// the site's stylesheet built as the build does, in the browser the site is tested with.
let browser: Browser;
let css: string;

beforeAll(async () => {
  const from = path.resolve("app/globals.css");
  css = (await postcss(tailwindcss({ base: process.cwd() })).process(readFileSync(from, "utf8"), { from })).css;
  browser = await chromium.launch(chromiumLaunchOptions());
}, 60_000);
afterAll(() => browser?.close());

const LONG_WORD = "Interdepartmentalanalyticsgovernancecoordinator";

/** A career of `count` levels whose every text holds a word longer than a column is wide. */
function careerOf(count: number): Career {
  const levels = Array.from({ length: count }, (_, index): Level => {
    const model = fixtureCareer.levels[index % fixtureCareer.levels.length]!;
    return {
      ...model,
      slug: `level-${index + 1}`,
      title: `${LONG_WORD} ${index + 1}`,
      roles: [`${LONG_WORD} role`, "Analyst"],
      requirements: [`${LONG_WORD} requirement`],
      duties: [`${LONG_WORD} duty`, "Build reports"],
      certifications: [{ name: `${LONG_WORD} certificate`, issuer: LONG_WORD, url: `https://example.org/${LONG_WORD}` }],
    };
  });
  return { ...fixtureCareer, levels };
}

async function show(career: Career, width: number, media: "screen" | "print"): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.emulateMedia({ media });
  const comparison = renderToStaticMarkup(<CareerComparison career={career} />);
  await page.setContent(
    `<!doctype html><html lang="en"><head><style>${css}</style></head><body>` +
      `<main class="mx-auto w-full max-w-5xl px-4 sm:px-6"><article class="comparison-page">${comparison}</article></main></body></html>`,
  );
  return page;
}

/** Each displayed cell or block whose text runs past its edge, by its first words. */
const clippedIn = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) =>
    elements
      .filter((element) => element.getClientRects().length > 0 && element.scrollWidth > element.clientWidth)
      .map((element) => element.textContent?.slice(0, 40)),
  );

const tableShown = (page: Page) => page.locator("table").isVisible();
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe("the comparison's layout", () => {
  it("shows five levels at 1024 px as a table whose cells wrap every word inside them", async () => {
    const page = await show(careerOf(5), 1024, "screen");
    expect(await tableShown(page)).toBe(true);
    expect(await clippedIn(page, "th, td")).toEqual([]);
    expect(await pageWidth(page)).toBeLessThanOrEqual(1024);
    await page.close();
  });

  it("shows eight levels at 1024 and 1280 px as blocks, too many for columns of a readable width", async () => {
    for (const width of [1024, 1280]) {
      const page = await show(careerOf(8), width, "screen");
      expect(await tableShown(page), `${width} px`).toBe(false);
      expect(await page.locator(".comparison-narrow section").count()).toBe(8);
      expect(await clippedIn(page, ".comparison-narrow section, .comparison-narrow li"), `${width} px`).toEqual([]);
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await page.close();
    }
  });

  it("prints eight levels as one table on landscape paper, every cell wrapped inside it", async () => {
    // A4 landscape less the print margins (globals.css), in CSS pixels.
    const page = await show(careerOf(8), 1009, "print");
    expect(await tableShown(page)).toBe(true);
    expect(await clippedIn(page, "th, td")).toEqual([]);
    await page.close();
  });
});
