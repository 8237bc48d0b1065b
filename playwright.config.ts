import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/lib/chromium";
import { EXPORT_SITE_URL, ports } from "./scripts/lib/ports";
import { NEXT_BIN } from "./scripts/lib/servers";
import type { SiteOptions } from "./tests/e2e/fixtures";

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
    // Built without SITE_URL (scripts/test.ts), so its absolute URLs name the port it is served on.
    { name: "next-start", use: { baseURL: url(ports["next-start"]), siteUrl: `http://localhost:${ports["next-start"]}`, delivery: "next-start" }, testIgnore: "static-export.spec.ts" },
    { name: "static-export", use: { baseURL: url(ports["static-export"]), siteUrl: EXPORT_SITE_URL, delivery: "static-export" } },
  ],
  webServer: [
    {
      command: `node ${NEXT_BIN} start -H 127.0.0.1 -p ${ports["next-start"]}`,
      url: url(ports["next-start"]),
      reuseExistingServer: false,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      command: `node --import tsx scripts/serve-export.ts ${ports["static-export"]}`,
      url: url(ports["static-export"]),
      reuseExistingServer: false,
      // Lets the script stop nginx and remove its temporary prefix.
      gracefulShutdown: { signal: "SIGTERM", timeout: 5000 },
    },
  ],
});
