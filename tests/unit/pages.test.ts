import { describe, expect, it, vi } from "vitest";
import { buildCareer } from "./career";

import { fixture } from "./content-fixtures";
import { type Career, loadContent } from "@/lib/content";

// lib/site reads REPOSITORY_URL when first imported, hence the dynamic import. Routes find their
// page in the site's content, here the valid fixture.
vi.stubEnv("REPOSITORY_URL", "https://git.example.org/guides");
vi.stubEnv("CONTENT_DIR", fixture("valid"));
const { findPage, findRoutePage, getPages, pagesOf, pageText, samplePages, staticParams } = await import("@/lib/pages");

const career = buildCareer();
const allPages = getPages([career, buildCareer({ slug: "nurse", title: "Nurse", levels: [] })]);
// The listings (families, the A-Z index) come right after home; browse-pages.test.ts tests them.
const isListing = (page: (typeof allPages)[number]) => page.kind === "family" || page.kind === "titleIndex";
const pages = allPages.filter((page) => !isListing(page));

describe("the page registry", () => {
  it("lists every page once, with the route params that prerender it", () => {
    expect(pages.map(({ kind, path, params }) => ({ kind, path, params }))).toEqual([
      { kind: "home", path: "/", params: {} },
      { kind: "career", path: "/careers/data-analyst/", params: { career: "data-analyst" } },
      { kind: "level", path: "/careers/data-analyst/entry/", params: { career: "data-analyst", level: "entry", move: [] } },
      { kind: "level", path: "/careers/data-analyst/mid/", params: { career: "data-analyst", level: "mid", move: [] } },
      { kind: "level", path: "/careers/data-analyst/senior/", params: { career: "data-analyst", level: "senior", move: [] } },
      { kind: "compare", path: "/careers/data-analyst/compare/", params: { career: "data-analyst" } },
      { kind: "career", path: "/careers/nurse/", params: { career: "nurse" } },
      { kind: "compare", path: "/careers/nurse/compare/", params: { career: "nurse" } },
    ]);
  });

  it("points each page's edit link at the file it shows, and the comparison at the levels folder", () => {
    expect(pagesOf("level", pages).map((page) => page.editUrl)).toEqual(
      ["entry", "mid", "senior"].map((level) => `https://git.example.org/guides/edit/main/content/careers/data-analyst/levels/${level}.md`),
    );
    expect(pagesOf("career", pages)[0]?.editUrl).toBe("https://git.example.org/guides/edit/main/content/careers/data-analyst/index.md");
    expect(pagesOf("compare", pages)[0]?.editUrl).toBe("https://git.example.org/guides/tree/main/content/careers/data-analyst/levels");
  });

  it("names the open-data document each page links: the index at home, the career's document on its pages", () => {
    expect(pages.map((page) => [page.path, page.dataPath])).toEqual([
      ["/", "/data/careers.json"],
      ...[
        "/careers/data-analyst/",
        "/careers/data-analyst/entry/",
        "/careers/data-analyst/mid/",
        "/careers/data-analyst/senior/",
        "/careers/data-analyst/compare/",
      ].map((path) => [path, "/data/careers/data-analyst.json"]),
      ["/careers/nurse/", "/data/careers/nurse.json"],
      ["/careers/nurse/compare/", "/data/careers/nurse.json"],
    ]);
  });

  it("lists the site-wide pages first: home, then the listings", () => {
    const firstCareerPage = allPages.findIndex((page) => page.kind === "career");
    expect(allPages.slice(0, firstCareerPage).map((page) => page.kind)).toEqual([
      "home",
      ...allPages.slice(1, firstCareerPage).map(() => expect.stringMatching(/^(family|titleIndex)$/)),
    ]);
    expect(allPages.slice(firstCareerPage).some(isListing)).toBe(false);
  });

  it("samples the first page of every kind", () => {
    expect(samplePages(allPages).map((page) => page.kind)).toEqual(["home", "family", "titleIndex", "career", "level", "compare"]);
    expect(samplePages(pages).map((page) => page.path)).toEqual([
      "/",
      "/careers/data-analyst/",
      "/careers/data-analyst/entry/",
      "/careers/data-analyst/compare/",
    ]);
  });
});

