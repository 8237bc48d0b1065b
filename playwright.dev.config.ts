import { cpSync, mkdirSync, rmSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/lib/chromium";
import { NEXT_BIN } from "./scripts/lib/servers";
import { devServer } from "./tests/dev/dev-server";

// `npm run dev` as an editor uses it, on a copy of the content that the tests may change. Workers
// load this file again: only the runner makes the copy, before it starts the server.
if (!process.env.TEST_WORKER_INDEX) {
  rmSync(devServer.contentDir, { recursive: true, force: true });
  mkdirSync(devServer.contentDir, { recursive: true });
  cpSync("content", devServer.contentDir, { recursive: true });
}

export default defineConfig({
  testDir: "tests/dev",
  workers: 1,
  forbidOnly: true,
  retries: 0,
  // The first request compiles the page: generous, on a busy machine.
  timeout: 120_000,
  reporter: [
    ["list"],
    ["json", { outputFile: ".test-results/playwright-dev.json" }],
    ["html", { outputFolder: ".test-results/playwright-dev-report", open: "never" }],
  ],
  // Apart from the main browser tests' results, which each run clears.
  outputDir: ".test-results/playwright-dev-output",
  use: {
    browserName: "chromium",
    baseURL: devServer.url,
    launchOptions: chromiumLaunchOptions(),
    screenshot: "only-on-failure",
  },
  webServer: {
    // Started without npx so that stopping it leaves no orphaned server behind.
    command: `node ${NEXT_BIN} dev -H 127.0.0.1 -p ${devServer.port}`,
    url: devServer.url,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { NEXT_TELEMETRY_DISABLED: "1", CONTENT_DIR: devServer.contentDir },
  },
});
