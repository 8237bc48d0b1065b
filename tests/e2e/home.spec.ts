import { expect, test } from "./fixtures";
import { getCareers } from "../../lib/content";
import { paths } from "../../lib/site";
import { expectNoAxeViolations, expectTargetsAtLeast24px } from "./accessibility";

// The guide's own home, served by `next start` (playwright.config.ts): a guide of a few careers shows
// each with its ladder, which the export's catalogue is too large to (its home leads to families
// and the A-Z instead, read in the export's own specs).
const careers = getCareers();

test("home lists each of the guide's careers with its ladder, one link per destination", async ({ page }) => {
  await page.goto(paths.home());
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const career of careers) {
    await expect(page.getByRole("link", { name: career.title, exact: true })).toHaveAttribute("href", paths.career(career.slug));
    await expect(page.getByText(career.tagline)).toBeVisible();
    const ladder = page.getByRole("list", { name: `${career.title} levels` });
    for (const level of career.levels) {
      await expect(ladder.getByRole("link", { name: `Step ${level.step}: ${level.title}` })).toHaveAttribute("href", paths.level(career.slug, level.slug));
    }
    await expectTargetsAtLeast24px(ladder.getByRole("link"));
  }
  const hrefs = await page
    .getByRole("main")
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  await expectNoAxeViolations(page);
});
