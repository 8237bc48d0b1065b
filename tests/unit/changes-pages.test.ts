import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pageChanges } from "@/lib/changes";
import { loadContent, type Career } from "@/lib/content";
import { renderedPages } from "@/scripts/lib/rendered-pages";

/**
 * The pages the changes report lists after an edit: those whose text, as their routes render it,
 * differs, with the title and description they carry, and the addresses an editor wrote.
 */

const FIXTURE = "tests/fixtures/content/changes";
const HR = "careers/hr-generalist";
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function contentCopy(edit?: (at: (file: string) => string) => void): string {
  const folder = mkdtempSync(path.join(tmpdir(), "changes-pages-"));
  folders.push(folder);
  cpSync(FIXTURE, folder, { recursive: true });
  edit?.((file) => path.join(folder, file));
  return folder;
}

const editFile = (file: string, from: string, to: string) => {
  const text = readFileSync(file, "utf8");
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

/** A copy of the fixture, edited by `edit`: its careers and what each of its pages shows. */
async function side(edit?: (at: (file: string) => string) => void): Promise<{ careers: Career[]; texts: Map<string, string> }> {
  const folder = contentCopy(edit);
  const careers = loadContent(folder).value;
  return { careers, texts: await renderedPages(folder, careers) };
}

let unedited: ReturnType<typeof side> | undefined;

/** The paths of the pages the report lists as changed after `edit`. */
async function changedAfter(edit: (at: (file: string) => string) => void): Promise<string[]> {
  const before = await (unedited ??= side());
  const after = await side(edit);
  return pageChanges(before.careers, after.careers, { before: before.texts, after: after.texts }).changed.map((page) => page.path);
}

const EDITS: Record<string, { edit: (at: (file: string) => string) => void; changed: string[] }> = {
  "a level title changed": {
    edit: (at) => editFile(at(`${HR}/levels/mid.md`), "title: Mid level", "title: Manager level"),
    changed: [
      "/",
      "/a-z/h/",
      "/careers/hr-generalist/",
      "/careers/hr-generalist/entry/",
      "/careers/hr-generalist/mid/",
      "/careers/hr-generalist/senior/",
      "/careers/hr-generalist/compare/",
    ],
  },
  "a career's tagline and body": {
    edit: (at) => {
      editFile(at(`${HR}/index.md`), "tagline: Start and advance in HR.", "tagline: Start, then advance, in HR.");
      editFile(at(`${HR}/index.md`), "the link between", "the bridge between");
    },
    changed: ["/", "/families/business-and-financial-operations/", "/careers/hr-generalist/"],
  },
  "a career's title": {
    edit: (at) => editFile(at("careers/data-analyst/index.md"), "title: Data Analyst", "title: Data and Analytics"),
    changed: [
      "/",
      "/families/computer-and-mathematical/",
      "/a-z/d/",
      "/careers/data-analyst/",
      "/careers/data-analyst/intern/",
      "/careers/data-analyst/analyst/",
      "/careers/data-analyst/compare/",
    ],
  },
  "a career's description, which only its metadata shows": {
    edit: (at) => editFile(at("careers/data-analyst/index.md"), "from intern to senior analyst", "from intern to analyst"),
    changed: ["/careers/data-analyst/"],
  },
  "a resource's title": {
    edit: (at) => editFile(at(`${HR}/index.md`), "  - title: Human Resources Specialists\n", "  - title: HR Specialists at the BLS\n"),
    changed: ["/careers/hr-generalist/"],
  },
  "a resource's address, which a reader follows": {
    edit: (at) => editFile(at(`${HR}/index.md`), "human-resources-specialists.htm", "human-resources-specialists.htm#tab-2"),
    changed: ["/careers/hr-generalist/"],
  },
  "a certification's address": {
    edit: (at) => editFile(at(`${HR}/levels/entry.md`), "certifications/aphr", "certifications/aphr/"),
    changed: ["/careers/hr-generalist/entry/", "/careers/hr-generalist/compare/"],
  },
  "a rank that reorders the ladder": {
    edit: (at) => editFile(at("careers/data-analyst/levels/analyst.md"), "rank: 2\nbuildsOn: intern\n", "rank: 0\n"),
    changed: [
      "/",
      "/families/computer-and-mathematical/",
      "/careers/data-analyst/",
      "/careers/data-analyst/analyst/",
      "/careers/data-analyst/intern/",
      "/careers/data-analyst/compare/",
    ],
  },
  "an occupation code moving a career to another family": {
    edit: (at) => editFile(at("careers/data-analyst/index.md"), "code: 15-2051.01", "code: 13-1111.00"),
    changed: ["/", "/families/business-and-financial-operations/", "/careers/data-analyst/", "/careers/hr-generalist/"],
  },
};

describe("the pages the changes report lists are those whose rendered text changes", () => {
  for (const [name, { edit, changed }] of Object.entries(EDITS)) {
    it(`after ${name}`, async () => {
      expect(await changedAfter(edit)).toEqual(changed);
    });
  }

  it("lists no page for the same content in another folder: the site's own links, such as the edit link, do not count", async () => {
    expect(await changedAfter(() => {})).toEqual([]);
  });
});
