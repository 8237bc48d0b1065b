import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/lib/chromium";
import { generatedSite } from "./scripts/lib/generated-site";
import { EXPORT_SITE_URL, ports } from "./scripts/lib/ports";
import { NEXT_BIN } from "./scripts/lib/servers";
import type { SiteOptions } from "./tests/e2e/fixtures";

const url = (port: number) => `http://127.0.0.1:${port}`;
const exportUrl = `${url(ports["static-export"])}${generatedSite.basePath}/`;

// Two deliveries, one per process, as the specs read the content and the site's path from the
// environment when they load (lib/content, lib/site):
// - the export (npm test's generated site: the real guide, awkward content and a synthetic
//   catalogue, exported for a SITE_URL with a path) served by deploy/nginx.conf at that path,
//   as deployed: every page read, since a page's HTML is the same in both deliveries;
// - `next start` over `next build` (npm start) at the root: the guide's own home, which shows every
//   career of a small guide, and what can differ between the two deliveries (headers, status
//   codes, scripts, redirects and media types: delivery.spec.ts, open-data.spec.ts).
const deliveries = {
  "static-export": {
    env: { CONTENT_DIR: generatedSite.contentDir, SITE_URL: generatedSite.siteUrl },
    project: {
      name: "static-export",
      use: { baseURL: exportUrl, siteUrl: EXPORT_SITE_URL, delivery: "static-export" as const },
      testIgnore: ["home.spec.ts"],
    },
    server: {
      command: `node --import tsx scripts/serve-export.ts ${ports["static-export"]} ${generatedSite.exportDir} ${generatedSite.basePath}`,
      url: exportUrl,
      reuseExistingServer: false,
      // Lets the script stop nginx and remove its temporary prefix.
      gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5000 },
    },
  },
  "next-start": {
    // Built without SITE_URL (scripts/test.ts), so its absolute URLs name the port it is served on.
    env: {},
    project: {
      name: "next-start",
      use: { baseURL: url(ports["next-start"]), siteUrl: `http://localhost:${ports["next-start"]}`, delivery: "next-start" as const },
      testMatch: ["home.spec.ts", "delivery.spec.ts", "open-data.spec.ts"],
    },
    server: {
      command: `node ${NEXT_BIN} start -H 127.0.0.1 -p ${ports["next-start"]}`,
      url: url(ports["next-start"]),
      reuseExistingServer: false,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
  },
};

// E2E_DELIVERY names the delivery to test, the export by default; npm test tests each as soon as it is built.
const only = (process.env.E2E_DELIVERY ?? "static-export") as keyof typeof deliveries;
const tested = deliveries[only];
if (!tested) throw new Error(`E2E_DELIVERY must be one of ${Object.keys(deliveries).join(", ")}`);
Object.assign(process.env, tested.env);

export default defineConfig<SiteOptions>({
  testDir: "tests/e2e",
  fullyParallel: true,
  // One browser at a time: Chromium's own processes keep most of two cores busy, and a second
  // worker measured slower and costlier (125 s and 241 CPU seconds for the export's tests, against
  // 111 s and 189 with one). `--workers` overrides it where there are more cores.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  // The HTML report and failure screenshots are what CI keeps when a run fails (.github/workflows/checks.yml).
  reporter: [
    ["list"],
    ["json", { outputFile: `.test-results/playwright-${only}.json` }],
    ["html", { outputFolder: `playwright-report/${only}`, open: "never" }],
  ],
  outputDir: `test-results/${only}`,
  use: {
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
    screenshot: "only-on-failure",
  },
  projects: [tested.project],
  webServer: [tested.server],
});
