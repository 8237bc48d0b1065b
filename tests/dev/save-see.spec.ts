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

test("saving a markdown file updates the open page without a reload by hand", async ({ page }) => {
  await page.goto(paths.level(career.slug, level.slug));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(level.title);

  const sentence = `Saved at ${Date.now()}: this sentence was just added.`;
  const file = path.resolve(level.sourcePath);
  writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()}\n\n${sentence}\n`);

  // A couple of seconds on an idle machine; under a full test run each check renders the page anew,
  // so the limit only catches a hang.
  await expect(page.getByText(sentence)).toBeVisible({ timeout: SHOWS_WITHIN });
});

test("a mistake saved in a markdown file shows on the open page", async ({ page }) => {
  const other = career.levels[0]!;
  await page.goto(paths.level(career.slug, other.slug));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(other.title);

  const file = path.resolve(other.sourcePath);
  const text = readFileSync(file, "utf8");
  writeFileSync(file, text.replace(/^rank: .*$/m, "rank: first"));
  try {
    // Next's error page compiles on first use, which takes longer still.
    await expect(page.getByText(/rank: expected a whole number, found "first"/).first()).toBeVisible({ timeout: SHOWS_WITHIN });
  } finally {
    writeFileSync(file, text);
  }
});
