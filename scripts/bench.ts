/**
 * `npm run bench`: what the site costs and how that cost grows, written to docs/benchmarks.md
 * (between the bench markers; the text around them is kept). A measurement, not a test: it
 * takes a while, and its timings depend on the machine. It also re-measures the empty-Next.js
 * baseline that budgets.json holds the site's JavaScript to. It leaves out/ and .next as
 * `npm run export` and `npm run build` would, for the default SITE_URL.
 *
 * Ports: 3206 (site under next start), 3207 (empty Next.js page), 8205 (nginx serving the floor),
 * 8206 (nginx serving the static export with deploy/nginx.conf).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { getCareers } from "../lib/content/load";
import { readBudgets, writeBudgets } from "./lib/budget-file";
import { writeEmptyNextApp } from "./lib/empty-next-app";
import { floorOverviewHtml } from "./lib/floor-page";
import { auditPages, type LighthouseFigures } from "./lib/lighthouse";
import { startNextServer, type RunningServer } from "./lib/next-server";
import { measurePage, nextServerBuild, staticExport, type BuiltSite } from "./lib/page-weight";
import { loadTest, startNginx, timedRun, type LoadTest } from "./lib/processes";
import { samplePages, type SamplePage } from "./lib/site-pages";
import { EXPORT_DIR, finishExport } from "./lib/static-export";
import { writeSyntheticCareers } from "./lib/synthetic-content";
import { startExportServer } from "./serve-export";

const REPORT = "docs/benchmarks.md";
const BENCH_DIR = path.resolve(".bench");
const EMPTY_APP_DIR = path.join(BENCH_DIR, "empty-next");
const SITE_COPY_DIR = path.join(BENCH_DIR, "site");
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const TSX_BIN = path.resolve("node_modules/.bin/tsx");
const CHECK_SCRIPT = "scripts/check-content.ts";
const SCALES = [1, 100, 1000];
// The largest build is tried once; on a shared 2-core machine it may not finish, and is then reported as stopped.
const BUILD_TIMEOUT_MS = 15 * 60 * 1000;
const PORTS = { site: 3206, emptyNext: 3207, nginx: 8205, staticExport: 8206 };
const LOAD = { connections: 10, seconds: 10 };
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const packageVersion = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")) as { version: string }).version;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

/** The two ways the site is served: the export is what readers get (docs/deploy.md). */
type DeliveryName = "static export" | "next start";
const pageName = ({ type, route }: SamplePage, delivery: DeliveryName) => `${type} \`${route}\`, ${delivery}`;

function nextBuild(projectDir: string, extraEnv: Record<string, string> = {}) {
  rmSync(path.join(projectDir, ".next"), { recursive: true, force: true });
  const run = timedRun(process.execPath, [NEXT_BIN, "build"], { cwd: projectDir, env: { ...env, ...extraEnv }, timeoutMs: BUILD_TIMEOUT_MS });
  if (!run.ok && !run.timedOut) throw new Error(`next build failed in ${projectDir}:\n${run.stdout}\n${run.stderr}`);
  return run;
}

/** The JavaScript an empty page of this Next.js version loads. */
function measureBaseline() {
  writeEmptyNextApp(EMPTY_APP_DIR);
  nextBuild(EMPTY_APP_DIR);
  return { empty: measurePage(nextServerBuild(path.join(EMPTY_APP_DIR, ".next")), "/") };
}

/** Records the baseline; the named allowances beyond it stay as budgets.json declares them. */
function recordBaseline(emptyJsBytes: number, date: string): void {
  const budgets = readBudgets();
  budgets.javascript = {
    ...budgets.javascript,
    measured: {
      date,
      next: packageVersion("next"),
      react: packageVersion("react"),
      how: "npm run bench: a throwaway app in .bench/empty-next (one page with a line of text, the repository's next.config basics) built with next build",
    },
    emptyPageBytes: emptyJsBytes,
  };
  writeBudgets(budgets);
}

