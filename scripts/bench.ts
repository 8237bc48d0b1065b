/**
 * `npm run bench`: what the site costs and how that cost grows, written to docs/benchmarks.md
 * (between the bench markers; the text around them is kept). A measurement, not a test: it takes
 * a while, and its timings depend on the machine. It also re-measures the empty-Next.js baseline
 * that budgets.json holds the site's JavaScript to. It leaves out/ and .next as `npm run export`
 * and `npm run build` would. Servers listen on BENCH_PORT (3206) and the three ports after it.
 *
 * `npm run bench -- --scale-only [--careers 1,100,1000]`: only the static export of synthetic
 * catalogues (in a copy of the site under .bench/, which leaves out/ and .next alone), rewriting
 * only the scale section of the report.
 *
 * `npm run bench -- --changes-only`: only the changes report over 100 renamed careers of the
 * largest allowed size (written under .bench/), rewriting only its section of the report.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describeValue, getCareers, limits } from "../lib/content";
import { slowestPathologicalShape } from "./lib/corpora/pathological-markdown";
import { samplePages } from "../lib/pages";
import { renderBenchReport, renderChangesReport, renderScaleReport, type Baselines, type DeliveryFigures, type ScaleFigures } from "./lib/bench-report";
import { readBudgets, recordEmptyPage } from "./lib/budget-file";
import { measureRenames } from "./lib/changes-bench";
import { commandLine, usageError } from "./lib/command-line";
import { measureEmptyNextPage } from "./lib/empty-next-app";
import { startFloorServer } from "./lib/floor-page";
import { auditPages } from "./lib/lighthouse";
import { loadTest, timedNextBuild, timedRun } from "./lib/measure";
import { measurePage, repositoryBuilds } from "./lib/page-weight";
import { EXPORT_SITE_URL, ports } from "./lib/ports";
import { copyBuildInputs, measureScale } from "./lib/scale";
import { measureSearch } from "./lib/search-bench";
import { EXPORT_DIR } from "./lib/static-export";
import { startExportServer, startNextServer } from "./lib/servers";

const REPORT = "docs/benchmarks.md";
const EMPTY_APP_DIR = path.resolve(".bench/empty-next");
const BUILD_COPY_DIR = path.resolve(".bench/build-copy");
const SCALES = [1, 100, 1000];
const USAGE = "usage: npm run bench [-- --scale-only [--careers 1,100,1000] | --changes-only]";
const RENAMES = { contentDir: path.resolve(".bench/largest-careers"), careers: 100 };
/** What the export of a large catalogue should stay within on this project's 2-core machines. */
const SCALE_TARGETS = { msPerPage: 20, peakMb: 1024, exportMb: 150 };
const LOAD = { connections: 10, seconds: 10 };
const port = { "static-export": ports["bench"], "next-start": ports["bench"] + 1, "empty-next": ports["bench"] + 2, floor: ports["bench"] + 3 };

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const packageVersion = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")) as { version: string }).version;

const today = () => new Date().toISOString().slice(0, 10);
const machine = () => {
  const loadAverage = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(", ");
  return `${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim() ?? "unknown"}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory, ${os.type()} ${os.release()}; load average at the start ${loadAverage} (the machine is shared)`;
};

/**
 * `npm run export` of `counts` synthetic careers each, in a copy of the site; every page of the
 * largest export is held to the export page budget.
 */
async function measureScaleFigures(counts: number[]): Promise<ScaleFigures> {
  const started = { date: today(), machine: machine() };
  copyBuildInputs(BUILD_COPY_DIR);
  const largest = Math.max(...counts);
  const rows = [];
  for (const count of counts) {
    log(`scale: npm run export of ${count} careers…`);
    const row = measureScale(count, { copyDir: BUILD_COPY_DIR, siteUrl: EXPORT_SITE_URL, holdToBudgets: count === largest });
    if (row.exportSeconds === undefined) {
      rows.push(row);
      continue;
    }
    log(`scale: searching the export of ${count} careers in Chromium…`);
    const search = await measureSearch(
      path.join(BUILD_COPY_DIR, EXPORT_DIR),
      new URL(EXPORT_SITE_URL).pathname.replace(/\/$/, ""),
      count,
      port["static-export"],
    );
    rows.push({ ...row, search });
  }
  rmSync(BUILD_COPY_DIR, { recursive: true, force: true });
  return { ...started, rows, targets: { ...SCALE_TARGETS, pageBytes: readBudgets().exportPage.maxBytes } };
}

/** The changes report over every one of many large careers renamed, as its section of the report. */
async function measureChanges(): Promise<string> {
  const started = { date: today(), machine: machine() };
  log(`changes report: ${RENAMES.careers} careers of the largest allowed size, every one renamed…`);
  return renderChangesReport({ ...started, ...(await measureRenames(RENAMES.contentDir, RENAMES.careers)) });
}

