import { describe, expect, it } from "vitest";
import { limits, loadContent } from "@/lib/content";
import { pathologicalShapes } from "../../scripts/lib/corpora/pathological-markdown";
import { careerWithEntryBody, ENTRY_FRONTMATTER } from "./content-fixtures";

/** Each shape fills the level file to the size limit. */
const BODY_LENGTH = limits.fileBytes.value - ENTRY_FRONTMATTER.length - 1;

/** Generous: only a hang fails this, never a slow machine. */
const HANG_GUARD_MS = 60_000;

describe("every markdown shape within the size limit ends in a page or a pre-check's message", () => {
  it.each(Object.entries(pathologicalShapes(BODY_LENGTH)))("%s", { timeout: HANG_GUARD_MS }, (_shape, body) => {
    const root = careerWithEntryBody(body);
    const { value: careers, issues } = loadContent(root);
    const rendered = careers.length === 1;
    // Either the page renders cleanly, or every message names the level file.
    expect(rendered ? issues : issues.filter((issue) => !issue.file.endsWith("careers/test-career/levels/entry.md"))).toEqual([]);
    expect(rendered || issues.length > 0).toBe(true);
    // The time limit is the last line of defence and depends on the machine's load: a shape it
    // stops is a class the pre-checks do not bound, and the checker and the build could disagree.
    expect(issues.map((issue) => issue.message)).not.toContainEqual(expect.stringContaining("seconds to turn into a page"));
  });
});
