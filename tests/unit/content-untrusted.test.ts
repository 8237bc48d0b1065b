import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { MAX_MARKDOWN_DEPTH, MAX_MARKDOWN_LIST_ITEMS } from "@/lib/content/markdown";
import { MAX_FILE_BYTES } from "@/lib/content/source-file";
import { fixture, fixtureIssues, issueLines } from "./content-fixtures";

const ENTRY_FRONTMATTER = "---\ntitle: Entry\nrank: 1\nroles: [Assistant]\nrequirements: []\nduties: [Help the team]\n---\n";

declare global {
  var pwned: unknown;
}

let temporaryRoots: string[] = [];
afterEach(() => {
  for (const root of temporaryRoots) rmSync(root, { recursive: true, force: true });
  temporaryRoots = [];
});

/** A content root in a temporary folder with one career whose entry level has `levelBody` after its frontmatter. */
function careerWithEntryBody(levelBody: string): string {
  const root = mkdtempSync(path.join(tmpdir(), "content-"));
  temporaryRoots.push(root);
  const levels = path.join(root, "careers", "test-career", "levels");
  mkdirSync(levels, { recursive: true });
  writeFileSync(
    path.join(root, "careers", "test-career", "index.md"),
    "---\ntitle: Test Career\ntagline: A career used by the tests.\ndescription: A short description.\n---\n",
  );
  writeFileSync(path.join(levels, "entry.md"), ENTRY_FRONTMATTER + levelBody);
  return root;
}

describe("nothing in a content file can run", () => {
  it("refuses ---js and ---javascript frontmatter without running it", () => {
    expect(fixtureIssues("broken-js-frontmatter")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:1:1  the frontmatter must be YAML: start the file with a line of just ---",
        "careers/test-career/levels/mid.md:1:1  the frontmatter must be YAML: start the file with a line of just ---",
      ]
    `);
    expect(globalThis.pwned).toBeUndefined();
  });

  it("drops scripts, event handlers, script and data URLs, frames and raw links, and marks external links", () => {
    const { careers, issues } = loadContent(fixture("unsafe-markdown"));
    expect(issues).toEqual([]);
    const html = careers[0]?.levels[0]?.narrativeHtml ?? "";
    for (const unsafe of ["<script", "pwned", "onerror", "javascript:", "data:", "<iframe", 'href="https://other.site"']) {
      expect(html).not.toContain(unsafe);
    }
    expect(html).toMatchInlineSnapshot(`
      "<p><a>a script link</a> and <a>a data link</a>
      and <img alt="a data image"></p>
      <p>a raw link and <a href="https://other.site/page" rel="noopener noreferrer">an external link</a> and <a href="/careers/test-career/">a page here</a></p>"
    `);
  });
});

// A generous time limit that catches a hang, not a measurement: a busy machine must not fail it.
const HANG_GUARD_MS = 20_000;

describe("content cannot stall the build", () => {
  it("refuses a YAML alias bomb quickly, naming the line of the first alias", () => {
    expect(fixtureIssues("broken-alias-bomb")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:5:8  the frontmatter uses a YAML alias (*name); write the value out in full instead",
      ]
    `);
  }, HANG_GUARD_MS);

  it("refuses a file over the size limit before reading it", () => {
    const root = careerWithEntryBody("All work and no play. ".repeat(MAX_FILE_BYTES / 20));
    expect(issueLines(loadContent(root).issues, root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:1:1  the file is 111 KB; a content file may be at most 100 KB",
      ]
    `);
  });

  it("refuses markdown nested deeper than the limit, naming its line", () => {
    const root = careerWithEntryBody(`\nIntroduction.\n\n${"> ".repeat(MAX_MARKDOWN_DEPTH + 1)}Too deep.\n`);
    expect(issueLines(loadContent(root).issues, root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:11:1  the text is nested more than 24 levels deep (lists or quotes inside each other, or lines indented by more than 48 spaces)",
      ]
    `);
  });

  it("refuses thousands of nested quotes quickly", () => {
    const root = careerWithEntryBody(`${"> ".repeat(40_000)}Far too deep.\n`);
    expect(loadContent(root).issues.map((issue) => issue.line)).toEqual([8]);
  }, HANG_GUARD_MS);

  it("refuses more list items than the limit, naming the line of the first one too many", () => {
    const root = careerWithEntryBody("- An item\n".repeat(MAX_MARKDOWN_LIST_ITEMS + 1));
    expect(issueLines(loadContent(root).issues, root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:508:1  the text has more than 500 list items; shorten the lists or split the text",
      ]
    `);
  });

  it("refuses thousands of nested list items quickly", () => {
    const root = careerWithEntryBody("- - An item in an item\n".repeat(4_000));
    expect(loadContent(root).issues).toHaveLength(1);
  }, HANG_GUARD_MS);

  it("accepts nesting within the limit", () => {
    const root = careerWithEntryBody(`\n${"> ".repeat(4)}- a list in quotes\n  - and a list in that\n`);
    expect(loadContent(root).issues).toEqual([]);
  });
});
