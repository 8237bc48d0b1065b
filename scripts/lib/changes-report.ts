import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { withBaseContent, writeReport, type ChangesReport, type ReportOptions } from "../../lib/changes";
import { contentDirectory, loadContent } from "../../lib/content";
import { renderedPages } from "./rendered-pages";

/**
 * The report on the content of the working tree against the content at the merge base of `ref`,
 * each side's pages rendered by their routes. Both sides render from a copy outside git, as the
 * base does: there the loader knows no "Last updated" date, which moves with every commit to a
 * file and tells a reader nothing new.
 */
export async function changesReport(ref: string, { contentDir = contentDirectory(), preview = false }: ReportOptions & { contentDir?: string } = {}): Promise<ChangesReport> {
  return withBaseContent(ref, contentDir, async (base) => {
    const shown = async () => ({
      before: base.contentDir === undefined ? new Map<string, string>() : await renderedPages(base.contentDir),
      after: await renderedPagesOfCopy(contentDir),
    });
    return writeReport({ ref, commit: base.commit, before: base.content, after: loadContent(contentDir), shown }, { preview });
  });
}

async function renderedPagesOfCopy(contentDir: string): Promise<Map<string, string>> {
  const folder = mkdtempSync(path.join(tmpdir(), "changes-branch-"));
  try {
    const copy = path.join(folder, path.basename(contentDir));
    cpSync(contentDir, copy, { recursive: true });
    return await renderedPages(copy);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
