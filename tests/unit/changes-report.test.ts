import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ChangesReport } from "@/lib/changes";
import { SERVE_PREVIEW_COMMAND, screenshotName } from "@/lib/changes/preview";
import { checkReport, loadContent } from "@/lib/content";
import { getPages } from "@/lib/pages";
import { absoluteUrl } from "@/lib/site";
import { changesReport } from "@/scripts/lib/changes-report";
import { renderedPages } from "@/scripts/lib/rendered-pages";
import { contentRepository, type ContentRepository } from "../content-repository";

const FIXTURE = "tests/fixtures/content/changes";
const HR = "careers/hr-generalist";

let repository: ContentRepository;
afterEach(() => repository?.dispose());

/** The fixture on `main`, `edits` committed on a branch, and the report on that branch against `main`. */
function reportAfter(
  edits: (repository: ContentRepository) => void,
  { fixture = FIXTURE, preview }: { fixture?: string; preview?: boolean } = {},
  published?: (repository: ContentRepository) => void,
): Promise<ChangesReport> {
  repository = contentRepository(fixture, published);
  edits(repository);
  repository.commit("An editor's change");
  return changesReport("main", { contentDir: repository.contentDir, preview });
}

/** `text` with `from` replaced, which must be there. */
function replaced(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

const pathsOf = (report: ChangesReport) => report.pages.map((page) => page.path);
const linesUnder = (report: ChangesReport, heading: string) => {
  const start = report.lines.indexOf(heading);
  expect(start, `no heading ${heading}`).toBeGreaterThanOrEqual(0);
  const end = report.lines.findIndex((line, index) => index > start && line.startsWith("#"));
  return report.lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line !== "");
};