describe("a route's page", () => {
  it("is a listing's first part when the route gives its optional catch-all no value, as Next.js does", () => {
    for (const kind of ["family", "titleIndex"] as const) {
      const [first] = pagesOf(kind, getPages());
      const withoutPart = { [kind === "family" ? "family" : "group"]: Object.values(first!.params)[0]! };
      expect(findPage(kind, withoutPart)?.path).toBe(first!.path);
      expect(findPage(kind, { ...withoutPart, part: [] })?.path).toBe(first!.path);
    }
  });

  it("is the page its params name, with the content it shows", () => {
    const senior = findPage("level", { career: "data-analyst", level: "senior" });
    expect(senior).toMatchObject({ kind: "level", path: "/careers/data-analyst/senior/", level: { title: "Senior analyst" } });
    expect([senior?.level.previousStep?.slug, senior?.level.nextSteps.map((next) => next.slug)]).toEqual(["analyst", ["lead"]]);
    expect(findPage("compare", { career: "data-analyst" })?.editUrl).toBe(
      "https://git.example.org/guides/tree/main/tests/fixtures/content/valid/careers/data-analyst/levels",
    );
    expect(findPage("home", {})?.careers.map((career) => career.slug)).toEqual(["data-analyst"]);
  });

  it("is missing for params no page of the kind has", () => {
    expect(findPage("level", { career: "data-analyst", level: "principal" })).toBeUndefined();
    expect(findPage("career", { career: "nurse" })).toBeUndefined();
    expect(findPage("career", { career: "data-analyst", level: "senior" })).toBeUndefined();
  });
});

describe("a former address (aliases)", () => {
  const renamed = buildCareer({ aliases: ["analyst", "data-specialist"] });
  const moved = getPages([
    { ...renamed, levels: renamed.levels.map((level) => (level.slug === "mid" ? { ...level, aliases: ["junior", "associate"] } : level)) },
  ]).filter((page) => page.kind === "moved");
  const movedTo = (path: string) => moved.find((page) => page.path === path)?.to.path;

  it("keeps every page under each former name of its career, and each former level under every name of its career", () => {
    expect(moved.map((page) => `${page.route} ${page.path} → ${page.to.path}`).sort()).toEqual(
      [
        ...["analyst", "data-specialist"].flatMap((former) => [
          `career /careers/${former}/ → /careers/data-analyst/`,
          `compare /careers/${former}/compare/ → /careers/data-analyst/compare/`,
          ...["entry", "mid", "senior"].map((level) => `level /careers/${former}/${level}/ → /careers/data-analyst/${level}/`),
        ]),
        ...["data-analyst", "analyst", "data-specialist"].flatMap((name) =>
          ["junior", "associate"].map((former) => `level /careers/${name}/${former}/ → /careers/data-analyst/mid/`),
        ),
      ].sort(),
    );
    expect(new Set(moved.map((page) => page.path)).size).toBe(moved.length);
  });

  it("is prerendered by the route of the page it moved to, with that route's params", () => {
    expect(moved.find((page) => page.path === "/careers/analyst/compare/")?.params).toEqual({ career: "analyst" });
    expect(moved.find((page) => page.path === "/careers/analyst/junior/")?.params).toEqual({ career: "analyst", level: "junior", move: [] });
    expect(movedTo("/careers/data-analyst/associate/")).toBe("/careers/data-analyst/mid/");
  });

  it("is not a sample for the budgets: it only sends the browser on", () => {
    expect(samplePages(getPages([renamed])).map((page) => page.kind)).not.toContain("moved");
  });
});

describe("a route serves the former addresses of its kind's pages", () => {
  // The valid fixture's career was "analytics", and its intern level "trainee".
  const careerSlug = "data-analyst";

  it("lists their params beside its own pages' and finds them by those params", () => {
    expect(staticParams("level")).toContainEqual({ career: careerSlug, level: "trainee", move: [] });
    expect(staticParams("career")).toContainEqual({ career: "analytics" });
    expect(staticParams("compare")).toContainEqual({ career: "analytics" });
    expect(findRoutePage("level", { career: "analytics", level: "trainee" })).toMatchObject({ kind: "moved", to: { path: `/careers/${careerSlug}/intern/` } });
    expect(findRoutePage("compare", { career: "analytics" })).toMatchObject({ kind: "moved", to: { path: `/careers/${careerSlug}/compare/` } });
    expect(findRoutePage("career", { career: careerSlug })?.kind).toBe("career");
  });

  it("finds nothing for a former address another route serves, or no former name", () => {
    expect(findRoutePage("level", { career: "analytics" })).toBeUndefined();
    expect(findRoutePage("level", { career: "analytics", level: "principal" })).toBeUndefined();
  });
});

