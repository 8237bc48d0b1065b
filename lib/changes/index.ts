/**
 * The changes report (`npm run changes`): the content at a ref's merge base (base.ts) against the
 * working tree, both read by the one loader; what changed in the editors' terms (diff.ts, with
 * items.ts matching list items); which pages show something else, from each side's pages as
 * rendered (pages.ts; the changes command renders them); the Markdown, with content text kept
 * inert (report.ts, inert.ts); and the preview it names (preview.ts).
 */
export { GitError, withBaseContent, withWorkingContent, type ContentCopy } from "./base";
export { pageChanges } from "./pages";
export { REPORT_LIMITS, writeReport, type ChangesReport, type ReportOptions } from "./report";
