/**
 * Screenshots for looking at the site as a reader would, named by screenshotName
 * (lib/changes/preview.ts): `npm run screenshots -- http://127.0.0.1:3000 out-dir` takes every page
 * at phone, small-tablet and desktop widths, in light and dark;
 * `npm run screenshots -- <baseUrl> <outDir> --pages changes/pages.json` takes only the pages a
 * change touches, at the preview's widths, for the pull request's preview.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright";
import { currentPages } from "../lib/pages";
import { chromiumLaunchOptions } from "./lib/chromium";
import { commandLine } from "./lib/command-line";
import { changedPageShots, everyPageShots } from "./lib/screenshot-shots";

const { values, positionals } = commandLine(
  "usage: npm run screenshots -- [base URL] [folder] [--pages <pages.json>]",
  { pages: { type: "string" } },
  { max: 2 },
);
const [baseUrl = "http://127.0.0.1:3000", outDir = "screenshots"] = positionals;

async function main(): Promise<number> {
  const shots = values.pages
    ? changedPageShots(baseUrl, readFileSync(values.pages, "utf8"), values.pages)
    : everyPageShots(
        baseUrl,
        currentPages().map((registered) => registered.path),
      );
  mkdirSync(outDir, { recursive: true });
  if (shots.length === 0) console.log(`${values.pages}: no page changes, so no screenshots`);
  const failed: string[] = [];
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage();
  for (const shot of shots) {
    await page.setViewportSize({ width: shot.width, height: 800 });
    await page.emulateMedia({ colorScheme: shot.colorScheme });
    const response = await page.goto(shot.url);
    if (response?.status() !== shot.expectedStatus)
      failed.push(`${shot.url} answered ${response?.status() ?? "nothing"}, not ${shot.expectedStatus}: ${shot.file}`);
    await page.screenshot({ path: path.join(outDir, shot.file), fullPage: true });
  }
  await browser.close();
  console.log(`${outDir}/: ${shots.length} screenshots`);
  for (const line of failed) console.error(line);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