describe("npm run changes: what an edit changes, in the editors' terms and page by page", () => {
  it("follows a requirement added to the entry level to every level that builds on it, the overview and the comparison", async () => {
    const report = await reportAfter((edit) =>
      edit.edit(`${HR}/levels/entry.md`, (text) =>
        replaced(text, "  - Bachelor's degree in human resources\n", "  - Bachelor's degree in human resources\n  - A driving licence\n"),
      ),
    );
    expect(report.exitCode).toBe(0);
    expect(linesUnder(report, "#### Level `Entry level` (`entry`)")).toEqual(["- Requirements:", "  - added: `A driving licence`"]);
    expect(pathsOf(report)).toEqual([
      "/careers/hr-generalist/",
      "/careers/hr-generalist/entry/",
      "/careers/hr-generalist/mid/",
      "/careers/hr-generalist/senior/",
      "/careers/hr-generalist/compare/",
    ]);
    expect(report.lines).toContain(`- \`Mid level Human Resources Generalist\` (level): ${absoluteUrl("/careers/hr-generalist/mid/")}`);
    expect(report.pages[2]).toEqual({ path: "/careers/hr-generalist/mid/", url: absoluteUrl("/careers/hr-generalist/mid/"), kind: "level" });
  });

  it("reports a duty removed, on the level and the comparison alone", async () => {
    const report = await reportAfter((edit) => edit.edit(`${HR}/levels/mid.md`, (text) => replaced(text, "  - Supervise lower level HR generalists\n", "")));
    expect(linesUnder(report, "#### Level `Mid level` (`mid`)")).toEqual(["- Duties:", "  - removed: `Supervise lower level HR generalists`"]);
    expect(pathsOf(report)).toEqual(["/careers/hr-generalist/mid/", "/careers/hr-generalist/compare/"]);
  });

  it("reports a certification renamed as reworded, old and new, not as one removed and one added", async () => {
    const report = await reportAfter((edit) =>
      edit.edit(`${HR}/levels/entry.md`, (text) => replaced(text, "name: aPHR", "name: Associate Professional in Human Resources (aPHR)")),
    );
    expect(linesUnder(report, "#### Level `Entry level` (`entry`)")).toEqual([
      "- Certifications:",
      "  - reworded: `aPHR, HR Certification Institute (https://www.hrci.org/our-programs/our-certifications/aphr)` → `Associate Professional in Human Resources (aPHR), HR Certification Institute (https://www.hrci.org/our-programs/our-certifications/aphr)`",
    ]);
    expect(pathsOf(report)).toEqual(["/careers/hr-generalist/entry/", "/careers/hr-generalist/compare/"]);
  });

  it("reports a duty rewritten in its place as reworded, even with few words kept", async () => {
    const report = await reportAfter((edit) =>
      edit.edit(`${HR}/levels/entry.md`, (text) => replaced(text, "Retrain existing employees for job reassignment", "Onboard the people hired")),
    );
    expect(linesUnder(report, "#### Level `Entry level` (`entry`)")).toEqual([
      "- Duties:",
      "  - reworded: `Retrain existing employees for job reassignment` → `Onboard the people hired`",
    ]);
  });

  it("lists a level added as a new page, and every page whose ladder, listing or index shows it", async () => {
    const report = await reportAfter((edit) =>
      edit.write(
        `${HR}/levels/director.md`,
        "---\ntitle: Director level\nrank: 4\nbuildsOn: senior\nroles: [Chief people officer]\nrequirements: []\nduties: [Lead the people function]\n---\n",
      ),
    );
    expect(report.lines).toContain("- Level added: `Director level` (`director`), step 4 of 4");
    expect(report.lines).toContain(`- \`Director level Human Resources Generalist\` (level, new): ${absoluteUrl("/careers/hr-generalist/director/")}`);
    expect(pathsOf(report)).toEqual(
      expect.arrayContaining([
        "/",
        "/families/business-and-financial-operations/",
        "/a-z/c/",
        "/careers/hr-generalist/",
        "/careers/hr-generalist/entry/",
        "/careers/hr-generalist/mid/",
        "/careers/hr-generalist/senior/",
        "/careers/hr-generalist/compare/",
        "/careers/hr-generalist/director/",
      ]),
    );
    expect(pathsOf(report).filter((pagePath) => pagePath.startsWith("/careers/data-analyst/"))).toEqual([]);
  });

  it("reports a level file renamed with its content as renamed, and flags the address that disappears", async () => {
    const report = await reportAfter((edit) => {
      edit.rename(`${HR}/levels/mid.md`, `${HR}/levels/manager.md`);
      edit.edit(`${HR}/levels/senior.md`, (text) => replaced(text, "buildsOn: mid", "buildsOn: manager"));
    });
    expect(linesUnder(report, "#### Level `Mid level` (`manager`)")).toEqual(["- Renamed: `mid.md` → `manager.md`"]);
    expect(linesUnder(report, "#### Level `Senior level` (`senior`)")).toEqual(["- Builds on: `mid` → `manager`"]);
    expect(report.lines).not.toContain("- Level removed: `Mid level` (`mid`)");
    expect(linesUnder(report, "### Addresses that disappear (1)").slice(1)).toEqual([
      `- ${absoluteUrl("/careers/hr-generalist/mid/")} will answer 404 (\`Mid level Human Resources Generalist\`, level): it moved to ${absoluteUrl("/careers/hr-generalist/manager/")}, add \`mid\` to \`aliases\` in \`${path.relative(process.cwd(), repository.contentDir)}/${HR}/levels/manager.md\``,
    ]);
    expect(pathsOf(report)).toContain("/careers/hr-generalist/manager/");
    expect(pathsOf(report)).not.toContain("/careers/hr-generalist/mid/");
  });

  it("flags no address when a renamed level keeps its old name in aliases, lists the old address as sending readers on, and photographs only the new", async () => {
    const report = await reportAfter((edit) => {
      edit.rename(`${HR}/levels/mid.md`, `${HR}/levels/manager.md`);
      edit.edit(`${HR}/levels/manager.md`, (text) => replaced(text, "title: Mid level", "aliases: [mid]\ntitle: Mid level"));
      edit.edit(`${HR}/levels/senior.md`, (text) => replaced(text, "buildsOn: mid", "buildsOn: manager"));
    });
    expect(report.lines.some((line) => line.startsWith("### Addresses that disappear"))).toBe(false);
    expect(linesUnder(report, "### Pages that change (2)")).toEqual([
      `- \`Moved: Mid level Human Resources Generalist\` (moved): ${absoluteUrl("/careers/hr-generalist/mid/")}`,
      `- \`Mid level Human Resources Generalist\` (level, new): ${absoluteUrl("/careers/hr-generalist/manager/")}`,
    ]);
    // The old address only sends the browser on: the preview photographs the page it leads to.
    expect(pathsOf(report)).toEqual(["/careers/hr-generalist/manager/"]);
  });

  it("flags each address of a renamed career with where it moved and the former name that keeps it", async () => {
    const report = await reportAfter((edit) => edit.rename("careers/data-analyst", "careers/data-scientist"));
    const overview = `${path.relative(process.cwd(), repository.contentDir)}/careers/data-scientist/index.md`;
    const disappearing = linesUnder(report, "### Addresses that disappear (4)").slice(1);
    for (const address of ["/careers/data-analyst/", "/careers/data-analyst/intern/", "/careers/data-analyst/analyst/", "/careers/data-analyst/compare/"]) {
      const line = disappearing.find((each) => each.startsWith(`- ${absoluteUrl(address)} will answer 404 (`));
      expect(line).toContain(
        `: it moved to ${absoluteUrl(address.replace("/data-analyst/", "/data-scientist/"))}, add \`data-analyst\` to \`aliases\` in \`${overview}\``,
      );
    }
  });

  it("reports a career removed, and flags each of its addresses", async () => {
    const report = await reportAfter((edit) => edit.remove("careers/data-analyst"));
    expect(linesUnder(report, "### Careers")).toEqual(["- Removed: `Data Analyst` (`data-analyst`), 2 levels"]);
    const disappearing = linesUnder(report, "### Addresses that disappear (6)").slice(1);
    for (const address of [
      "/careers/data-analyst/",
      "/careers/data-analyst/intern/",
      "/careers/data-analyst/analyst/",
      "/careers/data-analyst/compare/",
      "/families/computer-and-mathematical/",
      "/a-z/d/",
    ]) {
      expect(disappearing.some((line) => line.startsWith(`- ${absoluteUrl(address)} will answer 404 (`))).toBe(true);
    }
    // The home page, and every A-Z page left, whose letter bar loses D.
    expect(pathsOf(report)).toEqual(["/", "/a-z/h/", "/a-z/r/", "/a-z/t/"]);
  });

  it("reports a new rank, and no page when the ladder keeps its order", async () => {
    const report = await reportAfter((edit) => edit.edit(`${HR}/levels/senior.md`, (text) => replaced(text, "rank: 3", "rank: 5")));
    expect(linesUnder(report, "#### Level `Senior level` (`senior`)")).toEqual(["- Rank: `3` → `5`"]);
    expect(linesUnder(report, "### Pages that change (0)")).toEqual(["- None: no page shows anything else."]);
    expect(report.pages).toEqual([]);
  });

  it("says when the text below the frontmatter changed, on that level's page alone", async () => {
    const report = await reportAfter((edit) => edit.edit(`${HR}/levels/senior.md`, (text) => replaced(text, "lead the function", "run the function")));
    expect(linesUnder(report, "#### Level `Senior level` (`senior`)")).toEqual(["- The text below the frontmatter changed"]);
    expect(pathsOf(report)).toEqual(["/careers/hr-generalist/senior/"]);
  });

  it("says so in one line when nothing changes for readers", async () => {
    const report = await reportAfter((edit) => edit.edit(`${HR}/levels/senior.md`, (text) => `${text}\n\n`));
    expect(report.lines).toEqual([expect.stringMatching(/^No change for readers: the content reads as at the merge base of `main` \(`[0-9a-f]{12}`\)\.$/)]);
    expect(report.pages).toEqual([]);
    expect(report.exitCode).toBe(0);
  });

  it("reports a content error on the branch as npm run check does, and fails", async () => {
    const report = await reportAfter((edit) => edit.edit(`${HR}/levels/mid.md`, (text) => replaced(text, "rank: 2", "rank: second")));
    expect(report.exitCode).toBe(1);
    const check = checkReport(loadContent(repository.contentDir));
    expect(check.lines[0]).toMatch(/levels\/mid\.md:3:7 {2}rank: expected a whole number, found "second"$/);
    expect(report.lines).toEqual([
      "## Changes for readers",
      "",
      "### Content errors",
      "",
      "The content of this branch has errors, as `npm run check` reports them:",
      "",
      "```text",
      ...check.lines,
      "```",
    ]);
    expect(report.pages).toEqual([]);
  });

  it("lists another career's overview when the job titles it shares with the edited career change", async () => {
    const report = await reportAfter((edit) =>
      edit.edit("careers/data-analyst/levels/intern.md", (text) => replaced(text, "  - Data intern\n", "  - Data intern\n  - Recruiter\n")),
    );
    expect(linesUnder(report, "#### Level `Intern` (`intern`)")).toEqual(["- Roles:", "  - added: `Recruiter`"]);
    expect(pathsOf(report)).toEqual([
      "/",
      "/a-z/r/",
      "/careers/data-analyst/",
      "/careers/data-analyst/intern/",
      "/careers/data-analyst/compare/",
      "/careers/hr-generalist/",
    ]);
  });

  it("names a move added to another career, with the pages of both ends and the move's own page", async () => {
    const report = await reportAfter((edit) =>
      edit.edit(`${HR}/levels/entry.md`, (text) => replaced(text, "rank: 1\n", "rank: 1\nmovesTo: [data-analyst/intern]\n")),
    );
    expect(linesUnder(report, "#### Level `Entry level` (`entry`)")).toEqual(["- Moves to other careers:", "  - added: `Data Analyst: Intern`"]);
    expect(pathsOf(report)).toEqual(["/careers/data-analyst/intern/", "/careers/hr-generalist/entry/", "/careers/hr-generalist/entry/to/data-analyst/intern/"]);
  });

  it("flags a move's address when the level it leads to is renamed, with the former name that keeps it", async () => {
    const report = await reportAfter(
      (edit) => {
        edit.rename("careers/data-analyst/levels/intern.md", "careers/data-analyst/levels/trainee.md");
        edit.edit("careers/data-analyst/levels/analyst.md", (text) => replaced(text, "buildsOn: intern", "buildsOn: trainee"));
        edit.edit(`${HR}/levels/entry.md`, (text) => replaced(text, "movesTo: [data-analyst/intern]", "movesTo: [data-analyst/trainee]"));
      },
      {},
      (published) => published.edit(`${HR}/levels/entry.md`, (text) => replaced(text, "rank: 1\n", "rank: 1\nmovesTo: [data-analyst/intern]\n")),
    );
    const trainee = `${path.relative(process.cwd(), repository.contentDir)}/careers/data-analyst/levels/trainee.md`;
    expect(linesUnder(report, "### Addresses that disappear (2)").slice(1)).toEqual([
      `- ${absoluteUrl("/careers/data-analyst/intern/")} will answer 404 (\`Intern Data Analyst\`, level): it moved to ${absoluteUrl("/careers/data-analyst/trainee/")}, add \`intern\` to \`aliases\` in \`${trainee}\``,
      `- ${absoluteUrl("/careers/hr-generalist/entry/to/data-analyst/intern/")} will answer 404 (\`Data Analyst: Intern, from Human Resources Generalist: Entry level\`, move between careers): it moved to ${absoluteUrl("/careers/hr-generalist/entry/to/data-analyst/trainee/")}, add \`intern\` to \`aliases\` in \`${trainee}\``,
    ]);
  });

  it("lists, on a ladder too long to show whole, the level pages whose ladder shows the renamed step: its neighbours", async () => {
    const level = (rank: number) => `---\ntitle: Step ${rank}\nrank: ${rank}\nroles: [Analyst ${rank}]\nrequirements: []\nduties: [Analyse ${rank}]\n---\n`;
    repository = contentRepository(FIXTURE, (published) => {
      for (const rank of [3, 4, 5, 6]) published.write(`careers/data-analyst/levels/step-${rank}.md`, level(rank));
    });
    repository.edit("careers/data-analyst/levels/step-4.md", (text) => replaced(text, "title: Step 4", "title: Fourth step"));
    repository.commit("Rename a step");
    const levelPages = pathsOf(await changesReport("main", { contentDir: repository.contentDir })).filter((pagePath) =>
      /^\/careers\/data-analyst\/(?!compare)[^/]+\/$/.test(pagePath),
    );
    expect(levelPages).toEqual(["/careers/data-analyst/step-3/", "/careers/data-analyst/step-4/", "/careers/data-analyst/step-5/"]);
  });

  it("lists every page as new when the merge base had no guides yet", async () => {
    repository = contentRepository(FIXTURE, (published) => {
      rmSync(path.join(published.contentDir, "careers"), { recursive: true });
      published.write("README.md", "# The guides, to come\n");
    });
    cpSync(FIXTURE, repository.contentDir, { recursive: true });
    repository.commit("The first guides");
    const report = await changesReport("main", { contentDir: repository.contentDir });
    expect(linesUnder(report, "### Careers")).toEqual([
      "- Added: `Data Analyst` (`data-analyst`), 2 levels",
      "- Added: `Human Resources Generalist` (`hr-generalist`), 3 levels",
    ]);
    expect(pathsOf(report)).toEqual(getPages(loadContent(repository.contentDir).value).map((page) => page.path));
  });

  it("reports a content error at the merge base as npm run check reports it there, without failing the branch that fixes it", async () => {
    repository = contentRepository(FIXTURE, (published) => published.edit(`${HR}/levels/mid.md`, (text) => replaced(text, "rank: 2", "rank: second")));
    repository.edit(`${HR}/levels/mid.md`, (text) => replaced(text, "rank: second", "rank: 2"));
    repository.commit("Fix the rank");
    const report = await changesReport("main", { contentDir: repository.contentDir });
    expect(report.exitCode).toBe(0);
    const mid = `${path.relative(process.cwd(), repository.contentDir)}/${HR}/levels/mid.md`;
    expect(report.lines).toContain(`${mid}:3:7  rank: expected a whole number, found "second"`);
    expect(report.lines).toContainEqual(
      expect.stringMatching(/^The content at the merge base of `main` \(`[0-9a-f]{12}`\) has errors, as `npm run check` reports them:$/),
    );
  });

  it("still reports the branch's own changes beside the errors at the merge base", async () => {
    repository = contentRepository(FIXTURE, (published) => published.edit(`${HR}/levels/mid.md`, (text) => replaced(text, "rank: 2", "rank: second")));
    repository.edit(`${HR}/levels/mid.md`, (text) => replaced(text, "rank: second", "rank: 2"));
    repository.edit("careers/data-analyst/levels/analyst.md", (text) => replaced(text, "  - Build reports\n", "  - Build reports\n  - Explain the numbers\n"));
    repository.commit("Fix the rank and add a duty");
    const report = await changesReport("main", { contentDir: repository.contentDir });
    expect(report.exitCode).toBe(0);
    expect(report.lines).toContainEqual(expect.stringMatching(/^The content at the merge base of `main` \(`[0-9a-f]{12}`\) has errors/));
    expect(linesUnder(report, "#### Level `Analyst` (`analyst`)")).toEqual(["- Duties:", "  - added: `Explain the numbers`"]);
    // The career that failed to load at the merge base counts as added, as the report says.
    expect(linesUnder(report, "### Careers")).toEqual(["- Added: `Human Resources Generalist` (`hr-generalist`), 3 levels"]);
    expect(linesUnder(report, "### Pages that change")).toEqual([
      "- Not compared, nor the addresses that would disappear: the site at the merge base does not build.",
    ]);
  });

  it("shows text from the content inert: no mention, image, link, HTML or Markdown of its own", async () => {
    const hostile = "@someone ![x](http://e/) <script>alert(1)</script> **bold** ``code``";
    const report = await reportAfter((edit) =>
      edit.edit(`${HR}/levels/mid.md`, (text) => replaced(text, "  - Excellent people skills\n", `  - ${JSON.stringify(hostile)}\n`)),
    );
    expect(linesUnder(report, "#### Level `Mid level` (`mid`)")).toEqual([
      "- Requirements:",
      `  - reworded: \`Excellent people skills\` → \`\`\` ${hostile} \`\`\``,
    ]);
    // Outside code spans, the report says nothing the content wrote.
    const outsideCode = report.lines.join("\n").replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, "");
    for (const fragment of ["@someone", "![x]", "<script>", "**bold**"]) expect(outsideCode).not.toContain(fragment);
  });

  it("names the preview's screenshots of each page and the command that serves it, when asked", async () => {
    const report = await reportAfter((edit) => edit.edit(`${HR}/levels/senior.md`, (text) => replaced(text, "lead the function", "run the function")), {
      preview: true,
    });
    const preview = linesUnder(report, "### Preview");
    expect(preview[0]).toContain(`\`${SERVE_PREVIEW_COMMAND}\``);
    expect(preview.slice(1)).toEqual([
      `- \`/careers/hr-generalist/senior/\`: \`${screenshotName("/careers/hr-generalist/senior/", 360)}\`, \`${screenshotName("/careers/hr-generalist/senior/", 1280)}\``,
    ]);
  });
});

