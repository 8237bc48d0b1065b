import { rmSync } from "node:fs";
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

const renamed = (career: Career): Career => ({
  ...career,
  slug: `renamed-${career.slug}`,
  sourcePath: career.sourcePath.replace(`/${career.slug}/`, `/renamed-${career.slug}/`),
});

/**
 * The changes report when every one of `count` careers of the largest allowed size is renamed, the
 * case where matching a career to its former self once cost a recount of words for every pair.
 * Each page's text stands in as its address (the tool renders each route for it): this times the
 * comparison, not the rendering.
 */
export async function measureRenames(contentDir: string, count: number): Promise<RenameFigures> {
  rmSync(contentDir, { recursive: true, force: true });
  const written = writeLargestCareers(contentDir, count);
  const loadStarted = performance.now();
  const { value: before, issues } = loadContent(contentDir);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  if (before.length !== count)
    throw new Error(
      `the largest careers did not load: ${issues
        .slice(0, 3)
        .map((issue) => issue.message)
        .join("; ")}`,
    );

  const after = before.map(renamed);
  const addresses = (careers: Career[]) => new Map(getPages(careers).map((page) => [page.path, page.path]));
  const reportStarted = performance.now();
  const report = await writeReport({
    ref: "main",
    commit: "bench",
    before: { value: before, issues: [] },
    after: { value: after, issues: [] },
    shown: async () => ({ before: addresses(before), after: addresses(after) }),
  });
  return {
    careers: count,
    levels: written.levels,
    contentMb: written.bytes / 1024 ** 2,
    loadSeconds,
    reportSeconds: (performance.now() - reportStarted) / 1000,
    renamesNamed: report.lines.filter((line) => line.startsWith("- Renamed: folder ")).length,
  };
}
