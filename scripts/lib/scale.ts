import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { timedNextBuild, timedRun } from "./measure";
import { measurePage, nextStartBuild } from "./page-weight";
import { writeSyntheticCareers } from "./synthetic-content";

/** The bench's scale figures for one amount of synthetic content. */
export interface ScaleRow {
  careers: number;
  levels: number;
  checkSeconds: number;
  checkPeakMb: number;
  buildSeconds?: number;
  buildPeakMb?: number;
  pages?: number;
  outputBytes?: number;
  homeHtmlBytes?: number;
  note?: string;
}

/** Every file's size under `directory` whose name passes `include`. */
function directoryBytes(directory: string, include: (name: string) => boolean = () => true): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !include(entry.name)) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** A copy of what `next build` reads, so the scale builds never touch the repository's `.next`. */
export function copyBuildInputs(copyDir: string): void {
  rmSync(copyDir, { recursive: true, force: true });
  mkdirSync(copyDir, { recursive: true });
  for (const item of ["app", "components", "lib", "public", "next.config.ts", "postcss.config.mjs", "tailwind.config.ts", "tsconfig.json", "package.json"]) {
    if (existsSync(item)) cpSync(item, path.join(copyDir, item), { recursive: true });
  }
}

/** `count` synthetic careers: `npm run check` over them, then a build of the copy in `copyDir` from them. */
export function measureScale(count: number, copyDir: string): ScaleRow {
  const contentDir = mkdtempSync(path.join(os.tmpdir(), `career-bench-${count}-`));
  try {
    const { levels } = writeSyntheticCareers(contentDir, count);
    const check = timedRun("npm", ["run", "--silent", "check"], { env: { ...process.env, CONTENT_DIR: contentDir } });
    if (!check.ok) throw new Error(`Checking ${count} synthetic careers failed:\n${check.stdout}\n${check.stderr}`);
    const row: ScaleRow = { careers: count, levels, checkSeconds: check.seconds, checkPeakMb: check.peakMemoryMb };
    const build = timedNextBuild(copyDir, { CONTENT_DIR: contentDir });
    if (build.timedOut) return { ...row, note: `build stopped after ${build.seconds.toFixed(0)} s` };
    const distDir = path.join(copyDir, ".next");
    const prerendered = path.join(distDir, "server", "app");
    return {
      ...row,
      buildSeconds: build.seconds,
      buildPeakMb: build.peakMemoryMb,
      pages: directoryBytes(prerendered, (name) => name.endsWith(".html") && !name.startsWith("_")).files,
      outputBytes: directoryBytes(prerendered, (name) => /\.(html|rsc)$/.test(name)).bytes + directoryBytes(path.join(distDir, "static")).bytes,
      homeHtmlBytes: measurePage(nextStartBuild(distDir), "/").htmlBytes,
    };
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
}
