import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { formatIssue, type ContentIssue } from "@/lib/content";
import { loadContent } from "@/lib/content";

/** The content root of a fixture under tests/fixtures/content. */
export const fixture = (name: string) => path.join("tests/fixtures/content", name);

/** Issues as `npm run check` prints them, with paths relative to `root` to keep snapshots short. */
function issueLines(issues: ContentIssue[], root: string): string[] {
  return issues.map((issue) => formatIssue({ ...issue, file: path.relative(root, issue.file).split(path.sep).join("/") }));
}

/** Loads a fixture and lists what is wrong with it. */
export function fixtureIssues(name: string): string[] {
  return issueLines(loadContent(fixture(name)).issues, fixture(name));
}

export const CAREER_INDEX = "---\ntitle: Test Career\ntagline: A career used by the tests.\ndescription: A short description.\n---\n";
export const ENTRY_FRONTMATTER = "---\ntitle: Entry\nrank: 1\nroles: [Assistant]\nrequirements: []\nduties: [Help the team]\n---\n";

let temporaryRoots: string[] = [];
afterEach(() => {
  for (const root of temporaryRoots) rmSync(root, { recursive: true, force: true });
  temporaryRoots = [];
});

/** A content root in a temporary folder holding `files` (paths relative to it), removed after the test. */
export function temporaryContent(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "content-"));
  temporaryRoots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** A content root with one career whose entry level has `levelBody` after its frontmatter. */
export function careerWithEntryBody(levelBody: string): string {
  return temporaryContent({
    "careers/test-career/index.md": CAREER_INDEX,
    "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER + levelBody,
  });
}

/** What `loadContent` reports for a temporary content root, with paths relative to it. */
export const temporaryIssues = (root: string) => issueLines(loadContent(root).issues, root);
