import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { fixture } from "./content-fixtures";

/** Runs `npm run check`'s script against a content root, as an editor or CI would. */
function check(contentDir: string) {
  const run = spawnSync("npx", ["tsx", "scripts/check-content.ts"], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  return { status: run.status, lines: run.stdout.trimEnd().split("\n") };
}

describe("npm run check", () => {
  it("prints every problem and a summary, and fails", () => {
    expect(check(fixture("broken-several-files"))).toMatchInlineSnapshot(`
      {
        "lines": [
          "tests/fixtures/content/broken-several-files/careers/first-career/index.md:2:1  title: this field is required but missing",
          "tests/fixtures/content/broken-several-files/careers/first-career/levels/entry.md:3:7  rank: expected a whole number, found "first"",
          "tests/fixtures/content/broken-several-files/careers/first-career/levels/mid.md:4:11  buildsOn: there is no level "senior" in this career (levels: entry)",
          "tests/fixtures/content/broken-several-files/careers/second-career/index.md:1:1  the career has no levels: add at least one file like tests/fixtures/content/broken-several-files/careers/second-career/levels/entry.md",
          "tests/fixtures/content/broken-several-files/careers/third-career/index.md:3:1  tagln: "tagln" is not a field; did you mean "tagline"?",
          "tests/fixtures/content/broken-several-files/careers/third-career/levels/entry.md:1:1  the file is empty; it needs frontmatter between two --- lines",
          "6 errors, 0 warnings in 6 files",
        ],
        "status": 1,
      }
    `);
  }, 30_000);

  it("passes the real content", () => {
    const { status, lines } = check("content");
    expect(status).toBe(0);
    expect(lines.at(-1)).toMatch(/^Content OK: \d+ careers?, \d+ levels?$/);
  }, 30_000);
});