describe("npm run changes on a career whose ladder forks into tracks", () => {
  const TRACKS = "tests/fixtures/content/tracks";
  const LEVELS = "careers/people-operations/levels";
  const CAREER = "### `People Operations` (`people-operations`)";

  const PAGES_OF_THE_FORK = [
    "/",
    "/careers/people-operations/",
    "/careers/people-operations/specialist/",
    "/careers/people-operations/director/",
    "/careers/people-operations/compare/",
  ];
  const SPECIALIST_TRACK = ["`Senior specialist` (`senior-specialist`)", "`Principal specialist` (`principal`)"];

  /** The fixture as one ladder: no manager, no tracks, the director building on the principal. */
  function withoutFork(edit: ContentRepository) {
    rmSync(path.join(edit.contentDir, `${LEVELS}/manager.md`));
    for (const level of ["senior-specialist", "principal"]) edit.edit(`${LEVELS}/${level}.md`, (text) => replaced(text, "track: Individual contributor\n", ""));
    edit.edit(`${LEVELS}/director.md`, (text) => replaced(text, "buildsOn: manager\nalsoFrom: [principal]\n", "buildsOn: principal\n"));
  }

  it("names a new fork with its tracks, each level's new track and the level where they meet, and lists the pages of the new ladder", async () => {
    const report = await reportAfter((edit) => cpSync(TRACKS, edit.contentDir, { recursive: true }), { fixture: TRACKS }, withoutFork);
    expect(linesUnder(report, CAREER)).toEqual([
      "- Level added: `Manager` (`manager`), step 3 of 5, on the track `Management`",
      "- New fork at `Specialist` (`specialist`): `Individual contributor`, `Management`",
    ]);
    for (const level of SPECIALIST_TRACK) expect(linesUnder(report, `#### Level ${level}`)).toEqual(["- Track: none → `Individual contributor`"]);
    expect(linesUnder(report, "#### Level `Director` (`director`)")).toEqual(["- Builds on: `principal` → `manager`", "- Also from: none → `principal`"]);
    expect(report.lines).toContain(`- \`Manager People Operations\` (level, new): ${absoluteUrl("/careers/people-operations/manager/")}`);
    expect(pathsOf(report)).toEqual(expect.arrayContaining([...PAGES_OF_THE_FORK, "/careers/people-operations/manager/"]));
  });

  it("names a fork removed, each level's track removed and the level where they met, and flags the address of the branch removed", async () => {
    const report = await reportAfter(withoutFork, { fixture: TRACKS });
    expect(linesUnder(report, CAREER)).toEqual([
      "- Level removed: `Manager` (`manager`)",
      "- Fork removed at `Specialist` (`specialist`): `Individual contributor`, `Management`",
    ]);
    for (const level of SPECIALIST_TRACK) expect(linesUnder(report, `#### Level ${level}`)).toEqual(["- Track: `Individual contributor` → none"]);
    expect(linesUnder(report, "#### Level `Director` (`director`)")).toEqual(["- Builds on: `manager` → `principal`", "- Also from: `principal` → none"]);
    expect(linesUnder(report, "### Addresses that disappear (1)").slice(1)).toEqual([
      `- ${absoluteUrl("/careers/people-operations/manager/")} will answer 404 (\`Manager People Operations\`, level)`,
    ]);
    expect(pathsOf(report)).toEqual(expect.arrayContaining(PAGES_OF_THE_FORK));
  });

  it("names a level moved to the other track and the levels the meeting level is also reached from", async () => {
    const report = await reportAfter(
      (edit) => {
        edit.edit(`${LEVELS}/principal.md`, (text) =>
          replaced(replaced(text, "buildsOn: senior-specialist", "buildsOn: manager"), "track: Individual contributor", "track: Management"),
        );
        edit.edit(`${LEVELS}/director.md`, (text) =>
          replaced(replaced(text, "buildsOn: manager", "buildsOn: principal"), "alsoFrom: [principal]", "alsoFrom: [senior-specialist]"),
        );
      },
      { fixture: TRACKS },
    );
    expect(linesUnder(report, "#### Level `Principal specialist` (`principal`)")).toEqual([
      "- Builds on: `senior-specialist` → `manager`",
      "- Track: `Individual contributor` → `Management`",
    ]);
    expect(linesUnder(report, "#### Level `Director` (`director`)")).toEqual([
      "- Builds on: `manager` → `principal`",
      "- Also from: `principal` → `senior-specialist`",
    ]);
    // Both inherit other requirements now, which their pages and the comparison show.
    expect(pathsOf(report)).toEqual(
      expect.arrayContaining(["/careers/people-operations/principal/", "/careers/people-operations/director/", "/careers/people-operations/compare/"]),
    );
  });

  it("names a track renamed once, not on each of its levels, and lists every page that shows the track's name", async () => {
    const report = await reportAfter(
      (edit) => {
        for (const level of ["senior-specialist", "principal"])
          edit.edit(`${LEVELS}/${level}.md`, (text) => replaced(text, "track: Individual contributor", "track: Expert"));
      },
      { fixture: TRACKS },
    );
    expect(linesUnder(report, CAREER)).toEqual(["- Track `Individual contributor` renamed to `Expert`"]);
    expect(report.lines.filter((line) => line.startsWith("#### Level "))).toEqual([]);
    const published = await renderedPages(TRACKS, loadContent(TRACKS).value);
    const showingTrack = [...published].filter(([, text]) => text.includes("Individual contributor")).map(([pagePath]) => pagePath);
    expect(showingTrack.length).toBeGreaterThan(0);
    expect(pathsOf(report)).toEqual(showingTrack);
  });
});

