/**
 * `npm run budgets [export folder]`: holds both builds (`npm run export`, to out/ or the folder
 * named, for the SITE_URL and CONTENT_DIR it is run with, and `next build` of the site's own
 * content) to the sizes and scores in budgets.json, one page of each kind (every exported page's
 * total size is held by npm test's export checks, tests/agreement/). Sizes and scores only, never wall-clock time, so that a busy machine cannot
 * fail it. Writes `.test-results/budgets.json` for `npm test` to count.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getPages, type Page, samplePages } from "../lib/pages";
import { paths, SEARCH_SCRIPT, site, siteFolders } from "../lib/site";
import { javascriptAllowance, readBudgets } from "./lib/budget-file";
import { commandLine } from "./lib/command-line";
import { auditPages, CATEGORIES } from "./lib/lighthouse";
import { ownCareers } from "./lib/own-careers";
import { formatKilobytes, gzipBytes, measurePage, nextStartBuild, staticExportBuild } from "./lib/page-weight";
import { ports } from "./lib/ports";
import { startExportServer } from "./lib/servers";
import { EXPORT_DIR } from "./lib/static-export";

const REPORT = ".test-results/budgets.json";

const results: { name: string; passed: boolean; detail: string }[] = [];
function check(name: string, passed: boolean, detail: string): void {
  results.push({ name, passed, detail });
  console.log(`${passed ? "✓" : "✗"} ${name}: ${detail}`);
}

/** Runs every check and returns the exit code. */
async function main(): Promise<number> {
  const [folder = EXPORT_DIR] = commandLine("usage: npm run budgets [-- <export folder>]", {}, { max: 1 }).positionals;
  const exportDir = path.resolve(folder);
  const builds = { "static-export": staticExportBuild(exportDir, site.basePath), "next-start": nextStartBuild(".next") };
  const budgets = readBudgets();
  const features = Object.entries(budgets.javascript.features).map(([name, bytes]) => `${name} ${formatKilobytes(bytes)}`);
  const deliveries = [
    {
      delivery: "static-export",
      built: `${exportDir}/index.html`,
      by: "npm run export",
      allowedBytes: 0,
      why: "the export serves pages without Next.js's scripts (lib/export/finish.ts)",
    },
    {
      delivery: "next-start",
      built: ".next/BUILD_ID",
      by: "npx next build",
      allowedBytes: javascriptAllowance(budgets),
      why: `empty Next.js page ${budgets.javascript.emptyPageBytes} B + ${features.join(" + ") || "nothing"}`,
    },
  ] as const;
  const unbuilt = deliveries.filter(({ built }) => !existsSync(built));
  if (unbuilt.length > 0) {
    console.error(`There is nothing to measure yet: run ${unbuilt.map(({ by }) => `\`${by}\``).join(" and ")} first.`);
    return 1;
  }
  // A page of each kind showing the site's own guide where the export holds generated content
  // beside it (a listing, the part that lists it); next build builds the site's own content, at the root.
  const own = ownCareers();
  const ownSlugs = new Set(own.map((career) => career.slug));
  const showsOwnGuide = (page: Page) => {
    if ("career" in page) return ownSlugs.has(page.career.slug);
    if (page.kind === "family") return page.careers.some((career) => ownSlugs.has(career.slug));
    if (page.kind === "titleIndex") return page.entries.some((entry) => entry.places.some((place) => ownSlugs.has(place.careerSlug)));
    return true;
  };
  const samples = {
    "static-export": samplePages(getPages().filter(showsOwnGuide)),
    "next-start": samplePages(getPages(own)).map((page) => ({ ...page, path: page.path.slice(site.basePath.length) || "/" })),
  };
  const searchPage = { kind: "search", path: `${paths.search()}?q=${encodeURIComponent(own[0]?.title ?? "manager")}` };
  const pages = [...samples["static-export"], searchPage];

  // The export's pages that load no script file: Lighthouse may call them loaded a moment after they load.
  const scriptless = new Set<string>();
  for (const { delivery, allowedBytes, why } of deliveries) {
    for (const { kind, path } of samples[delivery]) {
      const weight = measurePage(builds[delivery], path);
      if (delivery === "static-export" && weight.jsFiles.length === 0) scriptless.add(path);
      const page = `${delivery}: ${kind} page ${path}`;
      check(
        `${page} JavaScript`,
        weight.jsBytes <= allowedBytes,
        `${weight.jsBytes} B (${formatKilobytes(weight.jsBytes)}) in ${weight.jsFiles.length} files; allowed ${allowedBytes} B: ${why}`,
      );
      check(`${page} CSS`, weight.cssBytes < budgets.cssMaxBytes, `${formatKilobytes(weight.cssBytes)}; must be under ${formatKilobytes(budgets.cssMaxBytes)}`);
      if (kind === "compare") {
        check(
          `${page} HTML`,
          weight.htmlBytes < budgets.comparisonHtmlMaxBytes,
          `${formatKilobytes(weight.htmlBytes)}; must be under ${formatKilobytes(budgets.comparisonHtmlMaxBytes)}`,
        );
      }
      check(`${page} web fonts in the markup`, weight.fontFiles.length === 0, weight.fontFiles.join(", ") || "none; system fonts only");
    }
  }

  // The search page, the one page with a script: its own module, and Pagefind's files loaded
  // before a query (all but the index's chunks and fragments, which the benchmark weighs).
  const exported = (file: string) => readFileSync(path.join(exportDir, file));
  const scriptBytes = gzipBytes(exported(SEARCH_SCRIPT));
  check(
    "static-export: search page's script",
    scriptBytes <= budgets.search.scriptMaxBytes,
    `${formatKilobytes(scriptBytes)}; at most ${formatKilobytes(budgets.search.scriptMaxBytes)}`,
  );
  const pagefindFiles = readdirSync(path.join(exportDir, siteFolders.searchIndex)).filter((name) => /\.(js|json|pagefind|pf_meta)$/.test(name));
  const pagefindBytes = pagefindFiles.reduce((sum, name) => sum + gzipBytes(exported(path.join(siteFolders.searchIndex, name))), 0);
  check(
    "static-export: Pagefind before the first query",
    pagefindBytes <= budgets.search.pagefindMaxBytes,
    `${formatKilobytes(pagefindBytes)} in ${pagefindFiles.join(", ")}; at most ${formatKilobytes(budgets.search.pagefindMaxBytes)}`,
  );

  // Lighthouse audits what readers are served: the export, under deploy/nginx.conf, and the search page with a query.
  const server = await startExportServer(ports["budgets"], exportDir, site.basePath);
  try {
    // The search page is kept out of search engines' indexes on purpose (its results change with
    // every query, and the pages they lead to are indexed), which Lighthouse's is-crawlable audit
    // counts against SEO; every other audit holds it to the same scores.
    const url = (path: string) => `${server.url}${path}`;
    const audits = await auditPages(
      pages.map(({ path }) => url(path)),
      budgets.lighthouseMinScores,
      { [url(searchPage.path)]: ["is-crawlable"] },
      new Set([...scriptless].map(url)),
    );
    for (const { kind, path } of pages) {
      const figures = audits.get(url(path))!;
      const page = `static-export: ${kind} page ${path}`;
      for (const category of CATEGORIES) {
        const minimum = budgets.lighthouseMinScores[category];
        const score = figures.scores[category];
        const why = figures.failingAudits[category];
        // The performance score hangs on main-thread time, which a busy machine stretches: show the metrics behind it.
        const metrics =
          category === "performance" ? ` (LCP ${Math.round(figures.largestContentfulPaintMs)} ms, TBT ${Math.round(figures.totalBlockingTimeMs)} ms)` : "";
        const runs = figures.runs > 1 ? `, the median of ${figures.runs} runs (the first: ${figures.firstRunMissed.join(", ")})` : "";
        check(
          `${page} Lighthouse ${category}`,
          score >= minimum,
          `${score}${runs} (at least ${minimum})${why.length > 0 ? `; losing points on: ${why.join("; ")}${metrics}` : ""}`,
        );
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
  writeFileSync(
    REPORT,
    `${JSON.stringify({ passed: results.length - failed.length, failed: failed.length, failures: failed.map((result) => `${result.name}: ${result.detail}`), results }, null, 2)}\n`,
  );
  console.log(`\nBudgets: ${results.length - failed.length} passed, ${failed.length} failed`);
  for (const result of failed) console.log(`  over budget: ${result.name}: ${result.detail}`);
  return failed.length > 0 ? 1 : 0;
}

// The report is written either way; a crash (no build, no browser) also fails the step.
void main().then((code) => process.exit(code));
