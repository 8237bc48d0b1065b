import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ContentError } from "@/lib/content";
import { getCareers, loadContent } from "@/lib/content";
import { CAREER_INDEX, ENTRY_FRONTMATTER, fixture, temporaryContent } from "./content-fixtures";

/** Commits everything in `root` as of `date`, so that the history says when each file changed. */
function commitAll(root: string, date: string): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: "Editor",
    GIT_AUTHOR_EMAIL: "editor@example.org",
    GIT_COMMITTER_NAME: "Editor",
    GIT_COMMITTER_EMAIL: "editor@example.org",
    GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
    GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
  };
  execFileSync("git", ["add", "-A"], { cwd: root, env });
  execFileSync("git", ["commit", "-q", "-m", `Changes of ${date}`], { cwd: root, env });
}

describe("Last updated comes from the history of each file", () => {
  it("dates each file by its last commit, unless its frontmatter sets updated", () => {
    const root = temporaryContent({
      "careers/test-career/index.md": CAREER_INDEX,
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER,
      "careers/test-career/levels/mid.md": ENTRY_FRONTMATTER.replace("rank: 1", "rank: 2\nupdated: 2023-09-30"),
    });
    execFileSync("git", ["init", "-q"], { cwd: root });
    commitAll(root, "2024-03-04");
    writeFileSync(path.join(root, "careers/test-career/levels/entry.md"), `${ENTRY_FRONTMATTER}\nRevised.\n`);
    commitAll(root, "2024-05-06");

    const [career] = loadContent(root).value;
    expect(career?.levels.map((level) => `${level.slug} ${level.updated}`)).toEqual(["entry 2024-05-06", "mid 2023-09-30"]);
    expect(career?.updated).toBe("2024-05-06");
  });

  it("leaves the date out when the content is not in a repository and sets none", () => {
    const root = temporaryContent({ "careers/test-career/index.md": CAREER_INDEX, "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER });
    expect(loadContent(root).value[0]?.updated).toBeUndefined();
  });
});

describe("getCareers() stops the site on broken content", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("throws a ContentError naming the broken file and its line", () => {
    vi.stubEnv("CONTENT_DIR", fixture("broken-wrong-type"));
    expect(() => getCareers()).toThrow(ContentError);
    expect(() => getCareers()).toThrow("tests/fixtures/content/broken-wrong-type/careers/test-career/levels/entry.md:3:7  rank: expected a whole number");
  });

  it("loads the careers of the content folder it is pointed at", () => {
    vi.stubEnv("CONTENT_DIR", fixture("valid"));
    expect(getCareers().map((career) => career.slug)).toEqual(["data-analyst"]);
  });
});
