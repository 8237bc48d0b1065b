/**
 * `npm run export`: the site as static files in out/ (or `-- --out <folder>`), as deployed.
 * `next build` writes them, then the pages lose Next.js's client runtime, which they do not need
 * (see lib/export/finish.ts).
 */
import { spawnSync } from "node:child_process";
import { basePathOf, parseSiteUrl, SiteUrlError } from "../lib/site-url";
import { commandLine } from "./lib/command-line";
import { NEXT_BIN } from "./lib/servers";
import { EXPORT_DIR } from "./lib/static-export";

const { out } = commandLine("usage: npm run export [-- --out <folder>]", { out: { type: "string", default: EXPORT_DIR } }).values;
// A static host has no default origin to fall back on: canonical links, the sitemap and the
// social cards would silently point at localhost.
if (!process.env.SITE_URL?.trim()) {
  console.error(
    "SITE_URL must be set to the address the site is published at, for its canonical links, sitemap and social cards:\n\n  SITE_URL=https://careers.example.org npm run export",
  );
  process.exit(1);
}
let basePath: string;
try {
  basePath = basePathOf(parseSiteUrl(process.env.SITE_URL));
} catch (error) {
  if (!(error instanceof SiteUrlError)) throw error;
  console.error(error.message);
  process.exit(1);
}

async function main(): Promise<number> {
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: { ...process.env, NEXT_OUTPUT: "export", NEXT_EXPORT_DIR: out } });
  if (build.status !== 0) return build.status ?? 1;
  // Loaded once SITE_URL has passed above: lib/site.ts, which it reads, refuses a bad one by throwing.
  const { finishExport } = await import("../lib/export/finish");
  try {
    const started = performance.now();
    const { pages, removedFiles } = finishExport(out, basePath);
    const seconds = (performance.now() - started) / 1000;
    console.log(`${out}/: ${pages} pages without Next.js's scripts in ${seconds.toFixed(1)} s; ${removedFiles} runtime files removed`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

void main().then((code) => process.exit(code));
