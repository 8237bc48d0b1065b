import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { loadContent } from "../../lib/content";
import { paths } from "../../lib/site";
import { devServer } from "./dev-server";

const { value: careers } = loadContent(devServer.contentDir);
const career = careers[0]!;
const level = career.levels.at(-1)!;

test("saving a markdown file updates the open page without a reload by hand", async ({ page }) => {
  await page.goto(paths.level(career.slug, level.slug));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(level.title);

  const sentence = `Saved at ${Date.now()}: this sentence was just added.`;
  const file = path.resolve(level.sourcePath);
  writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()}\n\n${sentence}\n`);

  // A couple of seconds is the promise; the limit leaves room for a busy machine.
  await expect(page.getByText(sentence)).toBeVisible({ timeout: 10_000 });
});

test("a mistake saved in a markdown file shows on the open page", async ({ page }) => {
  const other = career.levels[0]!;
  await page.goto(paths.level(career.slug, other.slug));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(other.title);

  const file = path.resolve(other.sourcePath);
  const text = readFileSync(file, "utf8");
  writeFileSync(file, text.replace(/^rank: .*$/m, "rank: first"));
  try {
    // Next's error page takes longer to compile the first time: a limit that only catches a hang.
    await expect(page.getByText(/rank: expected a whole number, found "first"/).first()).toBeVisible({ timeout: 40_000 });
  } finally {
    writeFileSync(file, text);
  }
});
