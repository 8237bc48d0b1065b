import { describe, expect, it } from "vitest";
import { AWKWARD_CAREERS, awkwardContent } from "../awkward-content";
import { loadContent } from "@/lib/content";
import { limits } from "@/lib/content";
import { temporaryContent } from "./content-fixtures";

describe("the checker accepts valid content, however awkward", () => {
  it.each([1, 2, 3, 4, 5])("accepts generated content with seed %i, at every limit", (seed) => {
    const root = temporaryContent(awkwardContent(seed));
    const { value: careers, issues } = loadContent(root);
    expect(issues).toEqual([]);
    expect(careers).toHaveLength(AWKWARD_CAREERS);
    for (const career of careers) {
      expect(career.levels.map((level) => level.step)).toEqual([1, 2, 3]);
      expect(career.levels[1]!.certifications).toHaveLength(limits.shortListItems.value);
    }
  });
});
