import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPORT_LIMITS, writeReport } from "@/lib/changes";
import type { Career } from "@/lib/content";
import { getPages } from "@/lib/pages";
import { buildCareer } from "./career";

/** What each page shows, as the changes tool would render it: here its address and its career's tagline. */
const shownOf = (careers: Career[]) => new Map(getPages(careers).map((page) => [page.path, `${page.path} ${"career" in page ? page.career.tagline : ""}`]));

/** The report on `before` → `after`, both loaded without errors. */
const report = (before: Career[], after: Career[]) =>
  writeReport(
    {
      ref: "main",
      commit: "0123456789abcdef",
      before: { value: before, issues: [] },
      after: { value: after, issues: [] },
      shown: async () => ({ before: shownOf(before), after: shownOf(after) }),
    },
    { preview: true },
  );

/** A distinct career with `words` in its role description, so that renames can be told apart. */
const careerNamed = (slug: string, words = slug) =>
  buildCareer({ slug, title: `Career ${slug}`, roleHtml: `<p>${words}</p>`, sourcePath: `content/careers/${slug}/index.md` });

describe("the changes report at the size of a large change", () => {
  it(`lists at most ${REPORT_LIMITS.items} changed items of one list, and says how many more`, async () => {
    const before = buildCareer();
    const addedRequirements = Array.from({ length: REPORT_LIMITS.items + 7 }, (_, index) => `Requirement number ${index} about ${index * 7} things`);
    const after = buildCareer({
      levels: before.levels.map((level, index) => (index === 0 ? { ...level, requirements: [...level.requirements, ...addedRequirements] } : level)),
    });
    const { lines } = await report([before], [after]);
    const listed = lines.filter((line) => line.startsWith("  - added: "));
    expect(listed).toHaveLength(REPORT_LIMITS.items);
    expect(lines).toContain("  - and 7 more");
  });

  it(`details at most ${REPORT_LIMITS.careers} careers, lists at most ${REPORT_LIMITS.pages} pages, and photographs at most ${REPORT_LIMITS.photographed}`, async () => {
    const before = Array.from({ length: REPORT_LIMITS.careers + 5 }, (_, index) => careerNamed(`career-${index}`));
    const after = before.map((career) => ({ ...career, tagline: `${career.tagline} Now longer.` }));
    const added = Array.from({ length: REPORT_LIMITS.careers + 3 }, (_, index) => careerNamed(`new-${index}`, `fresh words ${index}`));
    const { lines, pages } = await report(before, [...after, ...added]);

    expect(lines.filter((line) => line.startsWith("### `Career career-"))).toHaveLength(REPORT_LIMITS.careers);
    expect(lines).toContain("And 5 more careers change.");
    expect(lines.filter((line) => line.startsWith("- Added: "))).toHaveLength(REPORT_LIMITS.careers);
    expect(lines).toContain("- and 3 more");

    // The heading counts every page; the list shows the first and says how many it leaves out.
    const heading = lines.find((line) => line.startsWith("### Pages that change ("))!;
    const total = Number(/\((\d+)\)/.exec(heading)![1]);
    expect(total).toBeGreaterThan(REPORT_LIMITS.pages);
    const listedFrom = lines.indexOf(heading) + 1;
    expect(lines.slice(listedFrom, listedFrom + REPORT_LIMITS.pages + 1).at(-1)).toBe(`- and ${total - REPORT_LIMITS.pages} more`);

    expect(pages).toHaveLength(REPORT_LIMITS.photographed);
    expect(lines).toContain(`- and ${total - REPORT_LIMITS.photographed} more pages, not photographed: the preview serves them all`);
  });

  it("matches renamed careers by their words, reading each career's text once however many candidates it is weighed against", async () => {
    const reads = new Map<string, number>();
    /** The career, counting each read of its role description, which its words include. */
    const counted = (career: Career) =>
      Object.defineProperty({ ...career }, "roleHtml", {
        get: () => (reads.set(career.slug, (reads.get(career.slug) ?? 0) + 1), career.roleHtml),
        enumerable: true,
      });
    const before = Array.from({ length: 6 }, (_, index) => careerNamed(`old-${index}`, `words of career ${index} ${"and more ".repeat(index)}`));
    const after = before.map((career, index) => ({ ...career, slug: `new-${index}`, sourcePath: `content/careers/new-${index}/index.md` }));
    const { lines } = await report(before.map(counted), after.map(counted));
    expect(lines.filter((line) => line.startsWith("- Renamed: folder "))).toEqual(
      before.map((_, index) => `- Renamed: folder \`old-${index}\` → \`new-${index}\``),
    );
    // Once for its words, and where the report compares a rename's two sides and finds its former
    // addresses: a few reads, not one for each of the six candidates it is weighed against.
    expect(Math.max(...reads.values())).toBeLessThanOrEqual(3);
  });

  it("tells editors the same limits in their guide", () => {
    const guide = readFileSync("content/README.md", "utf8").replace(/\s+/g, " ");
    expect(guide).toContain(
      `at most ${REPORT_LIMITS.items} changed items of one list, ${REPORT_LIMITS.careers} careers in detail and ${REPORT_LIMITS.pages} pages per list`,
    );
    expect(guide).toContain(`screenshots of the first ${REPORT_LIMITS.photographed} pages`);
  });
});
