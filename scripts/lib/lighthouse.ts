import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Flags, Result } from "lighthouse";
import { CHROMIUM, CHROMIUM_FLAGS } from "./chromium";
import { median } from "./measure";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseFigures {
  scores: Record<Category, number>;
  /** 1, or 3 for a page whose first run missed a minimum or shifted its layout. */
  runs: number;
  /** What the first run missed, when it did: a category and its score, or the layout shift. */
  firstRunMissed: string[];
  cumulativeLayoutShift: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  /** The `unsized-images` audit passes (or has no images to judge). */
  imagesSized: boolean;
  /** URLs of web fonts the page downloaded. */
  fontRequests: string[];
  /** Titles of the audits that cost points, per category, to say why a score is short. */
  failingAudits: Record<Category, string[]>;
}

const CHROME_FLAGS = ["--headless", ...CHROMIUM_FLAGS];

interface NetworkRequest {
  url: string;
  resourceType?: string;
}

/** Runs Lighthouse in a process of its own, with one Chromium for all the runs (see lighthouse-runs.mjs). */
const LIGHTHOUSE_RUNS = path.resolve("scripts/lib/lighthouse-runs.mjs");

/** How long Lighthouse watches a page before calling it loaded: Lighthouse drops a setting it does not know without a word. */
type Settling = Pick<Flags, "pauseAfterFcpMs" | "pauseAfterLoadMs" | "networkQuietThresholdMs" | "cpuQuietThresholdMs">;

interface Run {
  url: string;
  categories: readonly Category[];
  skipAudits: readonly string[];
  settings: Settling;
}

async function runLighthouse(runs: Run[]): Promise<Result[]> {
  if (runs.length === 0) return [];
  const { stdout } = await promisify(execFile)(process.execPath, [LIGHTHOUSE_RUNS, JSON.stringify(runs)], {
    env: { ...process.env, CHROME_PATH: CHROMIUM, CHROME_FLAGS: JSON.stringify(CHROME_FLAGS) },
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Result[];
}

/** What one page's runs show: each category's median score, and the rest from the run whose performance score is the median. */
function figuresOf(runs: Result[], firstRunMissed: string[]): LighthouseFigures {
  const score = (run: Result, category: Category) => run.categories[category]?.score ?? 0;
  const performance = median(runs.map((run) => score(run, "performance")));
  const typical = runs.find((run) => score(run, "performance") === performance)!;
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, median(runs.map((run) => score(run, category)))])) as Record<Category, number>;
  const failing = (category: Category) => {
    const run = runs.find((candidate) => score(candidate, category) === scores[category])!;
    return (run.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && run.audits[ref.id]?.score !== null && (run.audits[ref.id]?.score ?? 0) < 1)
      .map((ref) => `${run.audits[ref.id]!.title} (${ref.id})`);
  };
  const requests = (typical.audits["network-requests"]?.details as { items?: NetworkRequest[] } | undefined)?.items ?? [];
  const unsized = typical.audits["unsized-images"];
  return {
    scores,
    runs: runs.length,
    firstRunMissed,
    cumulativeLayoutShift: median(runs.map((run) => run.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN)),
    largestContentfulPaintMs: typical.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    totalBlockingTimeMs: typical.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    imagesSized: unsized?.score === 1 || unsized?.scoreDisplayMode === "notApplicable",
    fontRequests: requests.filter((request) => request.resourceType === "Font").map((request) => request.url),
    failingAudits: Object.fromEntries(CATEGORIES.map((category) => [category, failing(category)])) as Record<Category, string[]>,
  };
}

/**
 * The back/forward cache audit weighs nothing in any category, so it never moves a score, and
 * finding out navigates away from the page and back: a second or more of every run.
 */
const UNWEIGHTED_AUDITS = ["bf-cache"];

/**
 * A page that loads no script has nothing left to do once it has loaded and painted: Lighthouse's
 * pauses after the first paint and after the load event, and its waits for the network and the
 * main thread to settle (a second each by default), only lengthen its run. A quarter of a second
 * still records its largest paint and any layout shift of what it loads before its load event (the
 * pages have no lazy images, web fonts or animations), and took the export's pages from 6.5 s to
 * 4.5 s a run with the same scores.
 */
const SCRIPTLESS_SETTLE_MS = 250;
const SCRIPTLESS_SETTINGS: Settling = {
  pauseAfterFcpMs: SCRIPTLESS_SETTLE_MS,
  pauseAfterLoadMs: SCRIPTLESS_SETTLE_MS,
  networkQuietThresholdMs: SCRIPTLESS_SETTLE_MS,
  cpuQuietThresholdMs: SCRIPTLESS_SETTLE_MS,
};

/**
 * Lighthouse with its mobile defaults and simulated throttling (computed from a trace rather than
 * measured), one run per page. The performance score still moves with the machine's load, so a
 * page that misses one of `minimums`, or shifts its layout at all, is run twice more and judged by the median of its three runs
 * (Lighthouse CI's choice): one slow run does not fail a build, and a page that passes the first
 * time costs one run. `skipped` names audits left out for a page, each with the page's reason;
 * `scriptless` names the pages that load no script, which are done a moment after they load.
 */
export async function auditPages(
  urls: string[],
  minimums?: Record<Category, number>,
  skipped: Record<string, string[]> = {},
  scriptless: ReadonlySet<string> = new Set(),
): Promise<Map<string, LighthouseFigures>> {
  const runOf = (url: string): Run => ({
    url,
    categories: CATEGORIES,
    skipAudits: [...UNWEIGHTED_AUDITS, ...(skipped[url] ?? [])],
    settings: scriptless.has(url) ? SCRIPTLESS_SETTINGS : {},
  });
  const first = await runLighthouse(urls.map(runOf));
  // A layout shift is held to none at all, and a busy machine can delay a frame enough to show one.
  const missesOf = (run: Result) => {
    if (!minimums) return [];
    const scores = CATEGORIES.map((category) => [category, run.categories[category]?.score ?? 0] as const);
    const shift = run.audits["cumulative-layout-shift"]?.numericValue ?? 0;
    return [
      ...scores.filter(([category, score]) => score < minimums[category]).map(([category, score]) => `${category} ${score}`),
      ...(shift > 0 ? [`CLS ${shift.toFixed(4)}`] : []),
    ];
  };
  const firstMisses = first.map(missesOf);
  const missed = urls.filter((_, index) => firstMisses[index]!.length > 0);
  const again = await runLighthouse(missed.flatMap((url) => [runOf(url), runOf(url)]));
  return new Map(
    urls.map((url, index) => [url, figuresOf([first[index]!, ...again.filter((_, at) => missed[Math.floor(at / 2)] === url)], firstMisses[index]!)]),
  );
}
