import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildBrowseModel, CAREERS_PER_FAMILY_PART, PLACES_PER_INDEX_PART, relatedCareers, titleKey } from "@/lib/browse";
import { loadContent } from "@/lib/content";
import { writeSyntheticCareers } from "@/scripts/lib/synthetic-content";
import { syntheticCatalogue } from "./catalogue-fixtures";

describe("the synthetic catalogue of 50 careers, as the loader reads it", () => {
  const contentDir = mkdtempSync(path.join(tmpdir(), "catalogue-"));
  afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
  writeSyntheticCareers(contentDir, 50);
  const { value: careers, issues } = loadContent(contentDir);
  const model = buildBrowseModel(careers);

  it("passes the content check", () => {
    expect(issues).toEqual([]);
    expect(careers).toHaveLength(50);
  });

  it("spreads over several families, with Other careers for those without a code", () => {
    expect(model.families.length).toBeGreaterThan(10);
    expect(model.families.at(-1)?.slug).toBe("other");
    expect(careers.some((career) => career.occupationCodes.length === 2)).toBe(true);
  });

  it("has titles under accented letters, 0-9 and other scripts, and job titles several careers share", () => {
    const groups = model.titleGroups.map((group) => group.slug);
    expect(groups).toContain("0-9");
    expect(groups.filter((slug) => slug.startsWith("greek-") || slug.startsWith("cyrillic-"))).toHaveLength(2);
    const titles = model.titleGroups.flatMap((group) => group.entries.map((entry) => entry.title));
    expect(titles.some((title) => /^[ÉÖÜÅÎŒÑ]/.test(title))).toBe(true);
    const recruiter = model.titleGroups.flatMap((group) => group.entries).find((entry) => entry.key === titleKey("Recruiter"));
    expect(new Set(recruiter?.places.map((place) => place.careerSlug)).size).toBeGreaterThan(2);
  });
});

describe("a catalogue of 1,000 careers", () => {
  const careers = syntheticCatalogue(1_000);
  const model = buildBrowseModel(careers);
  const parts = model.titleGroups.flatMap((group) => group.parts);

  it("splits the A-Z index and the families into pages of at most a part's places and careers", () => {
    expect(parts.length).toBeGreaterThan(model.titleGroups.length);
    for (const part of parts) expect(part.reduce((count, entry) => count + entry.places.length, 0)).toBeLessThanOrEqual(PLACES_PER_INDEX_PART);
    for (const part of model.families.flatMap((family) => family.parts)) expect(part.length).toBeLessThanOrEqual(CAREERS_PER_FAMILY_PART);
  });

  it("lists every career in one family and every career's title in the index", () => {
    expect(model.families.reduce((count, family) => count + family.careers.length, 0)).toBe(1_000);
    const keys = new Set(parts.flat().map((entry) => entry.key));
    expect(careers.every((career) => keys.has(titleKey(career.title)))).toBe(true);
  });

  it("finds related careers for every career", () => {
    for (const career of careers)
      expect(relatedCareers(model, career).sameFamily.length + relatedCareers(model, career).sharingRoles.length, career.slug).toBeGreaterThan(0);
  });
});
