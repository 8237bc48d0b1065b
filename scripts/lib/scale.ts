import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { timedRun } from "./measure";
import { measurePage, nextStartBuild } from "./page-weight";
import { NEXT_BIN } from "./servers";
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

// The largest build is tried once; on a shared 2-core machine it may not finish, and is then reported as stopped.
export const BUILD_TIMEOUT_MS = 15 * 60 * 1000;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** `next build` in `projectDir`, timed; throws when it fails rather than running out of time. */
export function timedNextBuild(projectDir: string, extraEnv: Record<string, string> = {}) {
  rmSync(path.join(projectDir, ".next"), { recursive: true, force: true });
  const run = timedRun(process.execPath, [NEXT_BIN, "build"], { cwd: projectDir, env: { ...env, ...extraEnv }, timeoutMs: BUILD_TIMEOUT_MS });
  if (!run.ok && !run.timedOut) throw new Error(`next build failed in ${projectDir}:\n${run.stdout}\n${run.stderr}`);
  return run;
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
    const check = timedRun("npm", ["run", "--silent", "check"], { env: { ...env, CONTENT_DIR: contentDir }, timeoutMs: BUILD_TIMEOUT_MS });
    if (!check.ok) throw new Error(`Checking ${count} synthetic careers failed:\n${check.stdout}\n${check.stderr}`);
    const row: ScaleRow = { careers: count, levels, checkSeconds: check.seconds, checkPeakMb: check.peakMemoryMb };
    const build = timedNextBuild(copyDir, { CONTENT_DIR: contentDir });
    if (build.timedOut) return { ...row, note: `build stopped after ${BUILD_TIMEOUT_MS / 60_000} minutes` };
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
