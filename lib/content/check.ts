import { plural } from "../text";
import { spellOutInvisible } from "./characters";
import { formatIssue, type ContentIssue, type Result } from "./issues";
import type { Career } from "./model";
import { contentDirectory, loadContent } from "./pipeline";

/** What editors read: `npm run check`, and a build of broken content, which stops with the same lines. */

export interface CheckResult {
  /** What `npm run check` prints, one line each. */
  lines: string[];
  exitCode: 0 | 1;
}

export interface CheckOptions {
  /** Also print each problem as a GitHub workflow command, so it shows on the changed line. */
  githubAnnotations?: boolean;
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions: a message escapes
// `%`, CR and LF; a property's value escapes `:` and `,` as well, which would end it otherwise.
// Whatever else would break the line or hide in it is spelled out, as in the plain line.
const escapeData = (text: string) => spellOutInvisible(text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A"));
const escapeProperty = (text: string) => escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");

/** `::error file=…,line=…,col=…,title=<field>::<message>`: GitHub shows it on the file's line in a pull request. */
export function workflowCommand(issue: ContentIssue): string {
  const properties = [`file=${issue.file}`, `line=${issue.line}`, `col=${issue.column}`, ...(issue.field ? [`title=${issue.field}`] : [])];
  return `::${issue.severity} ${properties.map(escapeProperty).join(",")}::${escapeData(issue.message)}`;
}

/** Checks every content file under `contentDir` and says what `npm run check` prints and how it exits. */
export function checkContent(contentDir = contentDirectory(), options: CheckOptions = {}): CheckResult {
  return checkReport(loadContent(contentDir), options);
}

/** What `npm run check` prints about loaded content, and how it exits. */
export function checkReport({ value: careers = [], issues }: Result<Career[]>, { githubAnnotations = false }: CheckOptions = {}): CheckResult {
  const lines = issues.flatMap((issue) => (githubAnnotations ? [formatIssue(issue), workflowCommand(issue)] : [formatIssue(issue)]));
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.length - errors;
  if (errors > 0) {
    const files = new Set(issues.map((issue) => issue.file)).size;
    return { lines: [...lines, `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")}`], exitCode: 1 };
  }
  const levels = careers.reduce((count, career) => count + career.levels.length, 0);
  const warned = warnings > 0 ? `, ${plural(warnings, "warning")}` : "";
  return { lines: [...lines, `Content OK: ${plural(careers.length, "career")}, ${plural(levels, "level")}${warned}`], exitCode: 0 };
}
