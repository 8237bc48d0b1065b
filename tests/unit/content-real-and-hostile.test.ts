import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content";
import { CAREER_INDEX, careerWithEntryBody, ENTRY_FRONTMATTER, temporaryContent, temporaryIssues } from "./content-fixtures";

const entryHtml = (root: string) => {
  const { value, issues } = loadContent(root);
  expect(issues).toEqual([]);
  return value[0]!.levels[0]!.narrativeHtml;
};

describe("GitHub-flavoured markdown renders as GitHub shows it", () => {
  it("renders tables, strikethrough and autolinks", () => {
    const html = entryHtml(careerWithEntryBody("\n| Skill | Level |\n| --- | --- |\n| Payroll | Basic |\n\n~~Old~~ new, see https://example.org/x\n"));
    expect(html).toContain("<table>");
    expect(html).toContain("<td>Payroll</td>");
    expect(html).toContain("<del>Old</del>");
    expect(html).toContain('<a href="https://example.org/x" rel="noopener noreferrer">https://example.org/x</a>');
  });

  it("renders a task list as a plain list, without checkboxes a reader cannot tick", () => {
    const html = entryHtml(careerWithEntryBody("\n- [ ] Learn payroll\n- [x] Shadow a recruiter\n"));
    expect(html).not.toContain("<input");
    expect(html).toMatch(/<li[^>]*>\s*Learn payroll<\/li>/);
    expect(html).toMatch(/<li[^>]*>\s*Shadow a recruiter<\/li>/);
  });

  it("renders footnotes whose links reach their notes and back", () => {
    const html = entryHtml(careerWithEntryBody("\nA claim.[^1]\n\n[^1]: Its source.\n"));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map(([, id]) => id!);
    expect(targets).toHaveLength(2);
    for (const id of targets) expect(html).toContain(`id="${id}"`);
  });

  it("gives links that leave the site the same rel however they are written", () => {
    const html = entryHtml(careerWithEntryBody("\n[a](https://a.example/) [b](//b.example/x) [c](HTTP://c.example/) [d](mailto:d@example.org) [here](/careers/)\n"));
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(4);
    expect(html).toContain('<a href="/careers/">here</a>');
  });

  it("refuses an image with its line, local or remote, rather than showing a broken one", () => {
    const root = careerWithEntryBody("\nText.\n\n![A chart](https://tracker.example/pixel.gif)\n\n![Local](chart.png)\n");
    expect(temporaryIssues(root)).toEqual([
      expect.stringMatching(/entry\.md:11:1 {2}the text contains an image, which the site does not show/),
      expect.stringMatching(/entry\.md:13:1 {2}the text contains an image/),
    ]);
  });
});

describe("a file's structure is exact", () => {
  it("refuses a heading that would be a second title on the page, naming its line", () => {
    expect(temporaryIssues(careerWithEntryBody("\nIntro.\n\n# About\n\n## Fine\n"))).toEqual([expect.stringMatching(/entry\.md:11:1 {2}a heading with one # would be a second title/)]);
  });

  it("ends the frontmatter only at a line of just ---, naming a line that merely starts with it", () => {
    const root = temporaryContent({
      "careers/test-career/index.md": CAREER_INDEX,
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER.replace("duties: [Help the team]", "duties:\n  - Help the team\n---and more\n  - Cut in two"),
    });
    expect(temporaryIssues(root)).toEqual([expect.stringMatching(/entry\.md:8:1 {2}this line starts with --- inside the frontmatter/)]);
  });

  it("refuses a second block of fields after the first, naming its line", () => {
    const root = careerWithEntryBody("\n---\nupdated: 2026-01-01\n---\n\nText.\n");
    expect(temporaryIssues(root)).toEqual([expect.stringMatching(/entry\.md:9:1 {2}a second block of fields starts here/)]);
  });

  it("reads a deeply nested YAML value as one mistake, not one per line", () => {
    const root = temporaryContent({
      "careers/test-career/index.md": CAREER_INDEX.replace("title: Test Career", `title: ${"{a: ".repeat(3000)}b${"}".repeat(3000)}`),
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER,
    });
    expect(temporaryIssues(root)).toEqual([expect.stringMatching(/index\.md:2:\d+ {2}the frontmatter nests brackets/)]);
  });
});

describe("edges are decided, not accidental", () => {
  const levelWith = (field: string) => temporaryContent({ "careers/test-career/index.md": CAREER_INDEX, "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER.replace("title: Entry", field) });

  it.each([
    ["a tab", '"En\\ttry"'],
    ["a line break", '"En\\ntry"'],
    ["a line break from a block scalar", "|\n  En\n  try"],
  ])("refuses %s in a one-line field, with one message", (_name, value) => {
    expect(temporaryIssues(levelWith(`title: ${value}`))).toEqual([expect.stringMatching(/entry\.md:2:8 {2}title: expected one line of text, without tabs or line breaks/)]);
  });

  it.each([
    ["a lone surrogate", "\\uD800"],
    ["a Hangul filler", "\\u3164"],
    ["a Hangul choseong filler", "\\u115F"],
    ["a braille blank", "\\u2800"],
    ["the non-character U+FFFF", "\\uFFFF"],
    ["the non-character U+FDD0", "\\uFDD0"],
  ])("refuses %s, which looks like nothing", (_name, escape) => {
    expect(temporaryIssues(levelWith(`title: "En${escape}try"`))).toEqual([expect.stringMatching(/entry\.md:2:8 {2}title: expected text without invisible or control characters/)]);
  });

  it("refuses an update dated in the future, which pages would show as their last update", () => {
    expect(temporaryIssues(levelWith("title: Entry\nupdated: 2999-12-31"))).toEqual([
      expect.stringMatching(/entry\.md:3:10 {2}updated: expected a date that has already come, not one in the future, found "2999-12-31"/),
    ]);
  });

  it.each(["con", "nul", "aux", "com1", "lpt9"])("refuses %s as a folder or file name, which Windows keeps for a device", (name) => {
    const root = temporaryContent({
      [`careers/${name}/index.md`]: CAREER_INDEX,
      [`careers/${name}/levels/entry.md`]: ENTRY_FRONTMATTER,
      "careers/test-career/index.md": CAREER_INDEX,
      [`careers/test-career/levels/${name}.md`]: ENTRY_FRONTMATTER,
    });
    expect(temporaryIssues(root)).toEqual([
      `careers/${name}:1:1  "${name}" is a name Windows keeps for a device: a folder named so cannot be checked out there; rename it`,
      `careers/test-career/levels/${name}.md:1:1  "${name}" is a name Windows keeps for a device: a file named so cannot be checked out there; rename it`,
    ]);
  });

  it("refuses a guide without careers, as the export would fail on it", () => {
    const root = temporaryContent({ "careers/.gitkeep": "" });
    expect(temporaryIssues(root)).toEqual(["careers:1:1  there are no careers yet: add a folder such as content/careers/hr-generalist/ with an index.md and a levels folder"]);
  });
});
