import { describe, expect, it } from "vitest";
import { buildBrowseModel, CAREERS_PER_FAMILY_PART, ladderSpan, PLACES_PER_INDEX_PART, type TitleEntry } from "@/lib/browse";
import { catalogueCareer, syntheticCatalogue } from "./catalogue-fixtures";

const placesIn = (entries: readonly TitleEntry[]) => entries.reduce((count, entry) => count + entry.places.length, 0);

describe("the listings' parts", () => {
  const model = buildBrowseModel(syntheticCatalogue(300));

  it("split each family's careers into parts of at most a part's careers, every career once, by title", () => {
    for (const family of model.families) {
      expect(family.parts.flat()).toEqual(family.careers);
      for (const part of family.parts) expect(part.length).toBeLessThanOrEqual(CAREERS_PER_FAMILY_PART);
      // Only the last part has room left.
      for (const part of family.parts.slice(0, -1)) expect(part).toHaveLength(CAREERS_PER_FAMILY_PART);
    }
    expect(Math.max(...model.families.map((family) => family.parts.length))).toBeGreaterThan(1);
  });

  it("split each letter's entries into parts of at most a part's places, a title held in more places going on as continued entries", () => {
    for (const group of model.titleGroups) {
      const items = group.parts.flat();
      // Continued entries put back together give the letter's entries.
      const joined = items.reduce<TitleEntry[]>(
        (all, entry) => (entry.continued ? [...all.slice(0, -1), { ...all.at(-1)!, places: [...all.at(-1)!.places, ...entry.places] }] : [...all, entry]),
        [],
      );
      expect(joined).toEqual(group.entries);
      for (const part of group.parts) expect(placesIn(part)).toBeLessThanOrEqual(PLACES_PER_INDEX_PART);
    }
    expect(model.titleGroups.flatMap((group) => group.parts.flat()).some((entry) => entry.continued)).toBe(true);
  });

  it("keep a title whole on one page when its places fit one", () => {
    for (const group of model.titleGroups) {
      for (const entry of group.entries.filter((candidate) => candidate.places.length <= PLACES_PER_INDEX_PART)) {
        expect(group.parts.filter((part) => part.some((listed) => listed.key === entry.key))).toEqual([expect.arrayContaining([entry])]);
      }
    }
  });

  it("show a career's ladder as its first and last levels and how many there are", () => {
    expect(ladderSpan(catalogueCareer("a", "A", { roles: [["x"], ["y"], ["z"]] }))).toBe("Entry level to Senior level, 3 levels");
    expect(ladderSpan(catalogueCareer("a", "A", { roles: [["x"]] }))).toBe("Entry level, 1 level");
  });
});
