import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/e2e/browser";

const port = Number(process.env.E2E_PORT ?? 3005);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: ".test-results/playwright.json" }]],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    // Started without npx so that stopping it leaves no orphaned next-server behind.
    command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
