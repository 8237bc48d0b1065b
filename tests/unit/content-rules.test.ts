import { describe, expect, it } from "vitest";
import { type CareerLevelRef, limits, loadContent } from "@/lib/content";
import { CAREER_INDEX, ENTRY_FRONTMATTER, fixture, fixtureIssues, temporaryContent, temporaryIssues } from "./content-fixtures";

describe("each content rule explains the mistake with its file and line", () => {
  it("reports malformed YAML on the line where it breaks", () => {
    expect(fixtureIssues("broken-malformed-yaml")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:5:1  the frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
      ]
    `);
  });

  it("reports a missing required field", () => {
    expect(fixtureIssues("broken-missing-field")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:2:1  title: this field is required but missing",
      ]
    `);
  });

  it("reports a value of the wrong type", () => {
    expect(fixtureIssues("broken-wrong-type")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:3:7  rank: expected a whole number, found "two"",
      ]
    `);
  });

  it("reports an empty list where at least one item is required", () => {
    expect(fixtureIssues("broken-empty-list")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:6:9  duties: expected a list with at least one item, found an empty list",
      ]
    `);
  });

  it("reports unknown fields, suggesting the field a near miss was meant to be", () => {
    expect(fixtureIssues("broken-unknown-key")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:6:1  dutes: "dutes" is not a field; did you mean "duties"?",
        "careers/test-career/levels/entry.md:7:1  salary: "salary" is not a field; the fields allowed here are title, rank, roles, requirements, duties, buildsOn, track, alsoFrom, certifications, updated, aliases, movesTo",
      ]
    `);
  });

  it("checks each certification's fields and address", () => {
    expect(fixtureIssues("broken-certification")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:10:10  certifications (item 1).url: expected a web address starting with https:// (did you mean "https://www.certifiedanalytics.org/"?), found "http://www.certifiedanalytics.org/"",
        "careers/test-career/levels/entry.md:12:5  certifications (item 2).isuer: "isuer" is not a field; did you mean "issuer"?",
      ]
    `);
  });

  it("reports folder and file names that are not lowercase kebab-case", () => {
    expect(fixtureIssues("broken-slug-case")).toMatchInlineSnapshot(`
      [
        "careers/Test_Career:1:1  the folder name "Test_Career" must be lowercase words joined by hyphens, like "senior-manager"; it becomes the page's address",
        "careers/test-career/levels/Senior_Level.md:1:1  the file name "Senior_Level" must be lowercase words joined by hyphens, like "senior-manager"; it becomes the page's address",
      ]
    `);
  });

  it("reports a level named after one of the site's own pages", () => {
    expect(fixtureIssues("broken-reserved-slug")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/compare.md:1:1  "compare" is a reserved name: the site uses it for its own pages and files; rename the file",
      ]
    `);
  });

  it("reports two levels of one career with the same rank", () => {
    expect(fixtureIssues("broken-duplicate-rank")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/junior.md:3:7  rank: rank 1 is already used by tests/fixtures/content/broken-duplicate-rank/careers/test-career/levels/entry.md; each level needs its own rank",
      ]
    `);
  });

  it("reports buildsOn naming a level that does not exist", () => {
    expect(fixtureIssues("broken-builds-on-missing")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/mid.md:4:11  buildsOn: there is no level "entyr" in this career (levels: entry)",
      ]
    `);
  });

  it("reports buildsOn naming a level that is not lower", () => {
    expect(fixtureIssues("broken-builds-on-higher")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:4:11  buildsOn: a level can only build on a lower one, but "mid" has rank 2 and this level has rank 1",
      ]
    `);
  });

  it("reports buildsOn chains that go round in a cycle", () => {
    expect(fixtureIssues("broken-builds-on-cycle")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:4:11  buildsOn: the levels this one grows from go round in a cycle: entry → senior → mid → entry",
        "careers/test-career/levels/mid.md:4:11  buildsOn: the levels this one grows from go round in a cycle: mid → entry → senior → mid",
        "careers/test-career/levels/senior.md:4:11  buildsOn: the levels this one grows from go round in a cycle: senior → mid → entry → senior",
      ]
    `);
  });

  it("reports a career with no levels", () => {
    expect(fixtureIssues("broken-no-levels")).toMatchInlineSnapshot(`
      [
        "careers/test-career/index.md:1:1  the career has no levels: add at least one file like tests/fixtures/content/broken-no-levels/careers/test-career/levels/entry.md",
      ]
    `);
  });

  it("reports a description too long for search results", () => {
    expect(fixtureIssues("broken-long-description")).toMatchInlineSnapshot(`
      [
        "careers/test-career/index.md:4:14  description: expected at most 160 characters so search results show it whole, found 199 characters",
      ]
    `);
  });

  it("reports an empty file", () => {
    expect(fixtureIssues("broken-empty-file")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:1:1  the file is empty; it needs frontmatter between two --- lines",
      ]
    `);
  });

  it("reports bytes that are not UTF-8 where they are", () => {
    expect(fixtureIssues("broken-not-utf8")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:6:20  the file is not saved as UTF-8 text; save it again with the UTF-8 encoding",
      ]
    `);
  });
});

describe("warnings point out repetition without failing the check", () => {
  it("warns about items listed twice in a level and requirements already inherited", () => {
    const { value: careers, issues } = loadContent(fixture("repeats"));
    expect(careers.map((career) => career.slug)).toEqual(["test-career"]);
    expect(issues.every((issue) => issue.severity === "warning")).toBe(true);
    expect(fixtureIssues("repeats")).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:5:32  warning: requirements (item 3): "typing" is listed twice in this level",
        "careers/test-career/levels/entry.md:6:28  warning: duties (item 2): "Answer  the phone" is listed twice in this level",
        "careers/test-career/levels/mid.md:6:16  warning: requirements (item 1): "Filing" is already included through buildsOn; remove it here",
      ]
    `);
  });
});