/** Replaces the report's text from `<!-- marker:start` to `<!-- marker:end -->` with `text`. */
function rewriteReport(marker: string, text: string): void {
  const previous = existsSync(REPORT)
    ? readFileSync(REPORT, "utf8")
    : "# Benchmarks\n\n<!-- bench:start -->\n<!-- bench:end -->\n\n<!-- bench-changes:start -->\n<!-- bench-changes:end -->\n";
  const between = new RegExp(`<!-- ${marker}:start[\\s\\S]*<!-- ${marker}:end -->`);
  if (!between.test(previous))
    throw new Error(`${REPORT} has no <!-- ${marker}:start --> … <!-- ${marker}:end --> markers to write between: run the whole bench once`);
  writeFileSync(
    REPORT,
    previous.replace(between, () => text),
  );
  log(`wrote ${REPORT}`);
}

async function main(): Promise<void> {
  const args = commandLine(USAGE, {
    "scale-only": { type: "boolean", default: false },
    "changes-only": { type: "boolean", default: false },
    careers: { type: "string", default: SCALES.join(",") },
  }).values;
  const counts = args.careers.split(",").map(Number);
  if (!counts.every((count) => Number.isInteger(count) && count > 0))
    usageError(USAGE, `--careers takes whole numbers of careers, separated by commas, not ${describeValue(args.careers)}`);
  if (args["scale-only"] && args["changes-only"]) usageError(USAGE, "--scale-only and --changes-only each measure one part: name one of them");
  if (args["changes-only"]) {
    rewriteReport("bench-changes", await measureChanges());
    return;
  }
  if (args["scale-only"]) {
    rewriteReport("bench-scale", renderScaleReport(await measureScaleFigures(counts)));
    return;
  }
  const date = today();
  const machineAtStart = machine();

  log("building the empty Next.js baseline…");
  const empty = measureEmptyNextPage(EMPTY_APP_DIR);
  const how = "npm run bench: a throwaway app in .bench/empty-next (one page with a line of text, the repository's next.config basics) built with next build";
  recordEmptyPage(empty.jsBytes, { date, next: packageVersion("next"), react: packageVersion("react"), how });

  log("building the site: npm run export, then the server build…");
  const exportEnv = { ...process.env, SITE_URL: `http://127.0.0.1:${port["static-export"]}` };
  const exportBuild = timedRun("npm", ["run", "--silent", "export"], { env: exportEnv });
  if (!exportBuild.ok) throw new Error(`npm run export failed:\n${exportBuild.stdout}\n${exportBuild.stderr}`);
  const serverBuild = timedNextBuild(".", { PORT: String(port["next-start"]) });
  const pages = samplePages();
  const servedPath = pages.find((page) => page.kind === "career")!.path;
  const servers = {
    "static-export": await startExportServer(port["static-export"]),
    "next-start": await startNextServer(port["next-start"]),
  };
  const emptyNext = await startNextServer(port["empty-next"], EMPTY_APP_DIR);
  const floor = await startFloorServer(getCareers()[0]!, port["floor"]);
  const deliveries: DeliveryFigures[] = [];
  let baselines: Baselines;
  try {
    log("Lighthouse: the site's pages under both deliveries, the empty Next.js page and the static floor…");
    const urls = (delivery: keyof typeof servers) => pages.map((page) => `${servers[delivery].url}${page.path}`);
    const audits = await auditPages([...urls("static-export"), ...urls("next-start"), `${emptyNext.url}/`, floor.url]);
    log(`load test: ${servedPath}, ${LOAD.connections} connections for ${LOAD.seconds} s per server…`);
    for (const delivery of ["static-export", "next-start"] as const) {
      deliveries.push({
        delivery,
        pages: pages.map((page) => ({
          page,
          weight: measurePage(repositoryBuilds[delivery], page.path),
          lighthouse: audits.get(`${servers[delivery].url}${page.path}`)!,
        })),
        serving: loadTest(`${servers[delivery].url}${servedPath}`, LOAD),
      });
    }
    baselines = {
      empty: { weight: empty, lighthouse: audits.get(`${emptyNext.url}/`)! },
      floor: { bytes: floor.gzipBytes, lighthouse: audits.get(floor.url)! },
    };
  } finally {
    await Promise.all([...Object.values(servers), emptyNext, floor].map((server) => server.stop()));
  }

  log("markdown: every pathological shape at the file size limit…");
  const slowestShape = slowestPathologicalShape();

  const scale = await measureScaleFigures(counts);
  const changes = await measureChanges();

  const generated = renderBenchReport({
    date,
    machine: machineAtStart,
    versions: `Node ${process.version}, Next.js ${packageVersion("next")}, React ${packageVersion("react")}, Lighthouse ${packageVersion("lighthouse")}, autocannon ${packageVersion("autocannon")}`,
    careers: getCareers().length,
    builds: { "static-export": exportBuild, "next-start": serverBuild },
    servedPath,
    load: LOAD,
    deliveries,
    baselines,
    scale,
    slowestShape: { ...slowestShape, limitMs: limits.renderMilliseconds.value },
  });
  rewriteReport("bench", generated);
  rewriteReport("bench-changes", changes);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
