import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { comparisonTableFitsScreen } from "../../lib/comparison";
import { type CareerLevelRef, getCareers, type Level } from "../../lib/content";
import { careerPaths, growsFrom, levelOf, requirementsToReach } from "../../lib/ladder";
import { paths } from "../../lib/site";
import { ownCareerSlugs } from "../../scripts/lib/own-careers";
import { expectNoAxeViolations, expectTargetsAtLeast24px } from "./accessibility";

// Generated from the content: a new career or level is covered without new test code. The guide's
// own careers, read in the export that holds them beside generated ones (playwright.config.ts),
// and the first career there that forks into tracks, while the guide's own do not.
const ownSlugs = ownCareerSlugs();
const ownCareers = getCareers().filter((career) => ownSlugs.has(career.slug));
const forked = ownCareers.some((career) => career.tracks.length > 0)
  ? []
  : getCareers()
      .filter((career) => career.tracks.length > 0)
      .slice(0, 1);
const careers = [...ownCareers, ...forked];

// A generous limit that still catches a hang: a level page's checks, its details opened one by one and
// two axe scans, take seconds on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Each item shows on the page, as a list item or, when it is alone, as a sentence. */
async function expectItems(scope: Locator, items: string[]) {
  for (const item of items) await expect(scope.getByText(item, { exact: true }).first()).toBeVisible();
}

/**
 * The count of the page's `nth` self-check with a checklist as Chromium shows it. CSS counters live
 * only in the rendering, not in the DOM, so the text is read from the browser's accessibility tree,
 * which includes it.
 */
async function shownCount(page: Page, nth: number): Promise<string> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send("Accessibility.getFullAXTree");
  await session.detach();
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const total = nodes.filter((node) => node.role?.value === "StaticText" && /^of \d+ ticked$/.test(String(node.name?.value)))[nth];
  const textsUnder = (nodeId: string | undefined): string[] => {
    const node = nodeId === undefined ? undefined : byId.get(nodeId);
    if (!node) return [];
    if (node.role?.value === "StaticText") return [String(node.name?.value ?? "").trim()];
    return (node.childIds ?? []).flatMap(textsUnder);
  };
  return textsUnder(total?.parentId).filter(Boolean).join(" ");
}

const inheritedSummary = (group: Level["inheritedRequirements"][number]) =>
  `Plus from ${group.level.title}: ${group.requirements.length} requirement${group.requirements.length === 1 ? "" : "s"}`;