describe("former names (aliases) keep old addresses, each an address no other page has", () => {
  const withAliases = (frontmatter: string, aliases: string) => frontmatter.replace(/\n---\n$/, `\naliases:\n${aliases}\n---\n`);
  const level = (title: string, rank: number, aliases: string) =>
    withAliases(ENTRY_FRONTMATTER.replace("title: Entry", `title: ${title}`).replace("rank: 1", `rank: ${rank}`), aliases);

  it("reads a career's and a level's former names into the model, an empty list where there are none", () => {
    const root = temporaryContent({
      "careers/test-career/index.md": withAliases(CAREER_INDEX, "  - old-career"),
      "careers/test-career/levels/entry.md": level("Entry", 1, "  - junior\n  - trainee"),
      "careers/test-career/levels/mid.md": ENTRY_FRONTMATTER.replace("title: Entry", "title: Mid").replace("rank: 1", "rank: 2"),
      "careers/other-career/index.md": CAREER_INDEX,
      "careers/other-career/levels/entry.md": ENTRY_FRONTMATTER,
    });
    const { value: careers, issues } = loadContent(root);
    expect(issues).toEqual([]);
    expect(careers.map((career) => [career.slug, career.aliases, career.levels.map((each) => each.aliases)])).toEqual([
      ["other-career", [], [[]]],
      ["test-career", ["old-career"], [["junior", "trainee"], []]],
    ]);
  });

  it("reports every name that is taken or kept by the site on its own line, all at once", () => {
    const root = temporaryContent({
      "careers/analyst/index.md": withAliases(CAREER_INDEX, "  - analyst\n  - data-analyst\n  - data-analyst\n  - nurse"),
      "careers/analyst/levels/entry.md": level("Entry", 1, "  - junior\n  - compare\n  - entry\n  - mid\n  - con"),
      "careers/analyst/levels/mid.md": level("Mid", 2, "  - junior\n  - opengraph-image\n  - intermediate"),
      "careers/nurse/index.md": withAliases(CAREER_INDEX, "  - data-analyst\n  - registered-nurse"),
      "careers/nurse/levels/entry.md": level("Entry", 1, "  - junior"),
    });
    expect(loadContent(root).value).toEqual([]);
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/analyst/index.md:6:5  aliases (item 1): expected a former name of this career, found "analyst", its name today",
        "careers/analyst/index.md:8:5  aliases (item 3): expected each former name once, found "data-analyst" again",
        "careers/analyst/index.md:9:5  aliases (item 4): expected a name no other career has, found "nurse", another career's name today",
        "careers/analyst/levels/entry.md:9:5  aliases (item 2): expected a name the site does not use for its own pages and files, found "compare"",
        "careers/analyst/levels/entry.md:10:5  aliases (item 3): expected a former name of this level, found "entry", its name today",
        "careers/analyst/levels/entry.md:11:5  aliases (item 4): expected a name no other level has, found "mid", another level's name today",
        "careers/analyst/levels/entry.md:12:5  aliases (item 5): expected a name Windows does not keep for a device (the export could not be copied there), found "con"",
        "careers/analyst/levels/mid.md:8:5  aliases (item 1): expected a name no other level has, found "junior", already a former name of the level "entry"",
        "careers/analyst/levels/mid.md:9:5  aliases (item 2): expected a name the site does not use for its own pages and files, found "opengraph-image"",
        "careers/nurse/index.md:6:5  aliases (item 1): expected a name no other career has, found "data-analyst", already a former name of the career "analyst"",
      ]
    `);
  });

  it("reports former names that are not slugs, or too long for an address", () => {
    const root = temporaryContent({
      "careers/test-career/index.md": withAliases(CAREER_INDEX, "  - Old Name\n  - old-name"),
      "careers/test-career/levels/entry.md": level("Entry", 1, `  - ${"long-".repeat(12)}name\n  - 2\n  - junior`),
    });
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/index.md:6:5  aliases (item 1): expected a former folder name in lowercase words joined by hyphens, like hr-specialist, found "Old Name"",
        "careers/test-career/levels/entry.md:8:5  aliases (item 1): expected at most 60 characters, found 64 characters",
        "careers/test-career/levels/entry.md:9:5  aliases (item 2): expected a former file name without .md in lowercase words joined by hyphens, like junior, found 2",
      ]
    `);
  });

  it("refuses more former names than the limit, naming it", () => {
    const root = temporaryContent({
      "careers/test-career/index.md": withAliases(CAREER_INDEX, ["a", "b", "c", "d", "e", "f"].map((name) => `  - old-${name}`).join("\n")),
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER,
    });
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/index.md:6:3  aliases: expected at most 5 items, found 6 items",
      ]
    `);
  });
});

describe("moves to other careers (movesTo) show on both levels' pages, each naming a level that exists", () => {
  const addresses = (moves: CareerLevelRef[]) => moves.map(({ career, level }) => `${career.slug}/${level.slug}`);

  it("links each move from the level that declares it to the level it names, which lists where people come from", () => {
    const { value: careers, issues } = loadContent(fixture("moves"));
    expect(issues).toEqual([]);
    const levels = new Map(careers.flatMap((career) => career.levels.map((level) => [`${career.slug}/${level.slug}`, level])));
    expect(Object.fromEntries([...levels].map(([at, level]) => [at, { to: addresses(level.movesTo), from: addresses(level.movesFrom) }]))).toEqual({
      "analyst/entry": { to: ["scientist/junior", "engineer/entry"], from: [] },
      "analyst/senior": { to: [], from: ["scientist/lead"] },
      "engineer/entry": { to: [], from: ["analyst/entry"] },
      "scientist/junior": { to: [], from: ["analyst/entry"] },
      "scientist/lead": { to: ["analyst/senior"], from: [] },
    });
    expect(levels.get("scientist/junior")!.movesFrom[0]).toEqual({
      career: { slug: "analyst", title: "Analyst" },
      level: { slug: "entry", title: "Entry level", rank: 1 },
    });
  });

  it("reports each move that names its own career, a former name, a level or career that does not exist, or one past the limit, on its line", () => {
    expect(fixtureIssues("broken-moves")).toMatchInlineSnapshot(`
      [
        "careers/analyst/levels/entry.md:8:5  movesTo (item 1): expected a level of another career, found "analyst/senior" in this one; levels of one career follow each other by rank and buildsOn",
        "careers/analyst/levels/entry.md:10:5  movesTo (item 3): expected each move once, found "scientist/junior" again",
        "careers/analyst/levels/entry.md:11:5  movesTo (item 4): "data-science" is a former name of the career "scientist"; write scientist/junior",
        "careers/analyst/levels/entry.md:12:5  movesTo (item 5): "starter" is a former name of the level "junior"; write scientist/junior",
        "careers/analyst/levels/senior.md:9:5  movesTo (item 1): there is no level "principal" in the career "scientist" (levels: junior, lead)",
        "careers/analyst/levels/senior.md:10:5  movesTo (item 2): there is no career "astronaut" (a folder under content/careers)",
        "careers/analyst/levels/senior.md:11:5  movesTo (item 3): expected at most 5 moves over all of this career's levels; this is move 8 (keep the most common)",
        "careers/analyst/levels/senior.md:12:5  movesTo (item 4): expected a level of another career, found "data-analysis/entry" in this one; levels of one career follow each other by rank and buildsOn",
        "careers/astronomer/levels/entry.md:7:29  movesTo (item 2): expected a career's folder name and a level's file name without .md, joined by a slash, like recruiter/entry, found "Scientist/Lead"",
        "careers/astronomer/levels/entry.md:7:45  movesTo (item 3): expected a career's folder name and a level's file name without .md, joined by a slash, like recruiter/entry, found "scientist"",
        "careers/scientist/levels/lead.md:8:27  movesTo (item 2): "stargazer" is a former name of the career "astronomer"; write astronomer/entry",
      ]
    `);
  });

  it("refuses more moves on one level than the limit, naming it", () => {
    const root = temporaryContent({
      "careers/test-career/index.md": CAREER_INDEX,
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER.replace(
        "\n---\n",
        `\nmovesTo:\n${["a", "b", "c", "d", "e", "f"].map((name) => `  - ${name}/entry`).join("\n")}\n---\n`,
      ),
    });
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:8:3  movesTo: expected at most 5 items, found 6 items",
      ]
    `);
  });
});

