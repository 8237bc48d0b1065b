import { describe, expect, it } from "vitest";
import { awkwardContent } from "@/lib/content/awkward-content";
import { loadContent } from "@/lib/content/load";
import { temporaryContent } from "./content-fixtures";

describe("the checker accepts valid content, however awkward", () => {
  it.each([1, 2, 3, 4, 5])("accepts generated content with seed %i, at every limit", (seed) => {
    const root = temporaryContent(awkwardContent(seed));
    const { careers, issues } = loadContent(root);
    expect(issues).toEqual([]);
    expect(careers[0]?.levels.map((level) => level.step)).toEqual([1, 2, 3]);
  });
});
