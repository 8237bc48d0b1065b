import { describe, expect, it } from "vitest";
import { checkContent, loadContent, workflowCommand } from "@/lib/content";
import { CAREER_INDEX, ENTRY_FRONTMATTER, fixture, temporaryContent } from "./content-fixtures";

describe("npm run check", () => {
  it("prints every problem in every file in one run with a summary, fails, and loads no broken career", () => {
    expect(loadContent(fixture("broken-several-files")).value).toEqual([]);
    expect(checkContent(fixture("broken-several-files"))).toMatchInlineSnapshot(`
      {
        "exitCode": 1,
        "lines": [
          "tests/fixtures/content/broken-several-files/careers/first-career/index.md:2:1  title: this field is required but missing",
          "tests/fixtures/content/broken-several-files/careers/first-career/levels/entry.md:3:7  rank: expected a whole number, found "first"",
          "tests/fixtures/content/broken-several-files/careers/first-career/levels/mid.md:4:11  buildsOn: there is no level "senior" in this career (levels: entry)",
          "tests/fixtures/content/broken-several-files/careers/second-career/index.md:1:1  the career has no levels: add at least one file like tests/fixtures/content/broken-several-files/careers/second-career/levels/entry.md",
          "tests/fixtures/content/broken-several-files/careers/third-career/index.md:3:1  tagln: "tagln" is not a field; did you mean "tagline"?",
          "tests/fixtures/content/broken-several-files/careers/third-career/levels/entry.md:1:1  the file is empty; it needs frontmatter between two --- lines",
          "6 errors, 0 warnings in 6 files",
        ],
      }
    `);
  });

  it("passes the real content", () => {
    const { exitCode, lines } = checkContent("content");
    expect(exitCode).toBe(0);
    expect(lines.at(-1)).toMatch(/^Content OK: \d+ careers?, \d+ levels?$/);
  });
});

describe("on GitHub Actions, problems show on the lines of the pull request", () => {
  it("follows each problem with an error command naming its file, line, column and field", () => {
    const { lines, exitCode } = checkContent(fixture("broken-several-files"), { githubAnnotations: true });
    expect(exitCode).toBe(1);
    expect(lines.slice(0, 4)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/content/broken-several-files/careers/first-career/index.md:2:1  title: this field is required but missing",
        "::error file=tests/fixtures/content/broken-several-files/careers/first-career/index.md,line=2,col=1,title=title::this field is required but missing",
        "tests/fixtures/content/broken-several-files/careers/first-career/levels/entry.md:3:7  rank: expected a whole number, found "first"",
        "::error file=tests/fixtures/content/broken-several-files/careers/first-career/levels/entry.md,line=3,col=7,title=rank::expected a whole number, found "first"",
      ]
    `);
  });

  it("annotates warnings as warnings, and passes", () => {
    const { lines, exitCode } = checkContent(fixture("repeats"), { githubAnnotations: true });
    expect(exitCode).toBe(0);
    const commands = lines.filter((line) => line.startsWith("::"));
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.every((line) => line.startsWith("::warning file=tests/fixtures/content/repeats/"))).toBe(true);
  });

  it("prints no commands elsewhere", () => {
    expect(checkContent(fixture("broken-several-files")).lines.some((line) => line.startsWith("::"))).toBe(false);
  });

  it("escapes what would end a property or the message early", () => {
    const command = workflowCommand({
      severity: "error",
      file: "content/careers/a,b/levels/x:y.md",
      line: 3,
      column: 9,
      field: "duties[2]: 100%, really",
      message: 'found "50%" on two lines:\r\nfirst\nsecond',
    });
    expect(command).toBe(
      '::error file=content/careers/a%2Cb/levels/x%3Ay.md,line=3,col=9,title=duties[2]%3A 100%25%2C really::found "50%25" on two lines:%0D%0Afirst%0Asecond',
    );
  });

  it("leaves out the title of a problem with the whole file", () => {
    expect(workflowCommand({ severity: "warning", file: "content/careers/x/index.md", line: 1, column: 1, field: "", message: "m" })).toBe(
      "::warning file=content/careers/x/index.md,line=1,col=1::m",
    );
  });

  /** GitHub's workflow commands, and what else ends a line in a log: each must stay inside the value that carries it. */
  const FORGERIES = ["::stop-commands::token", "::error file=content/x.md,line=1::forged", "::add-mask::secret", "%0A::error::encoded", "::warning::plain"];
  const BREAKS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u000B", "\u000C"];

  const codePoints = (text: string) => [...text].map((character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
  it.each(BREAKS.map((lineBreak) => [codePoints(lineBreak), lineBreak]))(
    "prints every problem on one line whatever an editor wrote, with a line broken by %s",
    (_name, lineBreak) => {
      const values = FORGERIES.map((forgery) => `duty${lineBreak}${forgery}`);
      const root = temporaryContent({
        "careers/test-career/index.md": CAREER_INDEX,
        // An unknown key, a repeated duty and a block scalar carry the break into three kinds of message.
        "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER.replace(
          "duties: [Help the team]",
          `duties:\n${values.map((value) => `  - ${JSON.stringify(value)}\n  - ${JSON.stringify(value)}`).join("\n")}\n${JSON.stringify(`odd${lineBreak}${FORGERIES[0]}`)}: 1`,
        ),
      });
      for (const githubAnnotations of [false, true]) {
        const { lines } = checkContent(root, { githubAnnotations });
        expect(lines.length).toBeGreaterThan(values.length);
        for (const line of lines) {
          expect(line.split(/\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/)).toHaveLength(1);
          // Only the annotation the checker writes may start with "::", and only for a problem of its own.
          if (line.startsWith("::")) expect(line).toMatch(/^::(error|warning) file=[^:]*,line=\d+,col=\d+(,title=[^:]*)?::/);
        }
      }
    },
  );
});
