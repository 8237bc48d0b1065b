import { expect, test } from "./fixtures";
import { homeShowsEveryCareer, majorGroupOf, OTHER_FAMILY } from "../../lib/browse";
import { getCareers } from "../../lib/content";
import { paths } from "../../lib/site";
import { expectNoAxeViolations, expectTargetsAtLeast24px } from "./accessibility";

// The guide's own home, served by `next start` (playwright.config.ts), tested as its content has it:
// a guide of a career or two shows each with its ladder (lib/browse/part-sizes.ts); a larger one
// leads to its families and the A-Z instead, as the export's catalogue does at a thousand careers.
const careers = getCareers();

const testEachCard = () =>
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

const testEachFamily = () =>
  test("home leads to each of the guide's careers through its family's page", async ({ page }) => {
    await page.goto(paths.home());
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const families = page.getByRole("region", { name: "Browse careers by family" });
    for (const career of careers) {
      const family = majorGroupOf(career) ?? OTHER_FAMILY;
      await expect(families.getByRole("link", { name: family.name, exact: true })).toHaveAttribute("href", paths.family(family.slug));
    }
    await expectNoAxeViolations(page);
    for (const family of new Set(careers.map((career) => majorGroupOf(career) ?? OTHER_FAMILY))) {
      await page.goto(paths.family(family.slug));
      for (const career of careers.filter((each) => (majorGroupOf(each) ?? OTHER_FAMILY) === family)) {
        await expect(page.getByRole("main").getByRole("link", { name: career.title, exact: true })).toHaveAttribute("href", paths.career(career.slug));
      }
    }
  });

if (homeShowsEveryCareer(careers)) testEachCard();
else testEachFamily();
