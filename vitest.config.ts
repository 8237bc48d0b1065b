import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Tests that start a browser, a server, other processes or a git repository of their own, or build the stylesheet:
 * the rest, the unit tests, read fixtures alone and run in well under a minute.
 */
const INTEGRATION = [
  "tests/unit/changes-report.test.ts",
  "tests/unit/content-history.test.ts",
  "tests/unit/commands.test.ts",
  "tests/unit/export-server.test.ts",
  "tests/unit/stylesheet.test.ts",
  "tests/unit/step-runner.test.ts",
  "tests/components/comparison-table-layout.test.tsx",
];

/** Unit tests that render into a DOM: components, and the export's finishing step, which rewrites pages. */
const DOM = ["tests/components/**/*.test.tsx", "tests/unit/static-export.test.ts"];

/**
 * Unit tests that need modules of their own: they set the environment a module reads when it loads
 * (SITE_URL, CONTENT_DIR, NODE_ENV) or replace a global. The other unit tests share their workers'
 * modules and DOM, which saves loading remark, React, jsdom and the content model once per file:
 * most of the unit tests' time. A shared test that sets the environment for one module resets the
 * modules itself (site-footer.test.tsx).
 */
const OWN_MODULES = [
  "tests/unit/careers-cache.test.ts",
  "tests/unit/metadata.test.ts",
  "tests/unit/open-data.test.ts",
  "tests/unit/pages.test.ts",
  "tests/unit/security-headers.test.ts",
  "tests/unit/sitemap.test.ts",
  "tests/unit/social-card.test.ts",
  "tests/unit/structured-data.test.ts",
];

export default defineConfig({
  oxc: { jsx: { runtime: "automatic" } },
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    environment: "node",
    // Only a guard against a hang: a file's first test loads its imports and may start the
    // markdown renderer's threads, which takes long on a busy machine.
    testTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], exclude: [...INTEGRATION, ...OWN_MODULES, ...DOM], isolate: false } },
      { extends: true, test: { name: "dom", include: DOM, exclude: INTEGRATION, environment: "jsdom", isolate: false } },
      { extends: true, test: { name: "unit-isolated", include: OWN_MODULES } },
      { extends: true, test: { name: "integration", include: INTEGRATION } },
    ],
  },
});
