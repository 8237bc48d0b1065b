import { withBaseContent, withWorkingContent, writeReport, type ChangesReport, type ContentCopy, type ReportOptions } from "../../lib/changes";
import { contentDirectory } from "../../lib/content";
import { renderedPages } from "./rendered-pages";

/** What each page of one side shows; a side without guides had no site, and no page. */
const shownPages = ({ contentDir, content }: ContentCopy) =>
  contentDir === undefined ? Promise.resolve(new Map<string, string>()) : renderedPages(contentDir, content.value);

/** The report on the content of the working tree against the content at the merge base of `ref`, each side's pages rendered by their routes. */
export function changesReport(
  ref: string,
  { contentDir = contentDirectory(), preview = false }: ReportOptions & { contentDir?: string } = {},
): Promise<ChangesReport> {
  return withBaseContent(ref, contentDir, (base) =>
    withWorkingContent(contentDir, (branch) => {
      const shown = async () => ({ before: await shownPages(base), after: await shownPages(branch) });
      return writeReport({ ref, commit: base.commit, before: base.content, after: branch.content, shown }, { preview });
    }),
  );
}
