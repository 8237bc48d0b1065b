import path from "node:path";
import { formatIssue, type ContentIssue } from "@/lib/content/errors";
import { loadContent } from "@/lib/content/load";

/** The content root of a fixture under tests/fixtures/content. */
export const fixture = (name: string) => path.join("tests/fixtures/content", name);

/** Issues as `npm run check` prints them, with paths relative to `root` to keep snapshots short. */
export function issueLines(issues: ContentIssue[], root: string): string[] {
  return issues.map((issue) => formatIssue({ ...issue, file: path.relative(root, issue.file).split(path.sep).join("/") }));
}

/** Loads a fixture and lists what is wrong with it. */
export function fixtureIssues(name: string): string[] {
  return issueLines(loadContent(fixture(name)).issues, fixture(name));
}