describe("a career's sources each give the date the source gives, as precisely as it gives it", () => {
  const withSources = (sources: string) =>
    temporaryContent({
      "careers/test-career/index.md": CAREER_INDEX.replace(/\n---\n$/, `\nsources:\n${sources}\n---\n`),
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER,
    });
  const source = (date: string) =>
    `  - title: Human Resources Specialists\n    publisher: O*NET OnLine\n    url: https://www.onetonline.org/\n    date: ${date}`;

  it("reads a year, a month or a day into the model", () => {
    const { value, issues } = loadContent(withSources([source('"2025"'), source('"2024-05"'), source('"2024-02-29"')].join("\n")));
    expect(issues).toEqual([]);
    expect(value[0]!.sources.map((each) => each.date)).toEqual(["2025", "2024-05", "2024-02-29"]);
  });

  it("reports a date without quotes, one not on the calendar, one to come, or none, on its line", () => {
    const root = withSources([source("2025"), source('"2024-13"'), source('"2025-02-29"'), source('"2999"'), source('"May 2024"')].join("\n"));
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/index.md:9:11  sources (item 1).date: expected the date the source gives, in quotes, like "2025", "2025-05" or "2025-08-28", found 2025",
        "careers/test-career/index.md:13:11  sources (item 2).date: expected a date that exists on the calendar, found "2024-13"",
        "careers/test-career/index.md:17:11  sources (item 3).date: expected a date that exists on the calendar, found "2025-02-29"",
        "careers/test-career/index.md:21:11  sources (item 4).date: expected a date that has already come, not one in the future, found "2999"",
        "careers/test-career/index.md:25:11  sources (item 5).date: expected the date the source gives, like "2025", "2025-05" or "2025-08-28", found "May 2024"",
      ]
    `);
  });
});

describe("moves into one level", () => {
  it("are held to the limit, the one past it reported on its line, in the order the careers are read", () => {
    const files: Record<string, string> = { "careers/hub/index.md": CAREER_INDEX, "careers/hub/levels/entry.md": ENTRY_FRONTMATTER };
    for (let index = 1; index <= limits.movesInto.value + 1; index++) {
      const career = `career-${String(index).padStart(2, "0")}`;
      files[`careers/${career}/index.md`] = CAREER_INDEX;
      files[`careers/${career}/levels/entry.md`] = ENTRY_FRONTMATTER.replace("\n---\n", "\nmovesTo: [hub/entry]\n---\n");
    }
    expect(temporaryIssues(temporaryContent(files))).toEqual([
      `careers/career-${limits.movesInto.value + 1}/levels/entry.md:7:11  movesTo (item 1): expected at most ${limits.movesInto.value} moves into one level, and ${limits.movesInto.value} other levels already move to "hub/entry" (keep the most common)`,
    ]);
  });
});

describe("tracks: a ladder may fork into named tracks side by side and meet again", () => {
  it("reads the fork, the tracks and the levels a level is also reached from, inheriting along buildsOn alone", () => {
    const { value: careers, issues } = loadContent(fixture("tracks"));
    expect(issues).toEqual([]);
    const [career] = careers!;
    expect(career!.tracks).toEqual(["Individual contributor", "Management"]);
    const ladder = career!.levels.map((level) => ({
      level: level.slug,
      step: level.step,
      track: level.track,
      next: level.nextSteps.map((next) => next.slug),
      previous: level.previousStep?.slug,
    }));
    expect(ladder).toEqual([
      { level: "associate", step: 1, track: undefined, next: ["specialist"], previous: undefined },
      { level: "specialist", step: 2, track: undefined, next: ["senior-specialist", "manager"], previous: "associate" },
      { level: "senior-specialist", step: 3, track: "Individual contributor", next: ["principal"], previous: "specialist" },
      { level: "manager", step: 3, track: "Management", next: ["director"], previous: "specialist" },
      { level: "principal", step: 4, track: "Individual contributor", next: ["director"], previous: "senior-specialist" },
      { level: "director", step: 5, track: undefined, next: [], previous: "manager" },
    ]);
    const director = career!.levels.at(-1)!;
    expect(director.alsoFrom.map((level) => level.slug)).toEqual(["principal"]);
    expect(director.inheritedRequirements.map((group) => group.level.slug)).toEqual(["associate", "specialist", "manager"]);
  });

  it("accepts every shape the ladder draws: tracks from the first step, a career that forks twice, a ladder that ends on tracks", () => {
    const { value: careers, issues } = loadContent(fixture("track-shapes"));
    expect(issues).toEqual([]);
    const shapes = Object.fromEntries(careers.map((career) => [career.slug, career.levels.map((level) => `${level.slug}@${level.step}`).join(" ")]));
    expect(shapes).toEqual({
      "ends-on-tracks": "entry@1 mid@2 senior@3 manager@3 principal@4",
      "tracks-from-entry": "analyst@1 coordinator@1 senior-analyst@2 supervisor@2 director@3",
      "two-forks": "entry@1 mid@2 lead@2 senior@3 staff@4 director@4",
    });
  });

  it("refuses, on its line, every ladder that cannot be drawn", () => {
    expect(fixtureIssues("broken-tracks")).toMatchInlineSnapshot(`
      [
        "careers/also-from-below/levels/mid.md:4:12  alsoFrom (item 1): "entry" is the level just below, which this level follows already; name in alsoFrom only the other levels people come from",
        "careers/also-from/levels/mid.md:5:12  alsoFrom (item 1): "entry" is already named in buildsOn; name each level once",
        "careers/also-from/levels/mid.md:5:19  alsoFrom (item 2): there is no level "nobody" in this career (levels: entry)",
        "careers/also-from/levels/mid.md:5:27  alsoFrom (item 3): a level cannot grow from itself",
        "careers/cycle/levels/b.md:5:11  alsoFrom: the levels this one grows from go round in a cycle: b → c → b",
        "careers/cycle/levels/c.md:4:11  buildsOn: the levels this one grows from go round in a cycle: c → b → c",
        "careers/fork-one-track/levels/b.md:5:8  track: "a" also grows from "entry" on the track "Management": give each branch of a fork a track of its own",
        "careers/fork-untracked/levels/a.md:4:11  buildsOn: "a" and "b" both grow from "entry", so the career forks there: name this level's track (track: Management) so the ladder draws the branches side by side, or build it on the level just below it",
        "careers/fork-untracked/levels/b.md:4:11  buildsOn: "a" and "b" both grow from "entry", so the career forks there: name this level's track (track: Management) so the ladder draws the branches side by side, or build it on the level just below it",
        "careers/meets-without-also-from/levels/director.md:4:11  buildsOn: the tracks meet again at this level, so it is reached from the top of each: add "ic" (the top of "Individual contributor") to alsoFrom, or, if people reach it from one track only, put it on that track",
        "careers/one-track/levels/lead.md:5:8  track: this level is on the track "Management", but the career has no other track: tracks are the branches of a fork, drawn side by side, so give the other track its levels here, or leave this level off a track",
        "careers/second-fork-one-track/levels/fellow.md:5:8  track: this level is on the track "Individual contributor", but "Management" has no level beside it: tracks are the branches of a fork, drawn side by side, so give the other track its levels here, or leave this level off a track",
        "careers/shared-rank/levels/b.md:3:7  rank: rank 2 is already used by tests/fixtures/content/broken-tracks/careers/shared-rank/levels/a.md; levels share a rank only side by side, each on its own track",
        "careers/three-tracks/levels/c.md:5:8  track: a career has at most 2 tracks, drawn side by side on a phone's screen, and this level names one more: "First", "Second", "Third"",
        "careers/track-after-meeting/levels/staff.md:4:11  buildsOn: this level starts the track "Individual contributor" after "director", so it builds on "director", where the career forks",
        "careers/track-switch/levels/lead.md:5:8  track: this level is on the track "Management" but builds on "ic", on the track "Individual contributor": a level continues its base's track, and a level people also reach from another track names it in alsoFrom",
        "careers/uneven-start/levels/manager.md:3:7  rank: this level starts the track "Management" beside "ic", which starts "Individual contributor" at rank 2: the tracks start side by side, so give it rank 2",
        "careers/unreached/levels/orphan.md:3:7  rank: this level has rank 3 and builds on no level, and the levels just below it are on tracks, so no path from an entry level (rank 1) reaches it: name the level it grows from in buildsOn",
        "careers/wrong-step/levels/senior.md:5:12  alsoFrom (item 1): a level can only be reached from a lower one, but "lead" has rank 4 and this level has rank 3",
      ]
    `);
  });
});
