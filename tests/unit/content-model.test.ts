import { describe, expect, it } from "vitest";
import type { Career } from "@/lib/content/model";
import { loadContent } from "@/lib/content";
import { fixture } from "./content-fixtures";

function onlyCareer(name: string): Career {
  const { value: careers, issues } = loadContent(fixture(name));
  expect(issues).toEqual([]);
  expect(careers).toHaveLength(1);
  return careers[0]!;
}

/** The model with the paths it was read from blanked out, since those differ between copies. */
const withoutPaths = (career: Career): Career => ({
  ...career,
  sourcePath: "",
  levelsFolder: "",
  levels: career.levels.map((level) => ({ ...level, sourcePath: "" })),
});

describe("a career folder is all it takes to add a career", () => {
  const career = onlyCareer("valid");

  it("orders levels by rank, whatever their file names", () => {
    expect(career.levels.map((level) => `${level.rank} ${level.slug}`)).toEqual(["1 intern", "2 analyst", "3 senior", "4 lead"]);
  });

  it("numbers the steps and keeps each level's certifications, an empty list when it names none", () => {
    expect(career.levels.map((level) => level.step)).toEqual([1, 2, 3, 4]);
    expect(career.levels.map((level) => level.certifications.map((certification) => certification.issuer))).toEqual([[], ["INFORMS"], [], []]);
    expect(career.levelsFolder).toBe("tests/fixtures/content/valid/careers/data-analyst/levels");
  });

  it("groups inherited requirements by the level they come from, lowest first, skipping levels that add none", () => {
    const lead = career.levels.find((level) => level.slug === "lead");
    expect(lead?.buildsOn).toEqual({ slug: "senior", title: "Senior analyst", rank: 3 });
    expect(lead?.requirements).toEqual(["Team leadership"]);
    expect(lead?.inheritedRequirements).toEqual([
      { level: { slug: "intern", title: "Intern", rank: 1 }, requirements: ["Basic statistics"] },
      { level: { slug: "analyst", title: "Analyst", rank: 2 }, requirements: ["SQL", "A spreadsheet tool"] },
    ]);
  });

  it("reads quoted and unquoted dates alike, and dates the career by its latest change", () => {
    expect(career.levels.map((level) => level.updated)).toEqual(["2024-01-05", "2024-02-10", "2024-03-15", "2024-04-20"]);
    expect(career.updated).toBe("2024-04-20");
  });

  it("renders the narrative and keeps the occupation codes and resources", () => {
    expect(career.roleHtml).toBe("<p>A data analyst answers questions with data.</p>");
    expect(career.occupationCodes.map((code) => code.code)).toEqual(["15-2051.01"]);
    expect(career.resources.map((resource) => resource.url)).toEqual(["https://www.bls.gov/ooh/math/data-scientists.htm"]);
  });
});

describe("how a file was saved does not change the page", () => {
  it("loads a copy with a byte order mark and Windows line endings to the same model", () => {
    expect(withoutPaths(onlyCareer("valid-crlf-bom"))).toEqual(withoutPaths(onlyCareer("valid")));
  });
});

describe("the real content", () => {
  it("loads without errors or warnings", () => {
    const { value: careers, issues } = loadContent("content");
    expect(issues).toEqual([]);
    expect(careers.length).toBeGreaterThan(0);
  });
});
