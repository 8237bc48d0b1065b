/**
 * Screenshots of every page at phone, small-tablet and desktop widths, in light and dark, for looking at the
 * site as a reader would: `npm run screenshots -- http://127.0.0.1:3000 out-dir`.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright";
import { currentPages } from "../lib/pages";
import { chromiumLaunchOptions } from "./lib/chromium";

const [baseUrl = "http://127.0.0.1:3000", outDir = "screenshots"] = process.argv.slice(2);

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const width of [360, 640, 1280]) {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
      // A former address would only show the page it sends the browser to.
      for (const pagePath of [...currentPages().map((registered) => registered.path), "/no-such-page/"]) {
        await page.goto(new URL(pagePath, baseUrl).toString());
        const name = pagePath.replace(/^\/|\/$/g, "").replace(/\//g, "_") || "home";
        await page.screenshot({ path: path.join(outDir, `${name}-${width}-${colorScheme}.png`), fullPage: true });
      }
      await page.close();
    }
  }
  await browser.close();
}

void main();
