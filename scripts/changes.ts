/**
 * `npm run changes -- <ref> [--out <folder>] [--preview]`: what the content of this working tree
 * changes for readers since the merge base of `<ref>` (on a pull request, its base branch), as
 * Markdown on stdout; `--out` also writes report.md and pages.json there, and `--preview` names
 * the preview a pull request's checks upload.
 */
import { parseArgs } from "node:util";
import { changesReport, GitError, writeReportFiles } from "../lib/changes";

const USAGE = "usage: npm run changes -- <ref> [--out <folder>] [--preview]   (such as: npm run changes -- origin/main)";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: "string" }, preview: { type: "boolean", default: false } } });
if (positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const report = changesReport(positionals[0]!, { preview: values.preview });
  console.log(report.lines.join("\n"));
  if (values.out) writeReportFiles(report, values.out);
  process.exitCode = report.exitCode;
} catch (error) {
  if (!(error instanceof GitError)) throw error;
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
