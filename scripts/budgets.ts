/**
 * `npm run budgets`: holds the built site (`next build` first) to the sizes and scores in
 * budgets.json, one page of each type. Sizes and scores only, never wall-clock time, so that a busy
 * machine cannot fail it. Writes `.test-results/budgets.json` for `npm test` to count.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { javascriptAllowance, readBudgets } from "./lib/budget-file";
import { auditPages, CATEGORIES } from "./lib/lighthouse";
import { startNextServer } from "./lib/next-server";
import { formatKilobytes, measurePage } from "./lib/page-weight";
import { samplePages } from "./lib/site-pages";

const DIST_DIR = ".next";
const PORT = Number(process.env.BUDGETS_PORT ?? 3205);
const REPORT = ".test-results/budgets.json";

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
  if (!existsSync(`${DIST_DIR}/BUILD_ID`)) {
    console.error("There is no build to measure: run `npx next build` first.");
    return 1;
  }
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const budgets = readBudgets();
  const pages = samplePages();
  const allowedJs = javascriptAllowance(budgets);
  const features = Object.entries(budgets.javascript.features).map(([name, bytes]) => `${name} ${formatKilobytes(bytes)}`);

  for (const { type, route } of pages) {
    const weight = measurePage(DIST_DIR, route);
    check(
      `${type} page ${route} JavaScript`,
      weight.jsBytes <= allowedJs,
      `${weight.jsBytes} B (${formatKilobytes(weight.jsBytes)}) in ${weight.jsFiles.length} files; allowed ${allowedJs} B = empty Next.js page ${budgets.javascript.emptyPageBytes} B + ${features.join(" + ") || "nothing"}`,
    );
    check(`${type} page ${route} CSS`, weight.cssBytes < budgets.cssMaxBytes, `${formatKilobytes(weight.cssBytes)}; must be under ${formatKilobytes(budgets.cssMaxBytes)}`);
    if (type === "comparison") {
      check(`${type} page ${route} HTML`, weight.htmlBytes < budgets.comparisonHtmlMaxBytes, `${formatKilobytes(weight.htmlBytes)}; must be under ${formatKilobytes(budgets.comparisonHtmlMaxBytes)}`);
    }
    check(`${type} page ${route} web fonts in the markup`, weight.fontFiles.length === 0, weight.fontFiles.join(", ") || "none; system fonts only");
  }

  const server = await startNextServer(".", PORT);
  try {
    const audits = await auditPages(pages.map(({ route }) => `${server.url}${route}`));
    for (const { type, route } of pages) {
      const figures = audits.get(`${server.url}${route}`)!;
      for (const category of CATEGORIES) {
        const minimum = budgets.lighthouseMinScores[category];
        const score = figures.scores[category];
        const why = figures.failingAudits[category];
        // The performance score hangs on main-thread time, which a busy machine stretches: show the metrics behind it.
        const metrics = category === "performance" ? ` (LCP ${Math.round(figures.largestContentfulPaintMs)} ms, TBT ${Math.round(figures.totalBlockingTimeMs)} ms)` : "";
        check(`${type} page ${route} Lighthouse ${category}`, score >= minimum, `${score} (at least ${minimum})${why.length > 0 ? `; losing points on: ${why.join("; ")}${metrics}` : ""}`);
      }
      check(`${type} page ${route} layout shift`, figures.cumulativeLayoutShift === 0, `CLS ${figures.cumulativeLayoutShift}`);
      check(`${type} page ${route} images sized`, figures.imagesSized, figures.imagesSized ? "every image has a width and height" : "the unsized-images audit fails");
      check(`${type} page ${route} web fonts downloaded`, figures.fontRequests.length === 0, figures.fontRequests.join(", ") || "none");
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
