/**
 * `npm run changes -- <ref> [--out <folder>] [--preview]`: what the content of this working tree
 * changes for readers since the merge base of `<ref>` (on a pull request, its base branch), as
 * Markdown on stdout; `--out` also writes report.md and pages.json there, and `--preview` names
 * the preview a pull request's checks upload.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { GitError, type ChangesReport } from "../lib/changes";
import { changesReport } from "./lib/changes-report";

const USAGE = "usage: npm run changes -- <ref> [--out <folder>] [--preview]   (such as: npm run changes -- origin/main)";

/** The report as files for the pull request's workflows: `report.md`, and `pages.json` listing the pages to photograph. */
function writeReportFiles({ lines, pages }: ChangesReport, folder: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "report.md"), `${lines.join("\n")}\n`);
  writeFileSync(path.join(folder, "pages.json"), `${JSON.stringify({ pages }, null, 2)}\n`);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: "string" }, preview: { type: "boolean", default: false } } });
if (positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
async function main(ref: string): Promise<void> {
  try {
    const report = await changesReport(ref, { preview: values.preview });
    console.log(report.lines.join("\n"));
    if (values.out) writeReportFiles(report, values.out);
    process.exitCode = report.exitCode;
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
}

void main(positionals[0]!);
