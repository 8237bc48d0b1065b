import path from "node:path";
import { defineConfig } from "vitest/config";
import { generatedSite } from "../../scripts/lib/generated-site";

/**
 * The tests of npm test's generated export, after its "export" step: apart from the unit
 * tests, which need no build. The registry lists the pages from the content the export was made of.
 */
export default defineConfig({
  root: path.resolve(__dirname, "../.."),
  resolve: { alias: { "@": path.resolve(__dirname, "../..") } },
  test: {
    include: ["tests/agreement/**/*.test.ts"],
    environment: "node",
    // The files run one after the other in one worker and share its modules, so the generated
    // content is read once for all of them.
    isolate: false,
    fileParallelism: false,
    env: { CONTENT_DIR: generatedSite.contentDir, SITE_URL: generatedSite.siteUrl },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
