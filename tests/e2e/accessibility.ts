import { expect, type Locator, type Page } from "@playwright/test";
import axe, { type RunOptions } from "axe-core";

declare global {
  interface Window {
    axe: typeof axe;
  }
}

// Violations only: the passes it would list are thrown away.
const WCAG_22_AA: RunOptions = { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] };

/**
 * Scans the page in light and in dark: each scheme has its own colours to get right. axe-core is
 * put in the page once and run in it for both; @axe-core/playwright puts it in again for each scan
 * and gathers its results in a new tab, a new renderer process each time, which cost 1.2 s a scan
 * against 0.1 to 0.4 s. The site's pages hold no frames, which that gathering is for. Evaluated
 * by the browser's devtools protocol, axe runs on pages whose policy allows no script.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.evaluate(axe.source);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await page.evaluate(async (options) => (await window.axe.run(document, options)).violations, WCAG_22_AA);
    const summary = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
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
