import { readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
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

/** The catalogue as a new process (a build worker, a dev server) starts with it: nothing loaded yet. */
const freshCatalogue = async () => {
  vi.resetModules();
  const { compileContent, getCareers, loadContent } = await import("@/lib/content");
  return { compileContent, getCareers, loadContent };
};

const retitle = (text: string) => text.replace(/^title: .*$/m, "title: Trainee");

// Each test imports the content modules afresh, as a new process would: generous, on a busy machine.
describe("the content is read once per build, and again after each save in npm run dev", { timeout: 180_000 }, () => {
  beforeEach(() => vi.stubEnv("CAREER_GUIDE_COMPILED_CONTENT", undefined));
  afterEach(() => vi.unstubAllEnvs());

  it("in npm run dev, shows a saved file on the next request", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const { root, save } = editableContent();
    vi.stubEnv("CONTENT_DIR", root);
    const { getCareers } = await freshCatalogue();
    expect(getCareers()[0]?.levels[0]?.title).toBe("Entry");
    save(retitle);
    expect(getCareers()[0]?.levels[0]?.title).toBe("Trainee");
  });

  it("in a build, every worker takes the careers compiled once, without reading the files again", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { root, save } = editableContent();
    vi.stubEnv("CONTENT_DIR", root);
    const compiler = await freshCatalogue();
    compiler.compileContent(compiler.loadContent(root).value, root);
    // What a worker would read if it went back to the files: a change, then no content at all.
    save(retitle);
    rmSync(path.join(root, "careers"), { recursive: true });
    const worker = await freshCatalogue();
    expect(worker.getCareers()[0]?.levels[0]?.title).toBe("Entry");
  });

  it("outside a build and npm run dev, reads the content once per process", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { root, save } = editableContent();
    vi.stubEnv("CONTENT_DIR", root);
    const { getCareers } = await freshCatalogue();
    expect(getCareers()[0]?.levels[0]?.title).toBe("Entry");
    save(retitle);
    expect(getCareers()[0]?.levels[0]?.title).toBe("Entry");
  });
});
