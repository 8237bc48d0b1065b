import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(__dirname, "../..");

// The agreement test exports a whole site (minutes), so it runs on its own: npm run test:agreement.
export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: { include: ["tests/agreement/**/*.test.ts"], environment: "node" },
});
