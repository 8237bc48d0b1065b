import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/e2e/browser";
import type { SiteOptions } from "./tests/e2e/fixtures";
import { servers } from "./tests/e2e/servers";

const { nextStart, staticExport } = servers;
const url = (port: number) => `http://127.0.0.1:${port}`;

// Every spec runs twice: against `next start` (npm run build) and against the static export
// (npm run export) served by deploy/nginx.conf; static-export.spec.ts runs against the export alone.
export default defineConfig<SiteOptions>({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // The HTML report and failure screenshots are what CI keeps when a run fails (.github/workflows/checks.yml).
  reporter: [["list"], ["json", { outputFile: ".test-results/playwright.json" }], ["html", { outputFolder: "playwright-report", open: "never" }]],
  use: {
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "next-start", use: { baseURL: url(nextStart.port), siteUrl: nextStart.siteUrl, delivery: "next-start" }, testIgnore: "static-export.spec.ts" },
    { name: "static-export", use: { baseURL: url(staticExport.port), siteUrl: staticExport.siteUrl, delivery: "static-export" } },
  ],
  webServer: [
    {
      // Started without npx so that stopping it leaves no orphaned next-server behind.
      command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${nextStart.port}`,
      url: url(nextStart.port),
      reuseExistingServer: false,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      command: `node --import tsx scripts/serve-export.ts ${staticExport.port}`,
      url: url(staticExport.port),
      reuseExistingServer: false,
      // Lets the script stop nginx and remove its temporary prefix.
      gracefulShutdown: { signal: "SIGTERM", timeout: 5000 },
    },
  ],
});
