import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Result } from "lighthouse";
import { CHROMIUM, CHROMIUM_FLAGS } from "./chromium";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseFigures {
  scores: Record<Category, number>;
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

async function runLighthouse(runs: { url: string; categories: readonly Category[] }[]): Promise<Result[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [LIGHTHOUSE_RUNS, JSON.stringify(runs)], {
    env: { ...process.env, CHROME_PATH: CHROMIUM, CHROME_FLAGS: JSON.stringify(CHROME_FLAGS) },
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Result[];
}

const performanceOf = (result: Result) => result.categories.performance?.score ?? 0;

/**
 * Lighthouse with its mobile defaults and simulated throttling (computed from a trace rather than
 * measured). The performance score still moves with the machine's load, so it is taken from the
 * run with the median score of `performanceRuns` (Lighthouse CI's choice too), and one slow run
 * does not fail a build; the other categories audit the page itself, which one run reads whole.
 */
export async function auditPages(urls: string[], performanceRuns = 3): Promise<Map<string, LighthouseFigures>> {
  const plan = urls.flatMap((url) => [{ url, categories: CATEGORIES }, ...Array.from({ length: performanceRuns - 1 }, () => ({ url, categories: ["performance"] as const }))]);
  const reports = await runLighthouse(plan);
  const figures = new Map<string, LighthouseFigures>();
  for (const url of urls) {
    const runs = reports.filter((report, index) => plan[index]!.url === url);
    const full = runs[0]!;
    const median = runs.sort((a, b) => performanceOf(a) - performanceOf(b))[Math.floor(runs.length / 2)]!;
    const runFor = (category: Category) => (category === "performance" ? median : full);
    const score = (category: Category) => runFor(category).categories[category]?.score ?? 0;
    const failing = (category: Category) => {
      const { audits, categories } = runFor(category);
      return (categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 0) < 1)
        .map((ref) => `${audits[ref.id]!.title} (${ref.id})`);
    };
    const requests = (full.audits["network-requests"]?.details as { items?: NetworkRequest[] } | undefined)?.items ?? [];
    const unsized = full.audits["unsized-images"];
    figures.set(url, {
      scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(category)])) as Record<Category, number>,
      cumulativeLayoutShift: median.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
      largestContentfulPaintMs: median.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      totalBlockingTimeMs: median.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      imagesSized: unsized?.score === 1 || unsized?.scoreDisplayMode === "notApplicable",
      fontRequests: requests.filter((request) => request.resourceType === "Font").map((request) => request.url),
      failingAudits: Object.fromEntries(CATEGORIES.map((category) => [category, failing(category)])) as Record<Category, string[]>,
    });
  }
  return figures;
}
