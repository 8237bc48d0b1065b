import { chromium } from "@playwright/test";
import { siteFolders } from "../../lib/site";
import { chromiumLaunchOptions } from "./chromium";
import { median } from "./measure";
import { startExportServer } from "./servers";
import { syntheticCareers } from "./synthetic-content";

/** What searching an export costs a reader, measured in Chromium against the export behind nginx. */
export interface SearchFigures {
  /** Gzip bytes fetched from the index's folder for the first query: Pagefind's script, worker and WebAssembly, then the index's chunks and fragments. */
  firstQueryBytes: number;
  /** The same for each query after it: the median and the largest. */
  nextQueryBytes: { median: number; worst: number };
  /** From the last keystroke to the results on the page, for the queries after the first. */
  resultsMs: { median: number; worst: number };
}

const QUERIES = 20;

/**
 * Job titles of the synthetic catalogue of `count` careers, one in a career spread over it, each
 * typed whole: a reader's queries, every one different so that each result count is its own.
 */
function queriesFor(count: number): string[] {
  const roles = syntheticCareers(count).flatMap((career) => career.levels.map((level) => level.roles[0]!));
  const distinct = [...new Set(roles)];
  const step = Math.max(1, Math.floor(distinct.length / QUERIES));
  return distinct.filter((_, index) => index % step === 0).slice(0, QUERIES);
}

/**
 * Twenty queries typed into the search page of the export in `exportDir` (made for the base path
 * `basePath` from `count` synthetic careers): the bytes each fetches from the index, and the time
 * from the keystroke that completes it to its results, timed in the page.
 */
export async function measureSearch(exportDir: string, basePath: string, count: number, port: number): Promise<SearchFigures> {
  const server = await startExportServer(port, exportDir, basePath);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    let indexBytes = 0;
    const pending: Promise<void>[] = [];
    // Pagefind's worker fetches the WebAssembly and the index: the context reports its requests too.
    context.on("requestfinished", (request) => {
      if (!new URL(request.url()).pathname.startsWith(`${basePath}/${siteFolders.searchIndex}/`)) return;
      pending.push(
        request.sizes().then(({ responseBodySize, responseHeadersSize }) => {
          indexBytes += responseBodySize + responseHeadersSize;
        }),
      );
    });
    await page.goto(`http://127.0.0.1:${port}${basePath}/${siteFolders.search}/`);
    const bytes: number[] = [];
    const times: number[] = [];
    for (const query of queriesFor(count)) {
      // The first query's bytes count from the page's start, when the script loads Pagefind ahead of it.
      const before = times.length === 0 ? 0 : indexBytes;
      // No named functions inside: the page has no copy of the helper tsx's transform names them with.
      const milliseconds = await page.evaluate(async (typed) => {
        const input = document.getElementById("search-query") as HTMLInputElement;
        const results = document.getElementById("search-results")!;
        const started = performance.now();
        input.value = typed;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise<void>((resolve, reject) => {
          const observer = new MutationObserver(() => {
            if (results.dataset.query !== typed) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(results, { attributes: true, attributeFilter: ["data-query"] });
          setTimeout(() => reject(new Error(`no results for ${typed} within a minute`)), 60_000);
        });
        return performance.now() - started;
      }, query);
      // Playwright reports a response's end after the page has it: a moment for the last ones to arrive.
      await page.waitForTimeout(200);
      await Promise.all(pending);
      bytes.push(indexBytes - before);
      times.push(milliseconds);
    }
    const [firstQueryBytes, ...next] = bytes;
    const nextTimes = times.slice(1);
    return {
      firstQueryBytes: firstQueryBytes!,
      nextQueryBytes: { median: median(next), worst: Math.max(...next) },
      resultsMs: { median: median(nextTimes), worst: Math.max(...nextTimes) },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
