/**
 * `npm run budgets`: holds both builds (`npm run export` and `next build` first) to the sizes and
 * scores in budgets.json, one page of each type. Sizes and scores only, never wall-clock time, so
 * that a busy machine cannot fail it. Writes `.test-results/budgets.json` for `npm test` to count.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { javascriptAllowance, readBudgets } from "./lib/budget-file";
import { auditPages, CATEGORIES } from "./lib/lighthouse";
import { type BuiltSite, formatKilobytes, measurePage, nextServerBuild, staticExport } from "./lib/page-weight";
import { samplePages } from "./lib/site-pages";
import { EXPORT_DIR } from "./lib/static-export";
import { startExportServer } from "./serve-export";

const PORT = Number(process.env.BUDGETS_PORT ?? 8305);
const REPORT = ".test-results/budgets.json";

/** One way the site is built and served, and the JavaScript its pages may load. */
interface MeasuredBuild {
  name: string;
  site: BuiltSite;
  /** A file the build writes, and the command that writes it. */
  built: { file: string; by: string };
  javascript: { allowedBytes: number; why: string };
}

interface CheckResult {
  name: string;
  passed: boolean;
  detail: string;
}

const results: CheckResult[] = [];
function check(name: string, passed: boolean, detail: string): void {
  results.push({ name, passed, detail });
  console.log(`${passed ? "✓" : "✗"} ${name}: ${detail}`);
}

/** Runs every check and returns the exit code. */
async function main(): Promise<number> {
  const budgets = readBudgets();
  const features = Object.entries(budgets.javascript.features).map(([name, bytes]) => `${name} ${formatKilobytes(bytes)}`);
  const builds: MeasuredBuild[] = [
    {
      name: "static export",
      site: staticExport(EXPORT_DIR),
      built: { file: `${EXPORT_DIR}/index.html`, by: "npm run export" },
      javascript: { allowedBytes: 0, why: "the export serves pages without Next.js's scripts (scripts/lib/static-export.ts)" },
    },
    {
      name: "next start",
      site: nextServerBuild(".next"),
      built: { file: ".next/BUILD_ID", by: "npx next build" },
      javascript: { allowedBytes: javascriptAllowance(budgets), why: `empty Next.js page ${budgets.javascript.emptyPageBytes} B + ${features.join(" + ") || "nothing"}` },
    },
  ];
  const unbuilt = builds.filter(({ built }) => !existsSync(built.file));
  if (unbuilt.length > 0) {
    console.error(`There is nothing to measure yet: run ${unbuilt.map(({ built }) => `\`${built.by}\``).join(" and ")} first.`);
    return 1;
  }
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const pages = samplePages();

  for (const { name, site, javascript } of builds) {
    for (const { type, route } of pages) {
      const weight = measurePage(site, route);
      const page = `${name}: ${type} page ${route}`;
      check(
        `${page} JavaScript`,
        weight.jsBytes <= javascript.allowedBytes,
        `${weight.jsBytes} B (${formatKilobytes(weight.jsBytes)}) in ${weight.jsFiles.length} files; allowed ${javascript.allowedBytes} B: ${javascript.why}`,
      );
      check(`${page} CSS`, weight.cssBytes < budgets.cssMaxBytes, `${formatKilobytes(weight.cssBytes)}; must be under ${formatKilobytes(budgets.cssMaxBytes)}`);
      if (type === "comparison") {
        check(`${page} HTML`, weight.htmlBytes < budgets.comparisonHtmlMaxBytes, `${formatKilobytes(weight.htmlBytes)}; must be under ${formatKilobytes(budgets.comparisonHtmlMaxBytes)}`);
      }
      check(`${page} web fonts in the markup`, weight.fontFiles.length === 0, weight.fontFiles.join(", ") || "none; system fonts only");
    }
  }

  // Lighthouse audits what readers are served: the export, under deploy/nginx.conf.
  const server = await startExportServer(PORT, path.resolve(EXPORT_DIR));
  try {
    const audits = await auditPages(pages.map(({ route }) => `${server.url}${route}`));
    for (const { type, route } of pages) {
      const figures = audits.get(`${server.url}${route}`)!;
      const page = `static export: ${type} page ${route}`;
      for (const category of CATEGORIES) {
        const minimum = budgets.lighthouseMinScores[category];
        const score = figures.scores[category];
        const why = figures.failingAudits[category];
        // The performance score hangs on main-thread time, which a busy machine stretches: show the metrics behind it.
        const metrics = category === "performance" ? ` (LCP ${Math.round(figures.largestContentfulPaintMs)} ms, TBT ${Math.round(figures.totalBlockingTimeMs)} ms)` : "";
        check(`${page} Lighthouse ${category}`, score >= minimum, `${score} (at least ${minimum})${why.length > 0 ? `; losing points on: ${why.join("; ")}${metrics}` : ""}`);
      }
      check(`${page} layout shift`, figures.cumulativeLayoutShift === 0, `CLS ${figures.cumulativeLayoutShift}`);
      check(`${page} images sized`, figures.imagesSized, figures.imagesSized ? "every image has a width and height" : "the unsized-images audit fails");
      check(`${page} web fonts downloaded`, figures.fontRequests.length === 0, figures.fontRequests.join(", ") || "none");
    }
  } finally {
    await server.stop();
  }

  const failed = results.filter((result) => !result.passed);
  mkdirSync(".test-results", { recursive: true });
  writeFileSync(REPORT, `${JSON.stringify({ passed: results.length - failed.length, failed: failed.length, results }, null, 2)}\n`);
  console.log(`\nBudgets: ${results.length - failed.length} passed, ${failed.length} failed`);
  for (const result of failed) console.log(`  over budget: ${result.name}: ${result.detail}`);
  return failed.length > 0 ? 1 : 0;
}

// The report is written either way; a crash (no build, no browser) also fails the step.
void main().then((code) => process.exit(code));
