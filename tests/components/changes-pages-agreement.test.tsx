// @vitest-environment jsdom
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cleanup, render } from "@testing-library/react";
import type { ReactElement } from "react";
import { afterAll, describe, expect, it } from "vitest";
import TitleIndexPage from "@/app/a-z/[group]/[[...part]]/page";
import LevelPage from "@/app/careers/[career]/[level]/page";
import ComparePage from "@/app/careers/[career]/compare/page";
import CareerPage from "@/app/careers/[career]/page";
import FamilyPage from "@/app/families/[family]/[[...part]]/page";
import HomePage from "@/app/page";
import { pageChanges } from "@/lib/changes";
import { loadContent } from "@/lib/content";
import { currentPages, pageMetadata, type CurrentPage } from "@/lib/pages";

/**
 * The changes report's pages agree with the pages themselves: after each edit, the pages it lists
 * as changed are exactly those whose rendered text differs, each rendered by its own route from
 * the content of its side.
 */

const FIXTURE = "tests/fixtures/content/changes";
const HR = "careers/hr-generalist";
const folders: string[] = [];
const contentDir = process.env.CONTENT_DIR;
afterAll(() => {
  folders.forEach((folder) => rmSync(folder, { recursive: true, force: true }));
  process.env.CONTENT_DIR = contentDir;
});

function contentCopy(edit?: (at: (file: string) => string) => void): string {
  const folder = mkdtempSync(path.join(tmpdir(), "changes-agreement-"));
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

type Route = (props: { params: Promise<CurrentPage["params"]> }) => Promise<ReactElement> | ReactElement;
const ROUTES: Record<CurrentPage["kind"], Route> = {
  home: HomePage as Route,
  family: FamilyPage as unknown as Route,
  titleIndex: TitleIndexPage as unknown as Route,
  career: CareerPage as unknown as Route,
  level: LevelPage as unknown as Route,
  compare: ComparePage as unknown as Route,
};

/** The text each page of the content in `contentDir` shows, by path, as its route renders it. */
async function renderedTexts(contentDir: string): Promise<Map<string, string>> {
  process.env.CONTENT_DIR = contentDir;
  const texts = new Map<string, string>();
  for (const page of currentPages()) {
    const { container } = render(await ROUTES[page.kind]({ params: Promise.resolve(page.params) }));
    // A copy, so that React unmounts the tree it rendered.
    const shown = container.cloneNode(true) as HTMLElement;
    shown.querySelectorAll("script").forEach((script) => script.remove());
    // The tab's title and the search result's description show too.
    const { title, description } = pageMetadata(page);
    texts.set(page.path, JSON.stringify([title, description, shown.textContent]));
    cleanup();
  }
  return texts;
}

const EDITS: Record<string, (at: (file: string) => string) => void> = {
  "an inherited requirement added": (at) => editFile(at(`${HR}/levels/entry.md`), "requirements:\n", "requirements:\n  - A driving licence\n"),
  "a duty removed": (at) => editFile(at(`${HR}/levels/mid.md`), "  - Supervise lower level HR generalists\n", ""),
  "a certification renamed": (at) => editFile(at(`${HR}/levels/entry.md`), "name: aPHR", "name: aPHR (Associate)"),
  "a level title changed": (at) => editFile(at(`${HR}/levels/mid.md`), "title: Mid level", "title: Manager level"),
  "a role added to another career": (at) => editFile(at("careers/data-analyst/levels/intern.md"), "  - Data intern\n", "  - Data intern\n  - Recruiter\n"),
  "a career's tagline and body": (at) => {
    editFile(at(`${HR}/index.md`), "tagline: Start and advance in HR.", "tagline: Start, then advance, in HR.");
    editFile(at(`${HR}/index.md`), "the link between", "the bridge between");
  },
  "a career's title": (at) => editFile(at("careers/data-analyst/index.md"), "title: Data Analyst", "title: Data and Analytics"),
  "a career's description": (at) => editFile(at("careers/data-analyst/index.md"), "from intern to senior analyst", "from intern to analyst"),
  "a resource's title": (at) => editFile(at(`${HR}/index.md`), "  - title: Human Resources Specialists\n", "  - title: HR Specialists at the BLS\n"),
  "a rank that reorders the ladder": (at) => editFile(at("careers/data-analyst/levels/analyst.md"), "rank: 2\nbuildsOn: intern\n", "rank: 0\n"),
  "a level's body": (at) => editFile(at(`${HR}/levels/senior.md`), "lead the function", "run the function"),
  "an occupation code moving a career to another family": (at) => editFile(at("careers/data-analyst/index.md"), "code: 15-2051.01", "code: 13-1111.00"),
  "a level added": (at) =>
    writeFileSync(at(`${HR}/levels/director.md`), "---\ntitle: Director level\nrank: 4\nbuildsOn: senior\nroles: [Chief people officer]\nrequirements: [Board experience]\nduties: [Lead the people function]\n---\n"),
};

describe("the pages the changes report lists are the pages whose text changes", () => {
  const before = contentCopy();
  let beforeTexts: Map<string, string>;

  for (const [name, edit] of Object.entries(EDITS)) {
    it(`after ${name}`, async () => {
      beforeTexts ??= await renderedTexts(before);
      const after = contentCopy(edit);
      const afterTexts = await renderedTexts(after);
      const differing = [...afterTexts].filter(([pagePath, text]) => beforeTexts.has(pagePath) && beforeTexts.get(pagePath) !== text).map(([pagePath]) => pagePath);
      const reported = pageChanges(loadContent(before).value, loadContent(after).value).changed.map((page) => page.path);
      expect(differing.length).toBeGreaterThan(0);
      expect(reported).toEqual(differing);
    });
  }
});
