import { execFileSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { limits, loadContent, renderMarkdown, renderMarkdownFiles } from "@/lib/content";
import { pathologicalShapes, slowestPathologicalShape } from "../../scripts/lib/corpora/pathological-markdown";
import { writeLargestCareers } from "../../scripts/lib/synthetic-content";
import { CAREER_INDEX, careerWithEntryBody, ENTRY_FRONTMATTER, fixture, fixtureIssues, temporaryContent, temporaryIssues } from "./content-fixtures";

declare global {
  var pwned: unknown;
}

/** A level body on its own, as the renderer stage reads it. */
const markdownFile = (body: string) => ({ path: "entry.md", body, bodyLine: 1 });

/** Generous: only a hang fails it, never a slow machine. */
const HANG_GUARD_MS = 60_000;

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

  it("drops script and data URLs, and marks links to other sites", () => {
    const { value: careers, issues } = loadContent(fixture("unsafe-markdown"));
    expect(issues).toEqual([]);
    const html = careers[0]?.levels[0]?.narrativeHtml ?? "";
    for (const unsafe of ["javascript:", "JAVASCRIPT:", "data:"]) expect(html).not.toContain(unsafe);
    expect(html).toMatchInlineSnapshot(`
      "<p><a rel="noopener noreferrer">a script link</a> and <a rel="noopener noreferrer">a data link</a>
      and <a rel="noopener noreferrer">a data image</a></p>
      <p><a href="https://other.site/page" rel="noopener noreferrer">an external link</a>, <a href="//other.site/page" rel="noopener noreferrer">a protocol-relative link</a> and <a href="/careers/test-career/">a page here</a> and <a rel="noopener noreferrer">a script link in capitals</a></p>
      <p><a>a reference link</a></p>"
    `);
  });

  it("writes every character of an editor's text as text, a > included, in prose, code and tags shown between backticks", () => {
    const { value } = renderMarkdown(markdownFile("Junior > Senior, `<b>bold</b>` & `a => b`\n\n```\nif (a > b) return;\n```"));
    expect(value).toBe(
      "<p>Junior &gt; Senior, <code>&#x3C;b&gt;bold&#x3C;/b&gt;</code> &#x26; <code>a =&gt; b</code></p>\n<pre><code>if (a &gt; b) return;\n</code></pre>",
    );
  });

  it("refuses raw HTML on every line it starts, including blocks and comments that would swallow text", () => {
    expect(fixtureIssues("broken-raw-html")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:9:1  the text contains HTML (<script>globalThis.pwned = "sc…), which the site does not show; write it in Markdown instead, or put it between backticks to show it as text",
        "careers/test-career/levels/entry.md:11:1  the text contains HTML (<img src="x" onerror="alert(1)…), which the site does not show; write it in Markdown instead, or put it between backticks to show it as text",
        "careers/test-career/levels/entry.md:13:1  the text contains HTML (<div>), which the site does not show; write it in Markdown instead, or put it between backticks to show it as text",
        "careers/test-career/levels/entry.md:17:1  the text contains HTML (<iframe src="https://other.sit…), which the site does not show; write it in Markdown instead, or put it between backticks to show it as text",
        "careers/test-career/levels/entry.md:21:1  the text contains HTML (<!-- everything after this wou…), which the site does not show; write it in Markdown instead, or put it between backticks to show it as text",
      ]
    `);
  });
});

describe("only ordinary files inside the content folder are read", () => {
  it("refuses a link to a device without reading it", { timeout: HANG_GUARD_MS }, () => {
    const root = temporaryContent({ "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER });
    symlinkSync("/dev/zero", path.join(root, "careers/test-career/index.md"));
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/index.md:1:1  this is a link; put the file or folder itself here instead of a link",
      ]
    `);
  });

  it("refuses a link to a file outside the content folder, and does not show its text", () => {
    const outside = path.join(temporaryContent({ "secret.md": `${ENTRY_FRONTMATTER}\nsecret-token: not for the log\n` }), "secret.md");
    const root = temporaryContent({ "careers/test-career/index.md": CAREER_INDEX, "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER });
    symlinkSync(outside, path.join(root, "careers/test-career/levels/mid.md"));
    const issues = temporaryIssues(root);
    expect(issues.join("\n")).not.toContain("secret");
    expect(issues).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/mid.md:1:1  this is a link; put the file or folder itself here instead of a link",
      ]
    `);
  });

  it("refuses a pipe without waiting on it", { timeout: HANG_GUARD_MS }, () => {
    const root = temporaryContent({ "careers/test-career/index.md": CAREER_INDEX, "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER });
    execFileSync("mkfifo", [path.join(root, "careers/test-career/levels/mid.md")]);
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/mid.md:1:1  this is not an ordinary file (it is a device, a pipe or a socket); put a text file here",
      ]
    `);
  });

  it("names files and folders that look like content but would not be read", () => {
    const root = temporaryContent({
      "careers/notes.txt": "A stray file.",
      "careers/test-career/index.md": CAREER_INDEX,
      "careers/test-career/photo.png": "",
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER,
      "careers/test-career/levels/lead.MD": ENTRY_FRONTMATTER,
      "careers/test-career/levels/staff.markdown": ENTRY_FRONTMATTER,
      "careers/test-career/levels/old/mid.md": ENTRY_FRONTMATTER,
      "careers/test-career/levels/.gitkeep": "",
    });
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/notes.txt:1:1  warning: this file is not read: each career is a folder in content/careers/ with an index.md",
        "careers/test-career/levels/lead.MD:1:1  this file is not read: level files end in .md; rename it to lead.md",
        "careers/test-career/levels/old:1:1  folders inside levels/ are not read; move the level files directly into levels/",
        "careers/test-career/levels/staff.markdown:1:1  this file is not read: level files end in .md; rename it to staff.md",
        "careers/test-career/photo.png:1:1  warning: this is not read: a career folder holds index.md and a levels folder",
      ]
    `);
  });

  it("holds a career to the most levels it may have: at the limit it loads, past it one message names the levels folder and no level file's content is read", () => {
    const ladder = (count: number, text: (rank: number) => string) =>
      Object.fromEntries(Array.from({ length: count }, (_, index) => [`careers/test-career/levels/step-${index + 1}.md`, text(index + 1)]));
    const most = limits.levels.value;
    const atLimit = temporaryContent({
      "careers/test-career/index.md": CAREER_INDEX,
      ...ladder(most, (rank) => ENTRY_FRONTMATTER.replace("rank: 1", `rank: ${rank}`)),
    });
    expect(temporaryIssues(atLimit)).toEqual([]);
    expect(loadContent(atLimit).value[0]?.levels).toHaveLength(most);

    // Files that would each be an error of their own, were they read.
    const pastLimit = temporaryContent({ "careers/test-career/index.md": CAREER_INDEX, ...ladder(most + 1, () => "not a level file") });
    expect(temporaryIssues(pastLimit)).toEqual([
      `careers/test-career/levels:1:1  this career has ${most + 1} level files; a career holds at most ${most} levels: merge or remove 1`,
    ]);
  });

  it("loads without a message a career as large as the limits allow at once: the most levels, each with its lists full of the longest items", () => {
    const root = temporaryContent({});
    writeLargestCareers(root, 1);
    expect(temporaryIssues(root)).toEqual([]);
    const [career] = loadContent(root).value;
    expect(career?.levels).toHaveLength(limits.levels.value);
    expect(career?.levels.at(-1)?.requirements).toHaveLength(limits.listItems.value);
  });

  it("refuses a careers folder that is a link, without reading what it points to", () => {
    const elsewhere = temporaryContent({ "careers/test-career/index.md": CAREER_INDEX, "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER });
    const root = temporaryContent({});
    symlinkSync(path.join(elsewhere, "careers"), path.join(root, "careers"));
    expect(loadContent(root).value).toEqual([]);
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers:1:1  this is a link; put the careers folder itself here",
      ]
    `);
  });

  it("refuses a career folder that is a link", () => {
    const root = temporaryContent({ "elsewhere/index.md": CAREER_INDEX, "careers/.gitkeep": "" });
    symlinkSync(path.join(root, "elsewhere"), path.join(root, "careers/linked-career"));
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/linked-career:1:1  this is a link; put the career's folder itself here",
      ]
    `);
  });
});

describe("content cannot stall the build", () => {
  it("refuses a YAML alias bomb, naming the line of the first alias", { timeout: HANG_GUARD_MS }, () => {
    expect(fixtureIssues("broken-alias-bomb")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:5:8  the frontmatter uses a YAML alias (*name); write the value out in full instead",
      ]
    `);
  });

  it("refuses a file over the size limit before reading it", () => {
    const root = careerWithEntryBody("All work and no play. ".repeat(limits.fileBytes.value / 20));
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:1:1  the file is 36 KB; a content file may be at most 32 KB",
      ]
    `);
  });

  it("refuses markdown nested deeper than the limit, naming its line", () => {
    const root = careerWithEntryBody(`\nIntroduction.\n\n${"> ".repeat(limits.markdownDepth.value + 1)}Too deep.\n`);
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:11:1  the text is nested more than 24 levels deep (lists or quotes inside each other, or lines indented by more than 48 spaces)",
      ]
    `);
  });

  it("counts quote markers without spaces as nesting, as CommonMark does", () => {
    const root = careerWithEntryBody(`\n${">".repeat(limits.markdownDepth.value + 1)} Too deep.\n`);
    expect(temporaryIssues(root)).toEqual([expect.stringContaining("entry.md:9:1  the text is nested more than 24 levels deep")]);
  });

  it("refuses long runs of one markdown sign before parsing them", () => {
    const root = careerWithEntryBody(`\nFine.\n\n${"[".repeat(limits.syntaxCharacters.value)}\n[\n`);
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:12:1  the text uses "[" more than 1000 times by this line; each markdown sign (such as *, [, \` or <) may appear at most 1000 times in a file, because long runs of them stall the site: remove the repeated signs",
      ]
    `);
  });

  it("stops a render that runs out of time with a message, and renders the next file", { timeout: HANG_GUARD_MS }, () => {
    const slowText = pathologicalShapes(limits.fileBytes.value)["many reference definitions, within the syntax limit"]!;
    expect(renderMarkdown(markdownFile(slowText), 1).issues).toEqual([
      expect.objectContaining({ file: "entry.md", line: 1, message: expect.stringContaining("takes more than 0.001 seconds to turn into a page") }),
    ]);
    expect(renderMarkdown(markdownFile("Still *here*."))).toEqual({ value: "<p>Still <em>here</em>.</p>", issues: [] });
  });

  it("renders many files side by side, each answer in its own file's place", () => {
    const files = ["First *one*.", "<div>raw</div>", `${"[".repeat(limits.syntaxCharacters.value + 1)}`, "Last **one**."].map((body, position) => ({
      path: `level-${position}.md`,
      body,
      bodyLine: 10,
    }));
    expect(
      renderMarkdownFiles(files).map(
        ({ value, issues }) => value ?? issues.map((issue) => `${issue.file}:${issue.line}  ${issue.message.split(/[(;]/)[0]!.trim()}`),
      ),
    ).toEqual([
      "<p>First <em>one</em>.</p>",
      ["level-1.md:10  the text contains HTML"],
      [`level-2.md:10  the text uses "[" more than ${limits.syntaxCharacters.value} times by this line`],
      "<p>Last <strong>one</strong>.</p>",
    ]);
  });

  it("stops each render of a batch that runs out of time, and renders after them", { timeout: HANG_GUARD_MS }, () => {
    const slowText = pathologicalShapes(limits.fileBytes.value)["many reference definitions, within the syntax limit"]!;
    const outcomes = renderMarkdownFiles(
      [1, 2, 3].map((n) => ({ path: `slow-${n}.md`, body: slowText, bodyLine: 1 })),
      1,
    );
    expect(
      outcomes.map(({ issues }) =>
        issues.map((issue) => `${issue.file}: ${issue.message.includes("takes more than 0.001 seconds") ? "out of time" : issue.message}`),
      ),
    ).toEqual([["slow-1.md: out of time"], ["slow-2.md: out of time"], ["slow-3.md: out of time"]]);
    expect(renderMarkdown(markdownFile("Still *here*."))).toEqual({ value: "<p>Still <em>here</em>.</p>", issues: [] });
  });

  it("stops a file out of time at its own limit while the other files of its batch render", { timeout: HANG_GUARD_MS }, () => {
    const slowText = pathologicalShapes(limits.fileBytes.value)["many reference definitions, within the syntax limit"]!;
    const batch = (middle: string) => ["First *one*.", middle, "Last **one**."].map((body, position) => ({ path: `level-${position}.md`, body, bodyLine: 1 }));
    // The threads start before anything is timed.
    renderMarkdownFiles(batch("Warm *up*."));
    const wholeStarted = performance.now();
    expect(renderMarkdown(markdownFile(slowText)).issues).toEqual([]);
    const whole = performance.now() - wholeStarted;

    // A third of the slow file's time: far more than a short file needs even on a busy machine,
    // where a tenth (30 ms) once ran out before a short file's thread was scheduled.
    const limitMs = Math.round(whole / 3);
    const started = performance.now();
    const outcomes = renderMarkdownFiles(batch(slowText), limitMs);
    const elapsed = performance.now() - started;
    expect(
      outcomes.map(({ value, issues }) => value ?? issues.map((issue) => (issue.message.includes("takes more than") ? "out of time" : issue.message))),
    ).toEqual(["<p>First <em>one</em>.</p>", ["out of time"], "<p>Last <strong>one</strong>.</p>"]);
    // Stopped at its limit, not flagged once it had finished.
    expect(elapsed).toBeLessThan(whole * 0.8);
  });

  it("refuses text that would become a page many times its size before parsing it, naming the reference's definition", () => {
    const amplifying = pathologicalShapes(limits.fileBytes.value - 200)["many uses of a long reference, within the syntax limit"]!;
    // A time limit of 1 ms: only a refusal before parsing can answer in time.
    expect(renderMarkdown(markdownFile(amplifying), 1).issues).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringContaining("turns into more than 128 KB of page") }),
    ]);
    const used = "See [the guide][g], [the guide][g] and [G].\n\n[g]: https://example.org/guide\n";
    expect(renderMarkdown(markdownFile(used)).value).toContain('<a href="https://example.org/guide">G</a>');
  });

  // Short shapes: the rendering of each shape at length is held by content-pathological.test.ts.
  it("names the slowest pathological shape for the bench", { timeout: HANG_GUARD_MS }, () => {
    const slowest = slowestPathologicalShape(200);
    expect(Object.keys(pathologicalShapes(200))).toContain(slowest.shape);
  });

  it("accepts a thematic break written with many spaced markers", () => {
    const root = careerWithEntryBody(`\nAbove.\n\n${"* ".repeat(200)}\n\nBelow.\n`);
    expect(loadContent(root).issues).toEqual([]);
  });

  it("refuses more list items than the limit, naming the line of the first one too many", () => {
    const root = careerWithEntryBody("- An item\n".repeat(limits.markdownListItems.value + 1));
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:508:1  the text has more than 500 list items; shorten the lists or split the text",
      ]
    `);
  });

  it("refuses thousands of nested list items", { timeout: HANG_GUARD_MS }, () => {
    const root = careerWithEntryBody("- - An item in an item\n".repeat(1_000));
    expect(loadContent(root).issues).toHaveLength(1);
  });

  it("accepts nesting within the limit", () => {
    const root = careerWithEntryBody(`\n${"> ".repeat(4)}- a list in quotes\n  - and a list in that\n`);
    expect(loadContent(root).issues).toEqual([]);
  });
});
