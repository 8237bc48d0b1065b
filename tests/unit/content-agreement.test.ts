import { describe, expect, it } from "vitest";
import { AWKWARD_CAREERS, awkwardContent, LONG_LADDER, UNBROKEN_CAREER } from "../awkward-content";
import { loadContent } from "@/lib/content";
import { limits } from "@/lib/content";
import { temporaryContent } from "./content-fixtures";

describe("the checker accepts valid content, however awkward", () => {
  it.each([1, 2, 3, 4, 5])("accepts generated content with seed %i, at every limit", (seed) => {
    const root = temporaryContent(awkwardContent(seed));
    const { value: careers, issues } = loadContent(root);
    expect(issues).toEqual([]);
    expect(careers).toHaveLength(AWKWARD_CAREERS + 2);
    const unbroken = careers.find((career) => career.slug === UNBROKEN_CAREER);
    expect(unbroken?.levels).toHaveLength(LONG_LADDER);
    const [forked, ...moreForked] = careers.filter((career) => career.tracks.length > 0);
    expect(moreForked).toEqual([]);
    expect(forked!.tracks.map((track) => track.length)).toEqual(Array(limits.tracks.value).fill(limits.nameLength.value));
    const meeting = forked!.levels.find((level) => level.alsoFrom.length > 0);
    expect(meeting?.track).toBeUndefined();
    expect(meeting?.alsoFrom).toHaveLength(limits.alsoFrom.value);
    for (const career of careers.filter((career) => career !== unbroken && career !== forked)) {
      expect(career.levels.map((level) => level.step)).toEqual([1, 2, 3]);
      expect(career.levels[1]!.certifications).toHaveLength(limits.shortListItems.value);
    }
    const renamed = careers.filter((career) => career.aliases.length > 0);
    expect(renamed.map((career) => [career.aliases.length, career.levels[0]!.aliases.length])).toEqual([[limits.aliases.value, limits.aliases.value]]);
    expect(renamed[0]!.aliases.every((alias) => alias.length === limits.slugLength.value)).toBe(true);
  });
});
