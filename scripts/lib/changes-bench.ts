import { readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { writeReport } from "../../lib/changes";
import { type Career, loadContent } from "../../lib/content";
import { getPages } from "../../lib/pages";
import { writeLargestCareers } from "./synthetic-content";

export interface RenameFigures {
  careers: number;
  levels: number;
  contentMb: number;
  loadSeconds: number;
  /** The report comparing the two catalogues: matching each renamed career to its former self, and every item. */
  reportSeconds: number;
  /** Renames the report names (it details a limited number of careers and counts the rest). */
  renamesNamed: number;
}

/** The careers under `contentDir`, which must load without errors, and the seconds that took. */
function loaded(contentDir: string, count: number): { careers: Career[]; seconds: number } {
  const started = performance.now();
  const { value: careers, issues } = loadContent(contentDir);
  if (careers.length !== count)
    throw new Error(
      `the largest careers did not load: ${issues
        .slice(0, 3)
        .map((issue) => issue.message)
        .join("; ")}`,
    );
  return { careers, seconds: (performance.now() - started) / 1000 };
}

/**
 * The changes report when every one of `count` careers of the largest allowed size has its folder
 * renamed, the case where matching a career to its former self once cost a recount of words for
 * every pair. Each page's text stands in as its address (the tool renders each route for it): this
 * times the comparison, not the rendering.
 */
export async function measureRenames(contentDir: string, count: number): Promise<RenameFigures> {
  rmSync(contentDir, { recursive: true, force: true });
  const written = writeLargestCareers(contentDir, count);
  const before = loaded(contentDir, count);
  const careersDir = path.join(contentDir, "careers");
  for (const slug of readdirSync(careersDir)) renameSync(path.join(careersDir, slug), path.join(careersDir, `renamed-${slug}`));
  const after = loaded(contentDir, count);

  const addresses = (careers: Career[]) => new Map(getPages(careers).map((page) => [page.path, page.path]));
  const reportStarted = performance.now();
  const report = await writeReport({
    ref: "main",
    commit: "bench",
    before: { value: before.careers, issues: [] },
    after: { value: after.careers, issues: [] },
    shown: async () => ({ before: addresses(before.careers), after: addresses(after.careers) }),
  });
  return {
    careers: count,
    levels: written.levels,
    contentMb: written.bytes / 1024 ** 2,
    loadSeconds: before.seconds,
    reportSeconds: (performance.now() - reportStarted) / 1000,
    renamesNamed: report.lines.filter((line) => line.startsWith("- Renamed: folder ")).length,
  };
}
