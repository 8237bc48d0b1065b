import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Result } from "lighthouse";
import { CHROMIUM, CHROMIUM_FLAGS } from "./chromium";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

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

/*
 * Lighthouse runs as its own CLI process: loaded through tsx, the functions it sends into the page
 * carry esbuild's `__name` helper, which the page does not have.
 */
const LIGHTHOUSE_CLI = path.resolve("node_modules/lighthouse/cli/index.js");

async function runLighthouse(url: string): Promise<Result> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [LIGHTHOUSE_CLI, url, "--output=json", "--output-path=stdout", "--quiet", `--only-categories=${CATEGORIES.join(",")}`, `--chrome-flags=${CHROME_FLAGS.join(" ")}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Result;
}

/** Lighthouse CI's choice too: of several runs, the one with the median performance score. */
async function representativeRun(url: string, runs: number): Promise<Result> {
  const results: Result[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await runLighthouse(url));
  const performance = (result: Result) => result.categories.performance?.score ?? 0;
  return results.sort((a, b) => performance(a) - performance(b))[Math.floor(runs / 2)]!;
}

/**
 * Lighthouse with its mobile defaults and simulated throttling (computed from a trace rather than
 * measured), `runs` times per URL, keeping the median run: the performance score still moves
 * with the machine's load, and one slow run should not fail a build.
 */
export async function auditPages(urls: string[], runs = 3): Promise<Map<string, LighthouseFigures>> {
  const figures = new Map<string, LighthouseFigures>();
  for (const url of urls) {
    const { audits, categories } = await representativeRun(url, runs);
    const score = (category: Category) => categories[category]?.score ?? 0;
    const failing = (category: Category) =>
      (categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 0) < 1)
        .map((ref) => `${audits[ref.id]!.title} (${ref.id})`);
    const requests = (audits["network-requests"]?.details as { items?: NetworkRequest[] } | undefined)?.items ?? [];
    const unsized = audits["unsized-images"];
    figures.set(url, {
      scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(category)])) as Record<Category, number>,
      cumulativeLayoutShift: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
      largestContentfulPaintMs: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      totalBlockingTimeMs: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      imagesSized: unsized?.score === 1 || unsized?.scoreDisplayMode === "notApplicable",
      fontRequests: requests.filter((request) => request.resourceType === "Font").map((request) => request.url),
      failingAudits: Object.fromEntries(CATEGORIES.map((category) => [category, failing(category)])) as Record<Category, string[]>,
    });
  }
  return figures;
}
