import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/lib/chromium";
import { generatedSite } from "./scripts/lib/generated-site";
import { EXPORT_SITE_URL, ports } from "./scripts/lib/ports";
import { NEXT_BIN } from "./scripts/lib/servers";
import { underPathSite } from "./scripts/lib/under-path-site";
import type { SiteOptions } from "./tests/e2e/fixtures";

const url = (port: number) => `http://127.0.0.1:${port}`;

// The static export (npm run export) served by deploy/nginx.conf, as deployed, runs every spec
// but narrow-screens.spec.ts, which runs on the generated content's export, made to break layouts;
// moved.spec.ts runs on both, since the generated content is where the former addresses are.
// What can differ under `next start` (npm run build): headers, status codes, scripts, redirects
// and media types, is in delivery.spec.ts and open-data.spec.ts, which run against both; a page's
// HTML is the same in both, and is tested once.
const deliveries = [
  {
    project: {
      name: "static-export",
      use: { baseURL: url(ports["static-export"]), siteUrl: EXPORT_SITE_URL, delivery: "static-export" as const },
      testIgnore: ["narrow-screens.spec.ts"],
    },
    testedUnlessNamed: true,
    server: {
      command: `node --import tsx scripts/serve-export.ts ${ports["static-export"]}`,
      url: url(ports["static-export"]),
      reuseExistingServer: false,
      // Lets the script stop nginx and remove its temporary prefix.
      gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5000 },
    },
  },
  {
    // The generated content's export (scripts/lib/generated-site.ts): only what its shapes can break.
    project: {
      name: "generated-export",
      use: { baseURL: url(ports["generated-export"]), siteUrl: EXPORT_SITE_URL, delivery: "static-export" as const },
      testMatch: ["narrow-screens.spec.ts", "moved.spec.ts"],
    },
    testedUnlessNamed: true,
    server: {
      command: `node --import tsx scripts/serve-export.ts ${ports["generated-export"]} ${generatedSite.exportDir}`,
      url: url(ports["generated-export"]),
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5000 },
    },
  },
  {
    // Built without SITE_URL (scripts/test.ts), so its absolute URLs name the port it is served on.
    project: {
      name: "next-start",
      use: { baseURL: url(ports["next-start"]), siteUrl: `http://localhost:${ports["next-start"]}`, delivery: "next-start" as const },
      testMatch: ["delivery.spec.ts", "open-data.spec.ts"],
    },
    testedUnlessNamed: true,
    server: {
      command: `node ${NEXT_BIN} start -H 127.0.0.1 -p ${ports["next-start"]}`,
      url: url(ports["next-start"]),
      reuseExistingServer: false,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
  },
  {
    // The export for a site under a path (scripts/lib/under-path-site.ts), served at that path: what
    // an address, a header or a file's type can get wrong there. The pages' content is tested above.
    project: {
      name: "static-export-under-path",
      use: { baseURL: `${url(ports["static-export-under-path"])}${underPathSite.basePath}/`, siteUrl: EXPORT_SITE_URL, delivery: "static-export" as const },
      testMatch: ["delivery.spec.ts", "open-data.spec.ts", "search-engines.spec.ts", "static-export.spec.ts", "addresses.spec.ts"],
    },
    // The specs read the pages' addresses from lib/site.ts, which takes the base path from SITE_URL
    // once per process: this delivery is tested alone, with SITE_URL set below for every process.
    testedUnlessNamed: false,
    server: {
      command: `node --import tsx scripts/serve-export.ts ${ports["static-export-under-path"]} ${underPathSite.exportDir} ${underPathSite.basePath}`,
      url: `${url(ports["static-export-under-path"])}${underPathSite.basePath}/`,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5000 },
    },
  },
];

// npm test tests each delivery as soon as it is built: E2E_DELIVERY names one, with its own reports;
// without it, every delivery but the export under a path.
const only = process.env.E2E_DELIVERY;
const tested = deliveries.filter(({ project, testedUnlessNamed }) => (only ? project.name === only : testedUnlessNamed));
if (only === "static-export-under-path") process.env.SITE_URL = underPathSite.siteUrl;
if (tested.length === 0) throw new Error(`E2E_DELIVERY must be one of ${deliveries.map(({ project }) => project.name).join(", ")}`);
const suffix = only ? `-${only}` : "";

export default defineConfig<SiteOptions>({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // The HTML report and failure screenshots are what CI keeps when a run fails (.github/workflows/checks.yml).
  reporter: [["list"], ["json", { outputFile: `.test-results/playwright${suffix}.json` }], ["html", { outputFolder: `playwright-report${only ? `/${only}` : ""}`, open: "never" }]],
  outputDir: `test-results${only ? `/${only}` : ""}`,
  use: {
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
    screenshot: "only-on-failure",
  },
  projects: tested.map(({ project }) => project),
  webServer: tested.map(({ server }) => server),
});
