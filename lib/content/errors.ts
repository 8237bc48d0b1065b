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

/** `content/careers/x/levels/mid.md:6:5  duties (item 2): expected some text, found an empty value` */
export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const what = issue.field ? `${issue.field}: ${issue.message}` : issue.message;
  return `${where}  ${issue.severity === "warning" ? "warning: " : ""}${what}`;
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
