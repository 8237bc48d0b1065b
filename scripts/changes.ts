/**
 * `npm run changes -- <ref> [--out <folder>] [--preview]`: what the content of this working tree
 * changes for readers since the merge base of `<ref>` (on a pull request, its base branch), as
 * Markdown on stdout; `--out` also writes report.md and pages.json there, and `--preview` names
 * the preview a pull request's checks upload.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { GitError, type ChangesReport } from "../lib/changes";
import { describeValue } from "../lib/content";
import { changesReport } from "./lib/changes-report";
import { commandLine, USAGE_EXIT_CODE, usageError } from "./lib/command-line";

const USAGE = "usage: npm run changes -- <ref> [--out <folder>] [--preview]   (such as: npm run changes -- origin/main)";

/** The report as files for the pull request's workflows: `report.md`, and `pages.json` listing the pages to photograph. */
function writeReportFiles({ lines, pages }: ChangesReport, folder: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "report.md"), `${lines.join("\n")}\n`);
  writeFileSync(path.join(folder, "pages.json"), `${JSON.stringify({ pages }, null, 2)}\n`);
}

const { values, positionals } = commandLine(USAGE, { out: { type: "string" }, preview: { type: "boolean", default: false } }, { min: 1, max: 1 });
// Checked before the report is computed, which takes a while: writing it would fail only at the end.
if (values.out !== undefined && existsSync(values.out) && !statSync(values.out).isDirectory())
  usageError(USAGE, `--out names a file, not a folder: ${describeValue(values.out)}`);
async function main(ref: string): Promise<void> {
  try {
    const report = await changesReport(ref, { preview: values.preview });
    console.log(report.lines.join("\n"));
    if (values.out) writeReportFiles(report, values.out);
    process.exitCode = report.exitCode;
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    process.exit(USAGE_EXIT_CODE);
  }
}

void main(positionals[0]!);
