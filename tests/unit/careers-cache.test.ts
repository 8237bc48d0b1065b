import { readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getCareers } from "@/lib/content/load";
import { CAREER_INDEX, ENTRY_FRONTMATTER, temporaryContent } from "./content-fixtures";

/** A content folder of one career whose entry level the test may save again. */
function editableContent(): { root: string; save: (edit: (text: string) => string) => void } {
  const root = temporaryContent({ "careers/test-career/index.md": CAREER_INDEX, "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER });
  const entry = path.join(root, "careers/test-career/levels/entry.md");
  let saves = 0;
  return {
    root,
    save: (edit) => {
      writeFileSync(entry, edit(readFileSync(entry, "utf8")));
      // A later time than any before, as a save seconds later would give, whatever the clock's resolution.
      const later = new Date(Date.now() + ++saves * 60_000);
      utimesSync(entry, later, later);
    },
  };
}

const entryTitle = () => getCareers()[0]?.levels[0]?.title;

describe("getCareers() reads the content again only when it changed", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("in npm run dev, answers from what it read until a file is saved, then shows the saved text", () => {
    vi.stubEnv("NODE_ENV", "development");
    const { root, save } = editableContent();
    vi.stubEnv("CONTENT_DIR", root);
    const first = getCareers();
    expect(getCareers()).toBe(first);
    save((text) => text.replace(/^title: .*$/m, "title: Trainee"));
    expect(entryTitle()).toBe("Trainee");
    expect(getCareers()).toBe(getCareers());
  });

  it("in a build, reads the content once", () => {
    vi.stubEnv("NODE_ENV", "production");
    const { root, save } = editableContent();
    vi.stubEnv("CONTENT_DIR", root);
    const first = getCareers();
    save((text) => text.replace(/^title: .*$/m, "title: Trainee"));
    expect(getCareers()).toBe(first);
  });
});
