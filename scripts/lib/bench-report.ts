import { REPORT_LIMITS } from "../../lib/changes";
import type { RenameFigures } from "./changes-bench";
import type { ShapeTiming } from "./corpora/pathological-markdown";
import type { Page } from "../../lib/pages";
import type { Delivery as AnyDelivery } from "../../lib/security-headers";
import { CATEGORIES, type LighthouseFigures } from "./lighthouse";
import type { LoadTest, TimedRun } from "./measure";
import type { PageWeight } from "./page-weight";
import type { ScaleRow } from "./scale";

type Delivery = Exclude<AnyDelivery, "next-dev">;

/** One delivery's sample pages, measured. */
export interface DeliveryFigures {
  delivery: Delivery;
  pages: { page: Page; weight: PageWeight; lighthouse: LighthouseFigures }[];
  serving: LoadTest;
}

export interface Baselines {
  empty: { weight: PageWeight; lighthouse: LighthouseFigures };
  /** The overview's content as hand-written HTML: gzip bytes, all inline. */
  floor: { bytes: number; lighthouse: LighthouseFigures };
}

export interface BenchFigures {
  date: string;
  machine: string;
  versions: string;
  careers: number;
  builds: Record<Delivery, TimedRun>;
  servedPath: string;
  load: { connections: number; seconds: number };
  deliveries: DeliveryFigures[];
  baselines: Baselines;
  scale: ScaleFigures;
  /** The pathological markdown shape that took longest to check and render, and the loader's time limit. */
  slowestShape: ShapeTiming & { limitMs: number };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;
const score = (value: number) => value.toFixed(2);
const seconds = (value: number | undefined) => (value === undefined ? "—" : value.toFixed(value < 1 ? 3 : 1));
const orDash = (value: number | undefined, format: (value: number) => string | number = Math.round) => (value === undefined ? "—" : format(value));

function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

const lighthouseRow = (name: string, figures: LighthouseFigures) => [
  name,
  ...CATEGORIES.map((category) => score(figures.scores[category])),
  Math.round(figures.largestContentfulPaintMs),
  Math.round(figures.totalBlockingTimeMs),
  figures.cumulativeLayoutShift.toFixed(3),
];

/** The text between docs/benchmarks.md's bench markers. */
export function renderBenchReport(figures: BenchFigures): string {
  const { empty, floor } = figures.baselines;
  const emptyTotal = empty.weight.htmlBytes + empty.weight.cssBytes + empty.weight.jsBytes;
  const measured = figures.deliveries.flatMap(({ delivery, pages }) =>
    pages.map((measurement) => ({ name: `${measurement.page.kind} \`${measurement.page.path}\`, ${delivery}`, ...measurement })),
  );
  const weightRows = [
    ["static floor (overview content, hand-written HTML)", kb(floor.bytes), "inline", "0.0", kb(floor.bytes), ratio(floor.bytes, emptyTotal), "1.00×"],
    [
      "empty Next.js page",
      kb(empty.weight.htmlBytes),
      kb(empty.weight.cssBytes),
      kb(empty.weight.jsBytes),
      kb(emptyTotal),
      "1.00×",
      ratio(emptyTotal, floor.bytes),
    ],
    ...measured.map(({ name, weight }) => {
      const total = weight.htmlBytes + weight.cssBytes + weight.jsBytes;
      return [name, kb(weight.htmlBytes), kb(weight.cssBytes), kb(weight.jsBytes), kb(total), ratio(total, emptyTotal), ratio(total, floor.bytes)];
    }),
  ];
  const lighthouseRows = [
    ...measured.map(({ name, lighthouse }) => lighthouseRow(name, lighthouse)),
    lighthouseRow("empty Next.js page", empty.lighthouse),
    lighthouseRow("static floor", floor.lighthouse),
  ];
  const build = (delivery: Delivery) => `${figures.builds[delivery].seconds.toFixed(1)} s (peak ${Math.round(figures.builds[delivery].peakMemoryMb)} MB)`;

  return `<!-- bench:start (written by npm run bench; edit the text outside these markers) -->
## Latest run

- **Date:** ${figures.date}
- **Machine:** ${figures.machine}
- **Versions:** ${figures.versions}
- **Content:** ${figures.careers} career(s); pages measured from the first career and its first level.
- **Site build:** \`npm run export\` ${build("static-export")}, the server build ${build("next-start")}.

### Page weight (KB, gzip level 9)

${table(["page", "HTML", "CSS", "JS", "total", "vs empty Next.js", "vs floor"], weightRows)}

The empty page's ${kb(empty.weight.jsBytes)} KB of JavaScript is recorded in budgets.json: under \`next start\` the site may load that plus the allowances it names; the export loads none.

### Lighthouse 12 (mobile defaults, simulated throttling, median of three runs)

${table(["page", "performance", "accessibility", "best practices", "SEO", "LCP ms", "TBT ms", "CLS"], lighthouseRows)}

### Serving one page (\`${figures.servedPath}\`) on loopback: ${figures.load.connections} connections for ${figures.load.seconds} s

${table(
  ["delivery", "requests/s", "p50 latency ms", "p99 latency ms", "errors"],
  figures.deliveries.map(({ delivery, serving }) => [
    delivery,
    Math.round(serving.requestsPerSecond),
    serving.latencyP50Ms,
    serving.latencyP99Ms,
    serving.errors,
  ]),
)}

${renderScaleReport(figures.scale)}

### Markdown that stalls parsers: the slowest shape at the file size limit

${table(
  ["shape", "check and render ms", "render time limit ms", "share of the limit"],
  [
    [
      figures.slowestShape.shape,
      Math.round(figures.slowestShape.milliseconds),
      figures.slowestShape.limitMs,
      `${Math.round((figures.slowestShape.milliseconds / figures.slowestShape.limitMs) * 100)} %`,
    ],
  ],
)}
<!-- bench:end -->`;
}

/** The scale rows and when and where they were measured: `npm run bench -- --scale-only` rewrites them alone. */
export interface ScaleFigures {
  date: string;
  machine: string;
  rows: ScaleRow[];
  /** What the export of one amount of content may take, per budgets.json and the bench's targets. */
  targets: { msPerPage: number; peakMb: number; exportMb: number; pageBytes: number };
}

/** The seconds each exported page beyond those of the one-career export took: `(T(n) − T(1)) / (pages(n) − pages(1))`. */
export function marginalMsPerPage(row: ScaleRow, rows: readonly ScaleRow[]): number | undefined {
  const base = rows.find((candidate) => candidate.careers === 1);
  if (
    !base ||
    base === row ||
    base.exportSeconds === undefined ||
    base.pages === undefined ||
    row.exportSeconds === undefined ||
    row.pages === undefined ||
    row.pages <= base.pages
  )
    return undefined;
  return ((row.exportSeconds - base.exportSeconds) / (row.pages - base.pages)) * 1000;
}

/** What the search figures are held against: the export's file count is a host's limit, the rest are goals. */
const SEARCH_GOALS =
  "Twenty job titles of the catalogue typed into the search page of the export behind nginx, in Chromium on this machine (scripts/lib/search-bench.ts). Bytes are what Chromium fetched from `pagefind/`, compressed as sent; the first query's include Pagefind's script, worker and WebAssembly, which the page loads as it opens. The time runs from the keystroke that completes a query to its results on the page, for the queries after the first. Goals: the whole export within 20,000 files (Cloudflare Pages' limit), at most 150 KB for the first query and 30 KB for each next one, and a median under 100 ms.";

/** How many careers in a way a reader counts: "1,000". */
const count = (value: number) => value.toLocaleString("en");

/** The heaviest page of `kind` in a row, as "9.6 (`/a-z/o/2/`)". */
function weighedCell(row: ScaleRow, kind: string): string {
  const page = row.weighed?.find((candidate) => candidate.kind === kind);
  return page ? `${kb(page.bytes)} (\`${page.path}\`)` : "—";
}

/** Every exported page of the rows held to the budget: how many pass, and the first few over it by name. */
function budgetLines(rows: readonly ScaleRow[]): string[] {
  return rows.flatMap(({ careers, budgets }) => {
    if (!budgets) return [];
    const over = budgets.filter((check) => !check.passed).sort((a, b) => b.totalBytes - a.totalBytes);
    const named = over.slice(0, 10).map((check) => `  - ${check.page.kind} \`${check.page.path}\`: ${kb(check.totalBytes)} KB`);
    const more = over.length > named.length ? [`  - and ${over.length - named.length} more`] : [];
    return [
      `- **Page budget at ${count(careers)} career${careers === 1 ? "" : "s"}** (\`npm run budgets\`' check of every exported page): ${budgets.length - over.length} of ${budgets.length} pages pass${over.length > 0 ? "; over it, heaviest first:" : "."}`,
      ...named,
      ...more,
    ];
  });
}

/** The scale section of docs/benchmarks.md, between its own markers. */
export function renderScaleReport(figures: ScaleFigures): string {
  const { targets } = figures;
  const budgets = budgetLines(figures.rows);
  const rows = figures.rows.map((row) => {
    const marginal = marginalMsPerPage(row, figures.rows);
    return [
      count(row.careers),
      count(row.levels),
      row.pages === undefined ? "—" : count(row.pages),
      seconds(row.checkSeconds),
      seconds(row.exportSeconds),
      seconds(row.finishSeconds),
      marginal === undefined ? "—" : `${marginal.toFixed(1)} ms`,
      orDash(row.exportPeakMb),
      orDash(row.exportBytes, (bytes) => (bytes / 1024 / 1024).toFixed(1)),
      weighedCell(row, "home"),
      weighedCell(row, "family"),
      weighedCell(row, "titleIndex"),
      row.note ?? "",
    ];
  });
  const searchRows = figures.rows.flatMap((row) => {
    const { search, searchIndex, searchIndexSeconds, exportSeconds, exportFiles } = row;
    if (!search || !searchIndex) return [];
    const share = searchIndexSeconds !== undefined && exportSeconds ? ` (${Math.round((searchIndexSeconds / exportSeconds) * 100)} %)` : "";
    return [
      [
        count(row.careers),
        `${seconds(searchIndexSeconds)}${share}`,
        (searchIndex.bytes / 1024 / 1024).toFixed(1),
        count(searchIndex.files),
        orDash(exportFiles, count),
        kb(search.firstQueryBytes),
        `${kb(search.nextQueryBytes.median)} / ${kb(search.nextQueryBytes.worst)}`,
        `${Math.round(search.resultsMs.median)} / ${Math.round(search.resultsMs.worst)}`,
      ],
    ];
  });
  const searchTable =
    searchRows.length > 0
      ? `

#### Search at each size

${SEARCH_GOALS}

${table(
  [
    "careers",
    "index s (share of the export)",
    "index MB",
    "index files",
    "export files",
    "first query KB",
    "next query KB (median / worst)",
    "keystroke to results ms (median / worst)",
  ],
  searchRows,
)}`
      : "";
  return `<!-- bench-scale:start (written by npm run bench, or alone by npm run bench -- --scale-only) -->
### Scale: the static export of synthetic careers of 3 to 5 levels each

Measured ${figures.date} on ${figures.machine}. Targets: at most ${targets.msPerPage} ms a page beyond the one-career export, the largest process under ${count(targets.peakMb)} MB, the export folder under ${targets.exportMb} MB, every page under ${kb(targets.pageBytes)} KB.

${table(["careers", "levels", "pages", "check s", "export s", "of which finishing s", "per page beyond 1 career", "peak MB", "export MB", "home KB", "largest family page KB", "largest index page KB", "note"], rows)}${budgets.length > 0 ? `\n\n${budgets.join("\n")}` : ""}${searchTable}
<!-- bench-scale:end -->`;
}

/** The changes report over renamed careers, and when and where it was measured: `npm run bench -- --changes-only` rewrites it alone. */
export interface ChangesFigures extends RenameFigures {
  date: string;
  machine: string;
}

export function renderChangesReport(figures: ChangesFigures): string {
  return `<!-- bench-changes:start (written by npm run bench, or alone by npm run bench -- --changes-only) -->
### The changes report: ${count(figures.careers)} careers as large as the limits allow, every one renamed

Measured ${figures.date} on ${figures.machine}. Each career has the most levels, each level the most roles, requirements and duties at their longest (a level file of about 28 KB of the 32 KB allowed), in seeded varied words (scripts/lib/synthetic-content.ts); every career folder is renamed, so the report matches each career to its former self by its words. Loading is one side's. Each page's text stands in as its address: this times the comparison, not the rendering of the routes (scripts/lib/changes-bench.ts).

${table(
  ["careers", "levels", "content MB", "loading s", "report s", "renames named"],
  [
    [
      count(figures.careers),
      count(figures.levels),
      figures.contentMb.toFixed(1),
      seconds(figures.loadSeconds),
      seconds(figures.reportSeconds),
      `${figures.renamesNamed} (the report details at most ${REPORT_LIMITS.careers} careers)`,
    ],
  ],
)}
<!-- bench-changes:end -->`;
}