describe("a move's page", () => {
  const { value: careers } = loadContent(fixture("moves"));
  const moves = getPages(careers).filter((page) => page.kind === "move");

  it("is listed for each declared move, under the level it starts from, after that career's own pages, with its file to edit", () => {
    expect(moves.map(({ path, params, editUrl }) => ({ path, params, editUrl }))).toEqual([
      {
        path: "/careers/analyst/entry/to/scientist/junior/",
        params: { career: "analyst", level: "entry", move: ["to", "scientist", "junior"] },
        editUrl: "https://git.example.org/guides/edit/main/tests/fixtures/content/moves/careers/analyst/levels/entry.md",
      },
      {
        path: "/careers/analyst/entry/to/engineer/entry/",
        params: { career: "analyst", level: "entry", move: ["to", "engineer", "entry"] },
        editUrl: "https://git.example.org/guides/edit/main/tests/fixtures/content/moves/careers/analyst/levels/entry.md",
      },
      {
        path: "/careers/scientist/lead/to/analyst/senior/",
        params: { career: "scientist", level: "lead", move: ["to", "analyst", "senior"] },
        editUrl: "https://git.example.org/guides/edit/main/tests/fixtures/content/moves/careers/scientist/levels/lead.md",
      },
    ]);
  });

  it("splits what the destination asks for into what is new, its own requirements first, and what the path already gives, matched regardless of case", () => {
    expect(moves.map(({ newRequirements, sharedRequirements }) => ({ newRequirements, sharedRequirements }))).toEqual([
      { newRequirements: ["A degree in a science"], sharedRequirements: ["A Degree in Statistics"] },
      { newRequirements: ["A degree in engineering"], sharedRequirements: [] },
      { newRequirements: ["Five years of analysis"], sharedRequirements: ["A degree in statistics"] },
    ]);
  });

  it("is titled by where it leads, then where it starts, the careers' names cut first when the whole is too long", () => {
    expect(pageText(moves[0]!).title).toBe("Scientist: Junior level, from Analyst: Entry level");
    const long = (name: string) => `${name} ${"with a very long name ".repeat(4)}`.trim();
    const titlesOf = (renamed: Career[]) =>
      getPages(renamed)
        .filter((page) => page.kind === "move")
        .map((page) => pageText(page).title);
    const titles = titlesOf(careers.map((career) => ({ ...career, title: long(career.title) })));
    expect(titles.every((title) => title.length <= 70)).toBe(true);
    expect(titles[0]).toMatch(/^Scientist with a.*…: Junior level, from Analyst with a.*…: Entry level$/);
    expect(new Set(titles).size).toBe(titles.length);
    // Levels' names too long to keep whole are cut as well, each keeping a part.
    const everything = titlesOf(
      careers.map((career) => ({ ...career, title: long(career.title), levels: career.levels.map((level) => ({ ...level, title: long(level.title) })) })),
    );
    expect(everything.every((title) => title.length <= 70)).toBe(true);
    expect(everything[0]).toMatch(/^Scientist.*…: Junior.*…, from Analyst.*…: Entry.*…$/);
  });

  it("is found by the level route's params, with the move's part of its address", () => {
    expect(findRoutePage("move", { career: "scientist", level: "lead", move: ["to", "analyst", "senior"] })).toBeUndefined();
    vi.stubEnv("CONTENT_DIR", fixture("moves"));
    expect(findRoutePage("move", { career: "scientist", level: "lead", move: ["to", "analyst", "senior"] })?.path).toBe(
      "/careers/scientist/lead/to/analyst/senior/",
    );
    vi.stubEnv("CONTENT_DIR", fixture("valid"));
  });
});

describe("a move's former addresses", () => {
  it("keep the move's page when one of its levels or careers is renamed, one name at a time", () => {
    const { value: careers } = loadContent(fixture("moves"));
    // The fixture's scientist was data-science, and its junior level was starter.
    const moved = pagesOf("moved", getPages(careers)).filter((page) => page.route === "move");
    expect(moved.map((page) => `${page.path} → ${page.to.path}`).sort()).toEqual(
      [
        "/careers/analyst/entry/to/data-science/junior/ → /careers/analyst/entry/to/scientist/junior/",
        "/careers/analyst/entry/to/scientist/starter/ → /careers/analyst/entry/to/scientist/junior/",
        "/careers/data-science/lead/to/analyst/senior/ → /careers/scientist/lead/to/analyst/senior/",
      ].sort(),
    );
    const [first] = moved;
    expect(findRoutePage("move", first!.params)).toBeUndefined();
    vi.stubEnv("CONTENT_DIR", fixture("moves"));
    expect(findRoutePage("move", first!.params)).toMatchObject({ kind: "moved", to: { path: first!.to.path } });
    vi.stubEnv("CONTENT_DIR", fixture("valid"));
  });
});