describe("the command", () => {
  it("prints the report, writes report.md and pages.json with --out, and exits non-zero on a content error", () => {
    repository = contentRepository(FIXTURE);
    repository.edit(`${HR}/levels/senior.md`, (text) => replaced(text, "lead the function", "run the function"));
    repository.commit("An editor's change");
    const out = mkdtempSync(path.join(tmpdir(), "changes-out-"));
    const run = () =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/changes.ts", "main", "--out", out], {
        encoding: "utf8",
        env: { ...process.env, CONTENT_DIR: repository.contentDir },
      });
    try {
      const passed = run();
      expect(passed.status).toBe(0);
      expect(readFileSync(path.join(out, "report.md"), "utf8")).toBe(passed.stdout);
      expect(passed.stdout).toContain("- The text below the frontmatter changed");
      expect(JSON.parse(readFileSync(path.join(out, "pages.json"), "utf8"))).toEqual({
        pages: [{ path: "/careers/hr-generalist/senior/", url: absoluteUrl("/careers/hr-generalist/senior/"), kind: "level" }],
      });

      repository.edit(`${HR}/levels/senior.md`, (text) => replaced(text, "rank: 3", "rank: third"));
      const failed = run();
      expect(failed.status).toBe(1);
      expect(failed.stdout).toContain('senior.md:3:7  rank: expected a whole number, found "third"');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("explains a ref that names no commit", () => {
    repository = contentRepository(FIXTURE);
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/changes.ts", "no-such-branch"], {
      encoding: "utf8",
      env: { ...process.env, CONTENT_DIR: repository.contentDir },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("usage: npm run changes -- <ref>");
  });
});
