import { chromium } from "@playwright/test";
import { siteFolders } from "../../lib/site";
import { chromiumLaunchOptions } from "./chromium";
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
  queries: number;
}

const QUERIES = 20;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

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
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    const indexUrls = new Map<string, string>();
    let indexBytes = 0;
    cdp.on("Network.responseReceived", ({ requestId, response }) => indexUrls.set(requestId, response.url));
    cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
      if (new URL(indexUrls.get(requestId) ?? "http://x/").pathname.startsWith(`${basePath}/${siteFolders.searchIndex}/`)) indexBytes += encodedDataLength;
    });
    await page.goto(`${server.url}search/`);
    const bytes: number[] = [];
    const times: number[] = [];
    for (const query of queriesFor(count)) {
      // The first query's bytes count from the page's start, when the script loads Pagefind ahead of it.
      const before = times.length === 0 ? 0 : indexBytes;
      const milliseconds = await page.evaluate(async (typed) => {
        const input = document.getElementById("search-query") as HTMLInputElement;
        const status = document.getElementById("search-status")!;
        const shown = () => status.textContent?.includes(`“${typed}”`) ?? false;
        const started = performance.now();
        input.value = typed;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
        return performance.now() - started;
      }, query);
      // The protocol reports a response's end after the page has it: a moment for the last ones to arrive.
      await page.waitForTimeout(200);
      bytes.push(indexBytes - before);
      times.push(milliseconds);
    }
    const [firstQueryBytes, ...next] = bytes;
    const nextTimes = times.slice(1);
    return {
      firstQueryBytes: firstQueryBytes!,
      nextQueryBytes: { median: median(next), worst: Math.max(...next) },
      resultsMs: { median: median(nextTimes), worst: Math.max(...nextTimes) },
      queries: times.length,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
