import { describe, expect, it } from "vitest";
import { checkContent, loadContent, workflowCommand } from "@/lib/content";
import { fixture } from "./content-fixtures";

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
      message: "found \"50%\" on two lines:\r\nfirst\nsecond",
    });
    expect(command).toBe(
      "::error file=content/careers/a%2Cb/levels/x%3Ay.md,line=3,col=9,title=duties[2]%3A 100%25%2C really::found \"50%25\" on two lines:%0D%0Afirst%0Asecond",
    );
  });

  it("leaves out the title of a problem with the whole file", () => {
    expect(workflowCommand({ severity: "warning", file: "content/careers/x/index.md", line: 1, column: 1, field: "", message: "m" })).toBe(
      "::warning file=content/careers/x/index.md,line=1,col=1::m",
    );
  });
});
