import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { loadContent } from "../../lib/content";
import { paths } from "../../lib/site";
import { devServer } from "./dev-server";

const { value: careers } = loadContent(devServer.contentDir);
const career = careers[0]!;
const level = career.levels.at(-1)!;
/** Long enough only to catch a hang: the dev server recompiles and renders on a busy machine. */
const SHOWS_WITHIN = 60_000;

// One page open through both saves, as an editor works: one visit fewer for next dev to render.
test("saving a markdown file updates the open page without a reload by hand, and so does a mistake saved in it", async ({ page }) => {
  // The first visit compiles the route, and the mistake Next's error page, which takes longer still.
  test.setTimeout(60_000 + 2 * SHOWS_WITHIN);
  await page.goto(paths.level(career.slug, level.slug));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(level.title);

  const file = path.resolve(level.sourcePath);
  const text = readFileSync(file, "utf8");
  try {
    const sentence = `Saved at ${Date.now()}: this sentence was just added.`;
    writeFileSync(file, `${text.trimEnd()}\n\n${sentence}\n`);
    // A couple of seconds on an idle machine; under a full test run each check renders the page anew,
    // so the limit only catches a hang.
    await expect(page.getByText(sentence)).toBeVisible({ timeout: SHOWS_WITHIN });

    writeFileSync(file, text.replace(/^rank: .*$/m, "rank: first"));
    await expect(page.getByText(/rank: expected a whole number, found "first"/).first()).toBeVisible({ timeout: SHOWS_WITHIN });
  } finally {
    writeFileSync(file, text);
  }
});
