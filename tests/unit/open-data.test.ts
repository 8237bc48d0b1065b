import { describe, expect, it, vi } from "vitest";
import { loadContent } from "@/lib/content";
import { compileJsonSchema } from "../json-schema";
import { buildCareer } from "./career";
import { fixture } from "./content-fixtures";

// The deploy's origin; lib/site reads SITE_URL when first imported, hence the dynamic imports.
const ORIGIN = "https://careers.example.org";
vi.stubEnv("SITE_URL", ORIGIN);
const { careerDocument, careerDocumentFor, careerDocumentParams, careersIndex, dataSchema, dataSchemaParams } = await import("@/lib/open-data");

const publishedSchema = (file: string) => {
  const schema = dataSchema(file);
  if (!schema) throw new Error(`no schema ${file}`);
  return schema;
};
const validateCareer = compileJsonSchema(publishedSchema("career.v1.json"));
const validateIndex = compileJsonSchema(publishedSchema("careers.v1.json"));

describe("open data documents", () => {
  const { value: careers } = loadContent(fixture("valid"));

  it("validate against the published schemas, which they name by address", () => {
    expect(careers.length).toBeGreaterThan(0);
    for (const career of careers) {
      const document = careerDocument(career);
      expect(validateCareer(document), JSON.stringify(validateCareer.errors)).toBe(true);
      expect(document.$schema).toBe(publishedSchema("career.v1.json").$id);
    }
    const index = careersIndex(careers);
    expect(validateIndex(index), JSON.stringify(validateIndex.errors)).toBe(true);
    expect(index.$schema).toBe(`${ORIGIN}/data/schema/careers.v1.json`);
  });

  it("list a career's and a level's former names, which still lead to their pages, and leave them out when there are none", () => {
    const document = careerDocument(careers[0]!);
    expect(document.aliases).toEqual(["analytics"]);
    expect(document.levels.map((level) => level.aliases)).toEqual([["trainee"], undefined, undefined, undefined]);
    expect(validateCareer({ ...document, aliases: [] })).toBe(false);
  });

  it("carry each level's moves both ways, each naming the other career's level and its page, and leave them out where there are none", () => {
    const { value: withMoves } = loadContent(fixture("moves"));
    const documents = new Map(withMoves.map((career) => [career.slug, careerDocument(career)]));
    for (const document of documents.values()) expect(validateCareer(document), JSON.stringify(validateCareer.errors)).toBe(true);
    const [entry, senior] = documents.get("analyst")!.levels;
    expect(entry!.movesTo).toEqual([
      { career: "scientist", level: "junior", url: `${ORIGIN}/careers/scientist/junior/` },
      { career: "engineer", level: "entry", url: `${ORIGIN}/careers/engineer/entry/` },
    ]);
    expect([entry!.movesFrom, senior!.movesTo]).toEqual([undefined, undefined]);
    expect(senior!.movesFrom).toEqual([{ career: "scientist", level: "lead", url: `${ORIGIN}/careers/scientist/lead/` }]);
  });

  it("carry the tracks a ladder forks into, each level's track and the levels it is also reached from, and leave them out where there are none", () => {
    const [career] = loadContent(fixture("tracks")).value;
    const document = JSON.parse(JSON.stringify(careerDocument(career!))) as ReturnType<typeof careerDocument>;
    expect(validateCareer(document), JSON.stringify(validateCareer.errors)).toBe(true);
    expect(document.tracks).toEqual(["Individual contributor", "Management"]);
    expect(document.levels.map(({ slug, track, buildsOn, alsoFrom }) => ({ slug, track, buildsOn, alsoFrom }))).toEqual([
      { slug: "associate", track: undefined, buildsOn: undefined, alsoFrom: undefined },
      { slug: "specialist", track: undefined, buildsOn: "associate", alsoFrom: undefined },
      { slug: "senior-specialist", track: "Individual contributor", buildsOn: "specialist", alsoFrom: undefined },
      { slug: "manager", track: "Management", buildsOn: "specialist", alsoFrom: undefined },
      { slug: "principal", track: "Individual contributor", buildsOn: "senior-specialist", alsoFrom: undefined },
      { slug: "director", track: undefined, buildsOn: "manager", alsoFrom: ["principal"] },
    ]);
    expect(careerDocument(careers[0]!)).not.toHaveProperty("tracks");
    expect(validateCareer({ ...document, tracks: [] })).toBe(false);
  });

  it("are rejected by the schema when a field is missing, mistyped or unknown", () => {
    const document = careerDocument(careers[0]!);
    const [first, ...others] = document.levels;
    expect(validateCareer({ ...document, levels: [{ ...first, rank: "1" }, ...others] })).toBe(false);
    expect(validateCareer({ ...document, occupationCodes: undefined })).toBe(false);
    expect(validateCareer({ ...document, salary: 50000 })).toBe(false);
    expect(validateCareer({ ...document, family: undefined })).toBe(false);
    expect(validateCareer({ ...document, family: { ...document.family, majorGroup: "13" } })).toBe(false);
  });

  it("give every level in rank order with its own and inherited requirements, duties and certifications", () => {
    const document = careerDocument(buildCareer());
    expect(document.url).toBe(`${ORIGIN}/careers/data-analyst/`);
    expect(document.updated).toBe("2026-02-20");
    expect(document.levels.map((level) => level.slug)).toEqual(["entry", "mid", "senior"]);
    expect(document.levels[2]).toEqual({
      slug: "senior",
      title: "Senior level",
      rank: 3,
      url: `${ORIGIN}/careers/data-analyst/senior/`,
      roles: ["Analytics manager"],
      requirements: ["People management"],
      inheritedRequirements: [
        { level: "entry", requirements: ["Bachelor's degree in statistics"] },
        { level: "mid", requirements: ["Three years of experience"] },
      ],
      buildsOn: "mid",
      duties: ["Set the analytics roadmap"],
      certifications: [{ name: "CAP", issuer: "INFORMS", url: "https://www.certifiedanalytics.org/" }],
      updated: undefined,
    });
    expect(validateCareer(JSON.parse(JSON.stringify(document)))).toBe(true);
  });

  it("carry the career's occupation codes and family, and the index links each career's page and document", () => {
    const career = buildCareer();
    const family = { slug: "computer-and-mathematical", name: "Computer and Mathematical Occupations", majorGroup: "15-0000" };
    expect(careerDocument(career).occupationCodes).toEqual(career.occupationCodes);
    expect(careerDocument(career).family).toEqual(family);
    expect(careersIndex([career]).careers).toEqual([
      {
        slug: "data-analyst",
        title: career.title,
        description: career.description,
        family,
        url: `${ORIGIN}/careers/data-analyst/`,
        data: `${ORIGIN}/data/careers/data-analyst.json`,
        updated: "2026-02-20",
      },
    ]);
  });

  it("file a career without an O*NET-SOC code under Other careers, which has no major group", () => {
    const career = buildCareer({ occupationCodes: [{ system: "ISCO-08", code: "2511", title: "Systems analysts" }] });
    const document = careerDocument(career);
    expect(document.family).toEqual({ slug: "other", name: "Other careers" });
    expect(careersIndex([career]).careers[0]!.family).toEqual(document.family);
    expect(validateCareer(JSON.parse(JSON.stringify(document))), JSON.stringify(validateCareer.errors)).toBe(true);
    expect(validateIndex(JSON.parse(JSON.stringify(careersIndex([career]))))).toBe(true);
  });

  it("are found by the file names the routes are built with, and by no other", () => {
    const career = buildCareer();
    expect(careerDocumentParams([career])).toEqual([{ file: "data-analyst.json" }]);
    expect(careerDocumentFor([career], "data-analyst.json")?.slug).toBe("data-analyst");
    expect(careerDocumentFor([career], "data-analyst")).toBeUndefined();
    expect(dataSchemaParams()).toEqual([{ file: "career.v1.json" }, { file: "careers.v1.json" }]);
    expect(dataSchema("career.v2.json")).toBeUndefined();
  });
});
