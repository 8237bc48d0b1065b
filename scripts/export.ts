/**
 * `npm run export`: the site as static files in out/ (or `-- --out <folder>`), as deployed.
 * `next build` writes them, then the pages lose Next.js's client runtime, which they do not need
 * (see lib/export/finish.ts).
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { site } from "../lib/site";
import { NEXT_BIN } from "./lib/servers";
import { finishExport } from "../lib/export/finish";
import { EXPORT_DIR } from "./lib/static-export";

// A static host has no default origin to fall back on: canonical links, the sitemap and the
// social cards would silently point at localhost.
if (!URL.canParse(process.env.SITE_URL ?? "")) {
  console.error(
    "SITE_URL must be set to the address the site is published at, for its canonical links, sitemap and social cards:\n\n  SITE_URL=https://careers.example.org npm run export",
  );
  process.exit(1);
}
const { out } = parseArgs({ options: { out: { type: "string", default: EXPORT_DIR } } }).values;
const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: { ...process.env, NEXT_OUTPUT: "export", NEXT_EXPORT_DIR: out } });
if (build.status !== 0) process.exit(build.status ?? 1);
try {
  const started = performance.now();
  const { pages, removedFiles } = finishExport(out, site.basePath);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${out}/: ${pages} pages without Next.js's scripts in ${seconds.toFixed(1)} s; ${removedFiles} runtime files removed`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
