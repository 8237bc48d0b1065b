import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  oxc: { jsx: { runtime: "automatic" } },
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/components/**/*.test.tsx"],
    environment: "node",
    // Only a guard against a hang: npm test runs these at low priority beside the builds, and a
    // file's first test, which loads its imports and may start the markdown renderer's thread, took
    // over 30 s there once.
    testTimeout: 120_000,
  },
});
