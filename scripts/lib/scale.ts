import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent } from "../../lib/content";
import { getPages } from "../../lib/pages";
import { siteFolders } from "../../lib/site";
import { readBudgets } from "./budget-file";
import { exportPageBudgets, type ListedPage, type PageBudgetCheck } from "./export-budget";
import { timedRun } from "./measure";
import type { SearchFigures } from "./search-bench";
import { staticExportBuild } from "./page-weight";
import { EXPORT_DIR } from "./static-export";
import { writeSyntheticCareers } from "./synthetic-content";

/** A page's gzip bytes of HTML and CSS (the export loads no JavaScript). */
interface WeighedPage extends ListedPage {
  bytes: number;
}

/** The bench's scale figures for one amount of synthetic content. */
export interface ScaleRow {
  careers: number;
  levels: number;
  checkSeconds: number;
  checkPeakMb: number;
  /** `npm run export`, the build and the finishing step. */
  exportSeconds?: number;
  /** The finishing step alone (lib/export/finish.ts), as `npm run export` reports it. */
  finishSeconds?: number;
  /** GNU time's maximum resident set size: the largest process of the export, not their sum. */
  exportPeakMb?: number;
  /** HTML files in the export folder. */
  pages?: number;
  exportBytes?: number;
  /** Every file in the export folder, the search index's included: hosts limit it (Cloudflare Pages to 20,000). */
  exportFiles?: number;
  /** Writing the search index, within the export's time, as the build reports it. */
  searchIndexSeconds?: number;
  /** The search index's folder: Pagefind's script, worker and WebAssembly, and the index's files. */
  searchIndex?: { bytes: number; files: number };
  /** Searching the export in Chromium (scripts/lib/search-bench.ts). */
  search?: SearchFigures;
  /** The home page, the heaviest family page and the heaviest index page, those the registry lists. */
  weighed?: WeighedPage[];
  /** Every exported page against the export page budget, where the bench held this row to it. */
  budgets?: PageBudgetCheck[];
  note?: string;
}

/**
 * The 1,000-career server build took 442 s on this project's 2-core machines at a load average of
 * 1.6 to 4.5 (docs/benchmarks.md, 2026-11-26), and the export adds its finishing step; the machines
 * are shared, so the limit leaves room for a busy one.
 */
const EXPORT_TIMEOUT_MS = 30 * 60 * 1000;

/** Kinds whose heaviest page each row reports: the home page, and the listings that grow with the catalogue. */
const WEIGHED_KINDS = ["home", "family", "titleIndex"];

/** How `npm run export` (scripts/export.ts) reports its finishing step's time. */
const FINISHING_TIME = /pages without Next\.js's scripts in ([\d.]+) s/;
/** How the build (next.config.ts) reports writing the search index. */
const SEARCH_INDEX_TIME = /Search index: \d+ pages in ([\d.]+) s/;

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

/**
 * A copy of what `npm run export` reads, so that the scale exports never touch the repository's
 * `.next` and `out/`. It resolves packages from the repository's node_modules, above it.
 */
export function copyBuildInputs(copyDir: string): void {
  rmSync(copyDir, { recursive: true, force: true });
  mkdirSync(copyDir, { recursive: true });
  const inputs = [
    "app",
    "components",
    "lib",
    "public",
    "scripts",
    "budgets.json",
    "next.config.ts",
    "postcss.config.mjs",
    "tailwind.config.ts",
    "tsconfig.json",
    "package.json",
  ];
  for (const item of inputs) {
    if (existsSync(item)) cpSync(item, path.join(copyDir, item), { recursive: true });
  }
}

/** The heaviest page of each kind in `WEIGHED_KINDS` that the export has. */
function heaviestOfEachKind(checks: readonly PageBudgetCheck[]): WeighedPage[] {
  return WEIGHED_KINDS.flatMap((kind) => {
    const ofKind = checks.filter(({ page }) => page.kind === kind);
    if (ofKind.length === 0) return [];
    const heaviest = ofKind.reduce((a, b) => (b.totalBytes > a.totalBytes ? b : a));
    return [{ ...heaviest.page, bytes: heaviest.totalBytes }];
  });
}

export interface ScaleOptions {
  /** The copy of the build inputs (`copyBuildInputs`) to export in. */
  copyDir: string;
  /** The address the export is made for, as `npm run export` requires. */
  siteUrl: string;
  /** Whether to report every page's check against the export page budget, not only the heaviest pages. */
  holdToBudgets: boolean;
}

/** `count` synthetic careers: `npm run check` over them, then `npm run export` of the copy in `copyDir`, as deployed. */
export function measureScale(count: number, { copyDir, siteUrl, holdToBudgets }: ScaleOptions): ScaleRow {
  const contentDir = mkdtempSync(path.join(os.tmpdir(), `career-bench-${count}-`));
  const outDir = path.join(copyDir, EXPORT_DIR);
  try {
    const { levels } = writeSyntheticCareers(contentDir, count);
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CONTENT_DIR: contentDir };
    const check = timedRun("npm", ["run", "--silent", "check"], { env });
    if (!check.ok) throw new Error(`Checking ${count} synthetic careers failed:\n${check.stdout}\n${check.stderr}`);
    const row: ScaleRow = { careers: count, levels, checkSeconds: check.seconds, checkPeakMb: check.peakMemoryMb };

    rmSync(path.join(copyDir, ".next"), { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    const exported = timedRun("npm", ["run", "--silent", "export"], { cwd: copyDir, env: { ...env, SITE_URL: siteUrl }, timeoutMs: EXPORT_TIMEOUT_MS });
    if (exported.timedOut) return { ...row, note: `export stopped after ${exported.seconds.toFixed(0)} s` };
    if (!exported.ok) throw new Error(`npm run export of ${count} synthetic careers failed:\n${exported.stdout}\n${exported.stderr}`);

    const { value: careers, issues } = loadContent(contentDir);
    if (issues.some((issue) => issue.severity === "error")) throw new Error(`${contentDir} has content errors, though npm run check passed`);
    const finishing = FINISHING_TIME.exec(exported.stdout);
    const indexing = SEARCH_INDEX_TIME.exec(exported.stdout);
    const exportFolder = directoryBytes(outDir);
    const checks = exportPageBudgets(staticExportBuild(outDir), getPages(careers), readBudgets().exportPage);
    return {
      ...row,
      exportSeconds: exported.seconds,
      ...(finishing ? { finishSeconds: Number(finishing[1]) } : {}),
      exportPeakMb: exported.peakMemoryMb,
      pages: directoryBytes(outDir, (name) => name.endsWith(".html")).files,
      exportBytes: exportFolder.bytes,
      exportFiles: exportFolder.files,
      ...(indexing ? { searchIndexSeconds: Number(indexing[1]) } : {}),
      searchIndex: directoryBytes(path.join(outDir, siteFolders.searchIndex)),
      weighed: heaviestOfEachKind(checks),
      ...(holdToBudgets ? { budgets: checks } : {}),
    };
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
}
