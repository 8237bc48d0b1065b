import type { KnipConfig } from "knip";

// Next.js's routes and config, and the vitest and playwright configs with their
// tests are found by knip's plugins; listed here is what only a path in a string or a tool's own
// lookup starts.
const config: KnipConfig = {
  entry: [
    // npm scripts and scripts/test.ts run these with tsx.
    "scripts/*.ts",
    "tests/agreement/write-content.ts",
    // Started as threads and processes by a path: lib/content/render.ts, lib/search/write-index.ts, scripts/lib/lighthouse.ts.
    "lib/content/render-worker.mjs",
    "lib/search/pagefind-writer.mjs",
    "scripts/lib/lighthouse-runs.mjs",
    // html-validate finds its config by name.
    ".htmlvalidate.mjs",
  ],
  // The fixtures are files for the tests to read, not modules.
  project: ["**/*.{ts,tsx,mjs,css}", "!tests/fixtures/**"],
  vitest: { config: ["vitest.config.ts", "tests/agreement/vitest.config.ts"] },
  playwright: { config: ["playwright.config.ts", "playwright.dev.config.ts"] },
  // scripts/test.ts runs these through npx and scripts/lib/measure.ts by a path, out of knip's sight.
  ignoreDependencies: ["markdownlint-cli2", "autocannon"],
  // A system command a test calls.
  ignoreBinaries: ["mkfifo"],
};

export default config;
