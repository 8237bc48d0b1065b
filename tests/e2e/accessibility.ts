import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

/** Scans the page in light and in dark: each scheme has its own colours to get right. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
    expect(summary, `axe violations in ${colorScheme}`).toEqual([]);
  }
}

/** WCAG 2.2's minimum target size (2.5.8) for controls that are not links inside a sentence. */
export async function expectTargetsAtLeast24px(targets: Locator) {
  const count = await targets.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const box = await targets.nth(index).boundingBox();
    expect(box, `target ${index + 1} of ${count}`).not.toBeNull();
    expect(Math.round(box!.width), `width of target ${index + 1}`).toBeGreaterThanOrEqual(24);
    expect(Math.round(box!.height), `height of target ${index + 1}`).toBeGreaterThanOrEqual(24);
  }
}
