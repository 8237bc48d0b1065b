import { expect, test, type Page } from "@playwright/test";
import { getCareers } from "../../lib/content/load";
import { getPages } from "../../lib/pages";
import { paths } from "../../lib/site";
import { expectNoAxeViolations } from "./axe";

// Generated from the content: a new career or level is covered without new test code.
const careers = getCareers();

async function expectListItems(page: Page, sectionName: string, items: string[]) {
  const section = page.getByRole("region", { name: sectionName });
  for (const item of items) await expect(section.getByRole("listitem").filter({ hasText: item }).first()).toBeVisible();
}

test("home lists every career with its ladder", async ({ page }) => {
  await page.goto(paths.home());
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const career of careers) {
    await expect(page.getByRole("link", { name: career.title, exact: true })).toHaveAttribute("href", paths.career(career.slug));
    await expect(page.getByText(career.tagline)).toBeVisible();
    const ladder = page.getByRole("list", { name: `${career.title} levels` });
    for (const level of career.levels) await expect(ladder.getByRole("link", { name: level.title })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

for (const career of careers) {
  test.describe(career.title, () => {
    test("overview shows the role and links every level", async ({ page }) => {
      await page.goto(paths.career(career.slug));
      await expect(page).toHaveTitle(new RegExp(career.title));
      await expect(page.getByRole("heading", { level: 1, name: career.title })).toBeVisible();
      await expect(page.getByText(career.tagline)).toBeVisible();
      const ladder = page.getByRole("region", { name: "Career path" });
      for (const level of career.levels) {
        await expect(ladder.getByRole("link", { name: level.title, exact: true })).toHaveAttribute("href", paths.level(career.slug, level.slug));
        await expect(ladder.getByText(level.roles.join(", "))).toBeVisible();
      }
      await expect(page.getByRole("link", { name: /compare/i })).toHaveAttribute("href", paths.compare(career.slug));
      await expectNoAxeViolations(page);
    });

    for (const [index, level] of career.levels.entries()) {
      test(`${level.title} page shows roles, requirements and duties`, async ({ page }) => {
        await page.goto(paths.level(career.slug, level.slug));
        await expect(page.getByRole("heading", { level: 1, name: level.title })).toBeVisible();
        await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: career.title })).toBeVisible();
        await expectListItems(page, "Types of roles", level.roles);
        await expectListItems(page, "Duties", level.duties);
        const inherited = level.inheritedRequirements.flatMap((group) => group.requirements);
        await expectListItems(page, "What it takes to get there", [...inherited, ...level.requirements]);
        const requirements = page.getByRole("region", { name: "What it takes to get there" });
        for (const group of level.inheritedRequirements) {
          await expect(requirements.getByRole("link", { name: group.level.title })).toHaveAttribute("href", paths.level(career.slug, group.level.slug));
        }
        const pager = page.getByRole("navigation", { name: "Levels" });
        const previous = career.levels[index - 1];
        const next = career.levels[index + 1];
        if (previous) await expect(pager.getByRole("link", { name: new RegExp(previous.title) })).toHaveAttribute("href", paths.level(career.slug, previous.slug));
        if (next) await expect(pager.getByRole("link", { name: new RegExp(next.title) })).toHaveAttribute("href", paths.level(career.slug, next.slug));
        await expectNoAxeViolations(page);
      });
    }

    test("comparison table has a column per level in rank order", async ({ page }) => {
      await page.goto(paths.compare(career.slug));
      const table = page.getByRole("table");
      await expect(table.locator("caption")).toContainText(career.title);
      await expect(table.getByRole("columnheader")).toHaveText(career.levels.map((level) => level.title));
      await expect(table.getByRole("rowheader")).toHaveText(["Types of roles", "Requirements", "Duties"]);
      for (const [rowIndex, field] of (["roles", "requirements", "duties"] as const).entries()) {
        const cells = table.getByRole("row").nth(rowIndex + 1).getByRole("cell");
        for (const [column, level] of career.levels.entries()) {
          const expected = field === "requirements" ? [...level.requirements, ...level.inheritedRequirements.flatMap((group) => group.requirements)] : level[field];
          for (const item of expected) await expect(cells.nth(column).getByRole("listitem").filter({ hasText: item }).first()).toBeVisible();
        }
      }
      await expectNoAxeViolations(page);
    });

    test("comparison never scrolls the page sideways on a 360 px phone", async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(paths.compare(career.slug));
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth).toBeLessThanOrEqual(360);
      const region = page.getByRole("region", { name: new RegExp(career.title) }).filter({ has: page.getByRole("table") });
      await region.focus();
      await expect(region).toBeFocused();
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every page reads in full", async ({ page }) => {
    for (const registered of getPages()) {
      await page.goto(registered.path);
      await expect(page.getByRole("heading", { level: 1 }), registered.path).toBeVisible();
      if (registered.kind === "level") await expectListItems(page, "Duties", registered.level.duties);
    }
  });
});

test("an unknown address answers 404 with a way back", async ({ page }) => {
  const response = await page.goto("/careers/no-such-career/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("couldn’t find");
  await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
  await expectNoAxeViolations(page);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto(paths.home());
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to content" });
  await expect(skipLink).toBeFocused();
  await skipLink.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
