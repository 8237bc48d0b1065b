import { spellOutInvisible } from "./characters";

/** Where in a content file a problem is, as editors see it in their editor (1-based). */
export interface SourcePosition {
  line: number;
  column: number;
}

export type Severity = "error" | "warning";

/** One problem in one content file, phrased for editors rather than programmers. */
export interface ContentIssue extends SourcePosition {
  severity: Severity;
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** The frontmatter field as editors read it, like `rank` or `duties (item 3)`; empty when the problem is the file itself. */
  field: string;
  message: string;
}

/**
 * What every stage of the pipeline gives: a value when it succeeded, and the problems it found
 * either way, so that one run reports every mistake in every file.
 */
export interface Result<Value> {
  value?: Value;
  issues: ContentIssue[];
}

export const FILE_START: SourcePosition = { line: 1, column: 1 };

/** A problem with a whole file or folder, reported on its first line unless another is given. */
export function fileIssue(path: string, message: string, severity: Severity = "error", position: SourcePosition = FILE_START): ContentIssue {
  return { severity, file: path, field: "", message, ...position };
}

/** A failed stage: no value, these problems. */
export const failed = <Value>(...issues: ContentIssue[]): Result<Value> => ({ issues });

export const hasErrors = (issues: readonly ContentIssue[]) => issues.some((issue) => issue.severity === "error");

/**
 * `content/careers/x/levels/mid.md:6:5  duties (item 2): expected some text, found an empty value`,
 * always one line: file names, fields and messages quote what editors wrote, and a line break in
 * it must not start a line of its own (a forged workflow command in a CI log, say).
 */
export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const what = issue.field ? `${issue.field}: ${issue.message}` : issue.message;
  // Names come from files and keys an editor wrote, as values do: what would hide in them, break the line or reorder it is spelled out.
  return spellOutInvisible(`${where}  ${issue.severity === "warning" ? "warning: " : ""}${what}`);
}

/** Thrown when content breaks the contract; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(`The content has ${count}:\n${issues.map(formatIssue).join("\n")}`);
    this.name = "ContentError";
    this.issues = issues;
  }
}
