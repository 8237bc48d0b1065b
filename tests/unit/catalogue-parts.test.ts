import { describe, expect, it } from "vitest";
import { buildCatalogue, familyEntryHtml, FULL_ENOUGH, gzipBytes, ladderSpan, splitIntoParts, titleEntryHtml, type TitleEntry } from "@/lib/catalogue";
import { catalogueCareer, syntheticCatalogue } from "./catalogue-fixtures";

/** Entries that compress about as little as real ones: each with words of its own. */
const entries = Array.from({ length: 400 }, (_, index) => ({ id: index, html: `<li><a href="/careers/c${index}/">Career ${index.toString(36)} ${(index * 7919).toString(36)}</a> ${"lorem ipsum ".repeat(index % 5)}</li>` }));

describe("splitIntoParts", () => {
  it("keeps every item exactly once and in order, each part within the limit and full enough or followed by an entry that would not fit", () => {
    const parts = splitIntoParts(entries, (entry) => entry.html, 1_000);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.flatMap((part) => part.items)).toEqual(entries);
    for (const part of parts) {
      expect(part.gzipBytes).toBe(gzipBytes(part.items.map((entry) => entry.html).join("")));
      expect(part.gzipBytes).toBeLessThanOrEqual(1_000);
    }
    for (const [index, part] of parts.slice(0, -1).entries()) {
      const withNext = [...part.items, parts[index + 1]!.items[0]!];
      if (part.gzipBytes < FULL_ENOUGH * 1_000) expect(gzipBytes(withNext.map((entry) => entry.html).join(""))).toBeGreaterThan(1_000);
    }
  });

  it("gives the same parts for the same items", () => {
    expect(splitIntoParts(entries, (entry) => entry.html, 700)).toEqual(splitIntoParts(entries, (entry) => entry.html, 700));
  });

  it("puts an entry larger than the limit in a part of its own, saying how large it is", () => {
    const huge = { id: -1, html: Array.from({ length: 300 }, (_, index) => `<li>${(index * 104729).toString(36)}</li>`).join("") };
    const parts = splitIntoParts([entries[0]!, huge, entries[1]!], (entry) => entry.html, 500);
    expect(parts.map((part) => part.items.map((entry) => entry.id))).toEqual([[0], [-1], [1]]);
    expect(parts[1]!.gzipBytes).toBeGreaterThan(500);
  });

  it("has nothing to split in no items", () => {
    expect(splitIntoParts([], String, 500)).toEqual([]);
  });
});

describe("the listings' parts", () => {
  const catalogue = buildCatalogue(syntheticCatalogue(300), { maxGzipBytes: 600 });

  it("split each family's careers into parts within the allowance, every career once, by title", () => {
    for (const family of catalogue.families) {
      expect(family.parts.flatMap((part) => part.items)).toEqual(family.careers);
      for (const part of family.parts) expect(gzipBytes(part.items.map(familyEntryHtml).join(""))).toBeLessThanOrEqual(600);
    }
    expect(Math.max(...catalogue.families.map((family) => family.parts.length))).toBeGreaterThan(1);
  });

  it("split each letter's entries into parts within the allowance, a title held in too many places going on as continued entries", () => {
    for (const group of catalogue.titleGroups) {
      const items = group.parts.flatMap((part) => part.items);
      // Continued entries put back together give the letter's entries.
      const joined = items.reduce<TitleEntry[]>((all, entry) => (entry.continued ? [...all.slice(0, -1), { ...all.at(-1)!, places: [...all.at(-1)!.places, ...entry.places] }] : [...all, entry]), []);
      expect(joined).toEqual(group.entries);
      for (const part of group.parts) expect(gzipBytes(part.items.map(titleEntryHtml).join(""))).toBeLessThanOrEqual(600);
    }
    expect(catalogue.titleGroups.flatMap((group) => group.parts.flatMap((part) => part.items)).some((entry) => entry.continued)).toBe(true);
  });

  it("show a career's ladder as its first and last levels and how many there are", () => {
    expect(ladderSpan(catalogueCareer("a", "A", { roles: [["x"], ["y"], ["z"]] }))).toBe("Entry level to Senior level, 3 levels");
    expect(ladderSpan(catalogueCareer("a", "A", { roles: [["x"]] }))).toBe("Entry level, 1 level");
    expect(familyEntryHtml(catalogueCareer("a", "R&D <Lead>", { tagline: "Lead R&D." }))).toContain(">R&amp;D &lt;Lead&gt;</a>");
  });
});
