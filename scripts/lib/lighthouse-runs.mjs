/*
 * `node scripts/lib/lighthouse-runs.mjs '<runs as JSON>'`: runs Lighthouse once per entry of
 * `[{ url, categories, skipAudits, settings }]` in one Chromium, and prints the reports as a JSON array. Plain
 * JavaScript run by node: loaded through tsx, the functions Lighthouse sends into the page would
 * carry esbuild's `__name` helper, which the page does not have. scripts/lib/lighthouse.ts runs it.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const runs = JSON.parse(process.argv[2] ?? "[]");
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: JSON.parse(process.env.CHROME_FLAGS ?? "[]") });
const reports = [];
try {
  for (const { url, categories, skipAudits, settings } of runs) {
    // A picture of the whole page is for the HTML report only: no score reads it.
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: categories,
      skipAudits,
      disableFullPageScreenshot: true,
      ...settings,
    });
    if (!result) throw new Error(`Lighthouse returned no report for ${url}`);
    reports.push(result.lhr);
  }
} finally {
  chrome.kill();
}
process.stdout.write(JSON.stringify(reports));