/** A level's requirements as every page shows them: its own first, then one collapsed line per lower level, nearest first. */
async function expectNewRequirementsFirst(scope: Locator, level: Level) {
  await expectItems(scope, level.requirements);
  await expect(scope.locator("details > summary")).toHaveText(level.inheritedRequirements.toReversed().map(inheritedSummary));
  await expect(scope.locator("details[open]")).toHaveCount(0);
  const ownBeforeInherited = await scope.evaluate((element, own) => {
    const first = element.querySelector("details");
    if (!first || own.length === 0) return true;
    const ownItem = [...element.querySelectorAll("li, p")].find((node) => node.textContent === own[0]);
    return Boolean(ownItem && ownItem.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, level.requirements);
  expect(ownBeforeInherited).toBe(true);
}

for (const career of careers) {
  test.describe(career.title, () => {
    test("overview opens at a glance and draws the ladder", async ({ page }) => {
      await page.goto(paths.career(career.slug));
      await expect(page).toHaveTitle(new RegExp(career.title));
      await expect(page.getByRole("heading", { level: 1, name: career.title })).toBeVisible();
      const glance = page.getByRole("region", { name: "At a glance" });
      await expect(glance.getByRole("definition").first()).toHaveText(String(career.levels.length));
      await expect(glance).toContainText(career.levels[0]!.roles[0]!);
      await expect(glance).toContainText(career.levels.at(-1)!.roles.at(-1)!);
      for (const requirement of career.levels[0]!.requirements) await expect(glance).toContainText(requirement);
      const ladder = page.getByRole("region", { name: "Career path" });
      for (const level of career.levels) {
        await expect(ladder.getByRole("link", { name: `Step ${level.step}: ${level.title}` })).toHaveAttribute("href", paths.level(career.slug, level.slug));
        await expect(ladder.getByText(level.roles.join(", "), { exact: true })).toBeVisible();
      }
      for (const track of career.tracks) await expect(ladder.getByRole("list", { name: `${track} track` })).toBeVisible();
      if (career.tracks.length > 0) await expect(glance).toContainText(`into ${career.tracks[0]}`);
      await expectTargetsAtLeast24px(ladder.getByRole("listitem").getByRole("link"));
      await expect(page.getByRole("link", { name: /compare/i })).toHaveAttribute("href", paths.compare(career.slug));
      if (career.resources.length > 0) await expect(page.getByRole("heading", { level: 2, name: "Where to find pay and outlook" })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    if (career.tracks.length > 0)
      for (const width of [320, 1280])
        test(`overview at ${width} px draws the tracks side by side, each with its name`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(paths.career(career.slug));
          const ladder = page.getByRole("region", { name: "Career path" });
          const columns = await Promise.all(
            career.tracks.map((track) =>
              ladder
                .getByRole("list", { name: `${track} track` })
                .first()
                .boundingBox(),
            ),
          );
          for (const [index, column] of columns.entries()) {
            expect(column, career.tracks[index]).not.toBeNull();
            expect(column!.x + column!.width, `${career.tracks[index]} within the screen`).toBeLessThanOrEqual(width);
          }
          const [first, second] = columns as [NonNullable<(typeof columns)[number]>, NonNullable<(typeof columns)[number]>];
          expect(second.x, "the second track beside the first").toBeGreaterThanOrEqual(first.x + first.width);
          expect(Math.abs(second.y - first.y), "both tracks start at one height").toBeLessThan(1);
          for (const track of career.tracks) await expect(ladder.getByText(track, { exact: true }).first()).toBeVisible();
        });

    for (const level of career.levels) {
      const nextLevels = level.nextSteps.map((step) => levelOf(career, step));
      // Where the career forks, each self-check names the track of its level.
      const readyFor = (next: Level) => (nextLevels.length > 1 && next.track ? `${next.title} (${next.track})` : next.title);
      test(`${level.title} page says where it stands, what is new first, its certifications and duties`, async ({ page }) => {
        await page.goto(paths.level(career.slug, level.slug));
        await expect(page.getByRole("heading", { level: 1, name: level.title })).toBeVisible();
        const heading = page.getByRole("main").locator("header").first();
        await expect(heading).toContainText(career.title);
        for (const role of level.roles) await expect(heading).toContainText(role);
        const ladder = page.getByRole("navigation", { name: `${career.title} career path` });
        await expect(ladder.locator('[aria-current="step"]')).toHaveText(`${level.step}${level.title}`);
        await expectTargetsAtLeast24px(ladder.getByRole("link"));
        await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: career.title })).toBeVisible();

        const requirements = page.getByRole("region", { name: "What it takes to get there" });
        await expectNewRequirementsFirst(requirements, level);
        for (const group of level.inheritedRequirements) {
          await requirements.getByText(inheritedSummary(group)).click();
          await expectItems(requirements, group.requirements);
        }
        if (level.inheritedRequirements.length > 0) await expectTargetsAtLeast24px(requirements.locator("summary"));

        const certifications = page.getByRole("region", { name: "Certifications" });
        if (level.certifications.length === 0) await expect(certifications).toHaveCount(0);
        for (const certification of level.certifications) {
          await expect(certifications.getByRole("link", { name: certification.name })).toHaveAttribute("href", certification.url);
          await expect(certifications.getByText(certification.issuer)).toBeVisible();
        }
        await expectItems(page.getByRole("region", { name: "Duties" }), level.duties);

        const pager = page.getByRole("navigation", { name: "Levels" });
        const previous = level.previousStep;
        if (previous)
          await expect(pager.getByRole("link", { name: new RegExp(previous.title) })).toHaveAttribute("href", paths.level(career.slug, previous.slug));
        for (const next of nextLevels) {
          await expect(pager.getByRole("link", { name: new RegExp(next.title) })).toHaveAttribute("href", paths.level(career.slug, next.slug));
          await expect(ladder.getByRole("link", { name: new RegExp(next.title) })).toHaveAttribute("href", paths.level(career.slug, next.slug));
        }

        const moveLink = (region: string, move: CareerLevelRef) =>
          page.getByRole("region", { name: region }).getByRole("link", { name: `${move.career.title}: ${move.level.title.toLowerCase()}`, exact: true });
        for (const to of level.movesTo)
          await expect(moveLink("Where people go from here", to)).toHaveAttribute("href", paths.move(career.slug, level.slug, to.career.slug, to.level.slug));
        for (const from of level.movesFrom)
          await expect(moveLink("Where people come from", from)).toHaveAttribute(
            "href",
            paths.move(from.career.slug, from.level.slug, career.slug, level.slug),
          );
        await expectNoAxeViolations(page);
      });

      for (const to of level.movesTo) {
        const destination = `${to.career.title}: ${to.level.title.toLowerCase()}`;
        test(`${level.title} page's move to ${destination} has a self-check and both levels side by side`, async ({ page }) => {
          await page.goto(paths.move(career.slug, level.slug, to.career.slug, to.level.slug));
          await expect(page.getByRole("heading", { level: 1, name: destination })).toBeVisible();
          await expect(page.getByRole("region", { name: `Ready for ${destination}?` })).toBeVisible();
          const sides = page.getByRole("region", { name: "Both levels side by side" });
          await expect(sides.getByRole("heading", { name: `From ${career.title}: ${level.title.toLowerCase()}` }).getByRole("link")).toHaveAttribute(
            "href",
            paths.level(career.slug, level.slug),
          );
          await expect(sides.getByRole("heading", { name: `To ${destination}` }).getByRole("link")).toHaveAttribute(
            "href",
            paths.level(to.career.slug, to.level.slug),
          );
          await expectNoAxeViolations(page);
        });
      }

      // A level reached from here through alsoFrom asks for what the path here does not name.
      const checks = nextLevels.map((next) => ({ next, requirements: requirementsToReach(level, next), alongThePath: growsFrom(next, level) }));
      for (const [checklist, { next, requirements, alongThePath }] of checks.filter((check) => check.requirements.length > 0).entries())
        test(`${level.title} page offers a readiness self-check for ${readyFor(next)}, counted without JavaScript`, async ({ browser }) => {
          const context = await browser.newContext({ javaScriptEnabled: false });
          const page = await context.newPage();
          await page.goto(paths.level(career.slug, level.slug));
          const check = page.getByRole("region", { name: `Ready for ${readyFor(next)}?` });
          await expect(check).toContainText("Nothing you tick is stored or sent");
          const group = check.getByRole("group", { name: alongThePath ? `What ${next.title} adds` : `What ${next.title} asks that your path does not name` });
          await expect(group.getByRole("checkbox")).toHaveCount(requirements.length);
          for (const requirement of requirements) await expect(group.getByRole("checkbox", { name: requirement, exact: true })).not.toBeChecked();
          await expectTargetsAtLeast24px(group.getByRole("checkbox"));
          await expect.poll(() => shownCount(page, checklist)).toBe(`0 of ${requirements.length} ticked`);
          await group.getByRole("checkbox", { name: requirements[0]!, exact: true }).check();
          await expect.poll(() => shownCount(page, checklist)).toBe(`1 of ${requirements.length} ticked`);
          await check.getByRole("button", { name: "Clear the ticks" }).click();
          await expect.poll(() => shownCount(page, checklist)).toBe(`0 of ${requirements.length} ticked`);
          await context.close();
        });
      for (const { next, alongThePath } of checks.filter((check) => check.requirements.length === 0)) {
        const nothingNew = alongThePath ? `${next.title} adds no requirements of its own` : `Your path already names everything ${next.title} asks for`;
        test(`${level.title} page says: ${nothingNew}`, async ({ page }) => {
          await page.goto(paths.level(career.slug, level.slug));
          const check = page.getByRole("region", { name: `Ready for ${readyFor(next)}?` });
          await expect(check).toContainText(nothingNew);
          await expect(check.getByRole("checkbox")).toHaveCount(0);
        });
      }
    }

    for (const [index, { track, levels }] of careerPaths(career).entries()) {
      const along = track ? ` along the ${track} track` : "";
      // A level on both tracks' paths has a block in each, named with its track.
      const blockName = (level: Level) => (track ? `${level.title} on the ${track} track` : level.title);
      /** Opens the path's comparison where the career forks: the first path is open already. */
      const openPath = async (page: Page) => {
        if (index > 0)
          await page
            .locator("summary")
            .filter({ hasText: `${track} track` })
            .click();
      };
      const wideScreen = comparisonTableFitsScreen(levels) ? "on a wide screen" : "on paper";
      test(`comparison${along} ${wideScreen} is one table with a column per level and a row per field`, async ({ page }) => {
        if (!comparisonTableFitsScreen(levels)) await page.emulateMedia({ media: "print" });
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(paths.compare(career.slug));
        await openPath(page);
        const table = page.getByRole("table");
        await expect(table).toHaveCount(1);
        await expect(table.locator("caption")).toContainText(track ? `${career.title}, ${track} track` : career.title);
        await expect(table.getByRole("columnheader")).toHaveText(levels.map((level) => level.title));
        await expect(table.getByRole("rowheader")).toHaveText(["Types of roles", "Requirements", "Certifications", "Duties"]);
        const rows = table.getByRole("row");
        for (const [column, level] of levels.entries()) {
          await expectItems(rows.nth(1).getByRole("cell").nth(column), level.roles);
          await expectNewRequirementsFirst(rows.nth(2).getByRole("cell").nth(column), level);
          for (const certification of level.certifications) {
            await expect(rows.nth(3).getByRole("cell").nth(column).getByRole("link", { name: certification.name })).toHaveAttribute("href", certification.url);
          }
          await expectItems(rows.nth(4).getByRole("cell").nth(column), level.duties);
        }
        // The narrow screens' copy is not displayed, so assistive technology meets the table alone.
        for (const level of levels) await expect(page.getByRole("region", { name: blockName(level), exact: true })).toHaveCount(0);
        await expectNoAxeViolations(page);
      });

      // The narrowest phone and a small tablet: the blocks' layout is the same between them.
      for (const width of [320, 640]) {
        test(`comparison${along} at ${width} px reads by scrolling down only`, async ({ page }) => {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(paths.compare(career.slug));
          await openPath(page);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          await expect(page.getByRole("table")).toHaveCount(0);
          for (const level of levels) {
            const block = page.getByRole("region", { name: blockName(level), exact: true });
            await expectItems(block, [
              ...level.roles,
              ...level.requirements,
              ...level.duties,
              ...level.certifications.map((certification) => certification.name),
            ]);
            await expectNewRequirementsFirst(block, level);
            const edges = await block.evaluate((element) =>
              [...element.querySelectorAll("h2, h3, li, p, summary")].map((text) => text.getBoundingClientRect()).map((box) => [box.left, box.right]),
            );
            expect(edges.length).toBeGreaterThan(0);
            for (const [left, right] of edges) {
              expect(left, `left edge at ${width} px`).toBeGreaterThanOrEqual(0);
              expect(right, `right edge at ${width} px`).toBeLessThanOrEqual(width);
            }
          }
          if (width === 320) await expectNoAxeViolations(page);
        });
      }
    }
  });
}

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto(paths.home());
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to content" });
  await expect(skipLink).toBeFocused();
  await skipLink.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