function nginxConfig(prefixDir: string, siteRoot: string): string {
  return `${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;
pid ${prefixDir}/nginx.pid;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  client_body_temp_path ${prefixDir}/client_body;
  proxy_temp_path ${prefixDir}/proxy;
  fastcgi_temp_path ${prefixDir}/fastcgi;
  uwsgi_temp_path ${prefixDir}/uwsgi;
  scgi_temp_path ${prefixDir}/scgi;
  server {
    listen 127.0.0.1:${PORTS.nginx};
    root ${siteRoot};
  }
}
`;
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

interface ScaleRow {
  careers: number;
  levels: number;
  loadSeconds: number;
  loadPeakMb: number;
  buildSeconds?: number;
  buildPeakMb?: number;
  pages?: number;
  outputBytes?: number;
  homeHtmlBytes?: number;
  note?: string;
}

/** Synthetic content of `count` careers: load it, then build a copy of the site from it. */
function measureScale(count: number, checkScriptExists: boolean): ScaleRow {
  const contentDir = mkdtempSync(path.join(os.tmpdir(), `career-bench-${count}-`));
  try {
    const { levels } = writeSyntheticCareers(contentDir, count);
    const contentEnv = { ...env, CONTENT_DIR: contentDir };
    const load = checkScriptExists
      ? timedRun(TSX_BIN, [CHECK_SCRIPT], { env: contentEnv, timeoutMs: BUILD_TIMEOUT_MS })
      : timedRun(TSX_BIN, ["scripts/lib/load-content-timing.ts"], { env: contentEnv, timeoutMs: BUILD_TIMEOUT_MS });
    if (!load.ok) throw new Error(`Loading ${count} synthetic careers failed:\n${load.stdout}\n${load.stderr}`);
    const loadSeconds = checkScriptExists ? load.seconds : (JSON.parse(load.stdout) as { milliseconds: number }).milliseconds / 1000;
    const row: ScaleRow = { careers: count, levels, loadSeconds, loadPeakMb: load.peakMemoryMb };

    log(`building the site from ${count} careers (${levels} levels)…`);
    const build = nextBuild(SITE_COPY_DIR, { CONTENT_DIR: contentDir });
    if (build.timedOut) return { ...row, note: `build stopped after ${BUILD_TIMEOUT_MS / 60_000} minutes` };
    const distDir = path.join(SITE_COPY_DIR, ".next");
    const serverApp = path.join(distDir, "server", "app");
    const pages = directoryBytes(serverApp, (name) => name.endsWith(".html") && !name.startsWith("_")).files;
    const served = directoryBytes(serverApp, (name) => /\.(html|rsc)$/.test(name));
    return {
      ...row,
      buildSeconds: build.seconds,
      buildPeakMb: build.peakMemoryMb,
      pages,
      outputBytes: served.bytes + directoryBytes(path.join(distDir, "static")).bytes,
      homeHtmlBytes: measurePage(nextServerBuild(distDir), "/").htmlBytes,
    };
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
}

/** A copy of what `next build` reads, so the scale builds never touch the repository's `.next`. */
function copySite(): void {
  rmSync(SITE_COPY_DIR, { recursive: true, force: true });
  mkdirSync(SITE_COPY_DIR, { recursive: true });
  for (const item of ["app", "components", "lib", "public", "next.config.ts", "postcss.config.mjs", "tailwind.config.ts", "tsconfig.json", "package.json"]) {
    if (existsSync(item)) cpSync(item, path.join(SITE_COPY_DIR, item), { recursive: true });
  }
}

function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

const score = (value: number) => value.toFixed(2);
const lighthouseRow = (name: string, figures: LighthouseFigures) => [
  name,
  score(figures.scores.performance),
  score(figures.scores.accessibility),
  score(figures.scores["best-practices"]),
  score(figures.scores.seo),
  Math.round(figures.largestContentfulPaintMs),
  Math.round(figures.totalBlockingTimeMs),
  figures.cumulativeLayoutShift.toFixed(3),
];

async function main(): Promise<void> {
  const date = new Date().toISOString().slice(0, 10);
  const loadAverage = os.loadavg().map((value) => value.toFixed(1)).join(", ");

  log("building the empty Next.js baseline…");
  const baseline = measureBaseline();
  recordBaseline(baseline.empty.jsBytes, date);

  log("building the site: the static export (npm run export), then the server build…");
  const exportBuild = nextBuild(".", { NEXT_OUTPUT: "export" });
  finishExport(EXPORT_DIR);
  const siteBuild = nextBuild(".");
  const pages = samplePages();
  const deliveries: { name: DeliveryName; site: BuiltSite }[] = [
    { name: "static export", site: staticExport(EXPORT_DIR) },
    { name: "next start", site: nextServerBuild(".next") },
  ];
  const weights = deliveries.flatMap(({ name, site }) => pages.map((page) => ({ delivery: name, page, weight: measurePage(site, page.route) })));
  const career = getCareers()[0]!;
  const floorHtml = floorOverviewHtml(career);
  const floorBytes = gzipSync(floorHtml, { level: 9 }).length;

  const nginxDir = mkdtempSync(path.join(os.tmpdir(), "career-bench-nginx-"));
  const overview = pages.find((page) => page.type === "overview")!.route;
  const floorRoot = path.join(nginxDir, "site");
  mkdirSync(path.join(floorRoot, "floor"), { recursive: true });
  writeFileSync(path.join(floorRoot, "floor", "index.html"), floorHtml);
  writeFileSync(path.join(nginxDir, "nginx.conf"), nginxConfig(nginxDir, floorRoot));

  const servers: Record<DeliveryName, RunningServer> = {
    "static export": await startExportServer(PORTS.staticExport, path.resolve(EXPORT_DIR)),
    "next start": await startNextServer(".", PORTS.site),
  };
  const emptyNext = await startNextServer(EMPTY_APP_DIR, PORTS.emptyNext);
  const floor = await startNginx(nginxDir, path.join(nginxDir, "nginx.conf"), `http://127.0.0.1:${PORTS.nginx}/floor/`);
  const pageUrl = (delivery: DeliveryName, page: SamplePage) => `${servers[delivery].url}${page.route}`;
  let audits: Map<string, LighthouseFigures>;
  let serving: { server: string; result: LoadTest }[];
  try {
    log("Lighthouse: the site's pages as exported and under next start, the empty Next.js page and the static floor…");
    audits = await auditPages([...deliveries.flatMap(({ name }) => pages.map((page) => pageUrl(name, page))), `${emptyNext.url}/`, `${floor.url}/floor/`]);
    log(`load test: ${overview}, ${LOAD.connections} connections for ${LOAD.seconds} s per server…`);
    serving = [
      { server: "next start", result: loadTest(`${servers["next start"].url}${overview}`, LOAD) },
      { server: "nginx (deploy/nginx.conf), static export", result: loadTest(`${servers["static export"].url}${overview}`, LOAD) },
    ];
  } finally {
    await Promise.all([...Object.values(servers).map((server) => server.stop()), emptyNext.stop(), floor.stop()]);
    rmSync(nginxDir, { recursive: true, force: true });
  }

  const checkScriptExists = existsSync(CHECK_SCRIPT);
  copySite();
  const scale: ScaleRow[] = [];
  for (const count of SCALES) {
    log(`scale: ${count} careers…`);
    scale.push(measureScale(count, checkScriptExists));
  }
  rmSync(SITE_COPY_DIR, { recursive: true, force: true });

  const emptyTotal = baseline.empty.htmlBytes + baseline.empty.cssBytes + baseline.empty.jsBytes;
  const weightRows = [
    ["static floor (overview content, hand-written HTML)", kb(floorBytes), "inline", "0.0", kb(floorBytes), ratio(floorBytes, emptyTotal), "1.00×"],
    ["empty Next.js page", kb(baseline.empty.htmlBytes), kb(baseline.empty.cssBytes), kb(baseline.empty.jsBytes), kb(emptyTotal), "1.00×", ratio(emptyTotal, floorBytes)],
    ...weights.map(({ delivery, page, weight }) => {
      const total = weight.htmlBytes + weight.cssBytes + weight.jsBytes;
      return [pageName(page, delivery), kb(weight.htmlBytes), kb(weight.cssBytes), kb(weight.jsBytes), kb(total), ratio(total, emptyTotal), ratio(total, floorBytes)];
    }),
  ];
  const lighthouseRows = [
    ...deliveries.flatMap(({ name }) => pages.map((page) => lighthouseRow(pageName(page, name), audits.get(pageUrl(name, page))!))),
    lighthouseRow("empty Next.js page", audits.get(`${emptyNext.url}/`)!),
    lighthouseRow("static floor", audits.get(`${floor.url}/floor/`)!),
  ];
  const seconds = (value: number | undefined) => (value === undefined ? "—" : value.toFixed(value < 1 ? 3 : 1));
  const scaleRows = scale.map((row) => [
    row.careers,
    row.levels,
    row.pages ?? "—",
    seconds(row.loadSeconds),
    seconds(row.buildSeconds),
    row.buildPeakMb === undefined ? "—" : Math.round(row.buildPeakMb),
    row.outputBytes === undefined ? "—" : (row.outputBytes / 1024 / 1024).toFixed(1),
    row.buildSeconds === undefined || !row.pages ? "—" : `${((row.buildSeconds / row.pages) * 1000).toFixed(0)} ms`,
    row.homeHtmlBytes === undefined ? "—" : kb(row.homeHtmlBytes),
    row.note ?? "",
  ]);

  const generated = `<!-- bench:start (written by npm run bench; edit the text outside these markers) -->
## Latest run

- **Date:** ${date}
- **Machine:** ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim() ?? "unknown"}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory, ${os.type()} ${os.release()}; load average at the start ${loadAverage} (the machine is shared)
- **Versions:** Node ${process.version}, Next.js ${packageVersion("next")}, React ${packageVersion("react")}, Lighthouse ${packageVersion("lighthouse")}, autocannon ${packageVersion("autocannon")}
- **Content:** ${getCareers().length} career(s); pages measured from the first career and its first level.
- **Site build:** the static export ${exportBuild.seconds.toFixed(1)} s (peak ${Math.round(exportBuild.peakMemoryMb)} MB), the server build ${siteBuild.seconds.toFixed(1)} s (peak ${Math.round(siteBuild.peakMemoryMb)} MB).

### Page weight (KB, gzip level 9)

What each page loads: its HTML, every \`<script src>\` and stylesheet link, as the static export serves it
(what readers get: pages without Next.js's scripts) and as \`next start\` serves it. The floor is the overview's
content as one hand-written HTML file with a few lines of inline CSS and no JavaScript.

${table(["page", "HTML", "CSS", "JS", "total", "vs empty Next.js", "vs floor"], weightRows)}

The empty page's ${kb(baseline.empty.jsBytes)} KB of JavaScript is recorded in budgets.json: under \`next start\` the site may load that plus the allowances it names; the export loads none.

### Lighthouse 12 (mobile defaults, simulated throttling, median of three runs)

${table(["page", "performance", "accessibility", "best practices", "SEO", "LCP ms", "TBT ms", "CLS"], lighthouseRows)}

### Serving one page (\`${overview}\`) on loopback

autocannon, ${LOAD.connections} connections for ${LOAD.seconds} s, no compression asked for. nginx (1 worker)
serves the static export with \`deploy/nginx.conf\`, headers included.

${table(["server", "requests/s", "p50 latency ms", "p99 latency ms", "errors"], serving.map(({ server, result }) => [server, Math.round(result.requestsPerSecond), result.latencyP50Ms, result.latencyP99Ms, result.errors]))}

### Scale: synthetic careers of 3 to 5 levels each

${checkScriptExists ? `"Check" is \`${CHECK_SCRIPT}\` run under CONTENT_DIR (process wall-clock time).` : `"Load" is \`loadContent()\` alone, timed inside a small tsx script (\`scripts/lib/load-content-timing.ts\`): \`${CHECK_SCRIPT}\` does not exist in this branch yet.`}
The build is \`next build\` of a copy of the site in \`.bench/site\` with CONTENT_DIR pointing at the synthetic content; peak
memory is GNU time's maximum resident set size, that of the largest single process. Output is the prerendered
HTML and RSC files plus \`.next/static\`. Time per page is the whole build's time over its pages.

${table(["careers", "levels", "pages", checkScriptExists ? "check s" : "load s", "build s", "build peak MB", "output MB", "build time per page", "home HTML KB", "note"], scaleRows)}
<!-- bench:end -->`;

  const previous = existsSync(REPORT) ? readFileSync(REPORT, "utf8") : "# Benchmarks\n\n<!-- bench:start -->\n<!-- bench:end -->\n";
  const updated = previous.replace(/<!-- bench:start[\s\S]*<!-- bench:end -->/, () => generated);
  writeFileSync(REPORT, updated);
  log(`wrote ${REPORT}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
