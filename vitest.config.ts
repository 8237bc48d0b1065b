import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Tests that start a browser, a server or a git repository of their own, or build the stylesheet:
 * the rest, the unit tests, read fixtures alone and run in well under a minute.
 */
const INTEGRATION = [
  "tests/unit/changes-report.test.ts",
  "tests/unit/content-history.test.ts",
  "tests/unit/export-command.test.ts",
  "tests/unit/export-server.test.ts",
  "tests/unit/stylesheet.test.ts",
  "tests/components/comparison-table-layout.test.tsx",
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
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/components/**/*.test.tsx"], exclude: INTEGRATION } },
      { extends: true, test: { name: "integration", include: INTEGRATION } },
    ],
  },
});
