import { checkReport, type Career, type Result } from "../content";
import { getPages, hasMoved, pagesOf, pageText, type MovedPage, type Page } from "../pages";
import { absoluteUrl } from "../site";
import { plural } from "../text";
import { diffCareers, isEmptyDiff, type CareerDiff, type FieldChange, type FileChanges, type LevelDiff, type ListChange } from "./diff";
import { codeBlock, codeSpan } from "./inert";
import { hasPageChanges, pageChanges, type PageChanges, type ShownTexts } from "./pages";
import { PREVIEW_ARTIFACT, PREVIEW_SITE_URL, PREVIEW_WIDTHS, SERVE_PREVIEW_COMMAND, screenshotName } from "./preview";

/**
 * `npm run changes`: what a change to the content means for readers, as Markdown a reviewer reads
 * in a minute. Every piece of content text in it is a code span or a code block (inert.ts).
 */

/** A page the change adds or changes, for the preview's screenshots. */
interface ReportedPage {
  path: string;
  url: string;
  kind: string;
}

export interface ChangesReport {
  /** The Markdown, one line each. */
  lines: string[];
  /** The pages on the new side that the change changes, then those it adds, each in the registry's order. */
  pages: ReportedPage[];
  /** 1 when the content on either side has errors. */
  exitCode: 0 | 1;
}

export interface ReportOptions {
  /** Name the preview a pull request's checks upload: its artifact, screenshots and serve command. */
  preview?: boolean;
}

const HEADING = "## Changes for readers";

const KIND_NAMES: Record<string, string> = {
  home: "home page",
  family: "family",
  titleIndex: "A-Z index",
  career: "overview",
  level: "level",
  compare: "comparison",
};

/**
 * The most lines a list of pages shows: a change to a whole family of a large catalogue touches
 * hundreds of pages, which no reviewer reads one by one, and a pull request's comment holds 64 KB.
 */
const LISTED_PAGES_LIMIT = 100;

/** The first LISTED_PAGES_LIMIT of `lines`, and a line saying how many more there are. */
function listedPages(lines: readonly string[]): string[] {
  if (lines.length <= LISTED_PAGES_LIMIT) return [...lines];
  return [...lines.slice(0, LISTED_PAGES_LIMIT), `- and ${lines.length - LISTED_PAGES_LIMIT} more`];
}

const shown = (value: string | undefined) => (value === undefined ? "none" : codeSpan(value));

function fieldLines({ label, before, after }: FieldChange): string[] {
  return [`- ${label}: ${shown(before)} → ${shown(after)}`];
}

function listLines({ label, changes }: ListChange): string[] {
  return [
    `- ${label}:`,
    ...changes.added.map((item) => `  - added: ${codeSpan(item)}`),
    ...changes.removed.map((item) => `  - removed: ${codeSpan(item)}`),
    ...changes.reworded.map(({ before, after }) => `  - reworded: ${codeSpan(before)} → ${codeSpan(after)}`),
    ...(changes.reordered ? ["  - now in another order"] : []),
  ];
}

function fileLines({ fields, lists, bodyChanged }: FileChanges, body: string): string[] {
  return [...fields.flatMap(fieldLines), ...lists.flatMap(listLines), ...(bodyChanged ? [`- ${body} changed`] : [])];
}

const levelName = (level: { title: string; slug: string }) => `${codeSpan(level.title)} (${codeSpan(level.slug)})`;

function levelDiffLines(diff: LevelDiff): string[] {
  const renamed = diff.renamedFrom === undefined ? [] : [`- Renamed: ${codeSpan(`${diff.renamedFrom}.md`)} → ${codeSpan(`${diff.level.slug}.md`)}`];
  return ["", `#### Level ${levelName(diff.level)}`, ...renamed, ...fileLines(diff, "The text below the frontmatter")];
}

function careerDiffLines(diff: CareerDiff): string[] {
  const { career } = diff;
  return [
    "",
    `### ${codeSpan(career.title)} (${codeSpan(career.slug)})`,
    ...(diff.renamedFrom === undefined ? [] : [`- Renamed: folder ${codeSpan(diff.renamedFrom)} → ${codeSpan(career.slug)}`]),
    ...fileLines(diff, "The role description (the text below the frontmatter)"),
    ...diff.levelsAdded.map((level) => `- Level added: ${levelName(level)}, step ${level.step} of ${career.levels.length}`),
    ...diff.levelsRemoved.map((level) => `- Level removed: ${levelName(level)}`),
    ...diff.levels.flatMap(levelDiffLines),
  ];
}

function careersLines(added: readonly Career[], removed: readonly Career[]): string[] {
  if (added.length === 0 && removed.length === 0) return [];
  const careerName = (career: Career) => `${codeSpan(career.title)} (${codeSpan(career.slug)}), ${plural(career.levels.length, "level")}`;
  return ["", "### Careers", ...added.map((career) => `- Added: ${careerName(career)}`), ...removed.map((career) => `- Removed: ${careerName(career)}`)];
}

const kindName = (page: Page) => KIND_NAMES[page.kind] ?? page.kind;
const pageLine = (page: Page, note = "") => `- ${codeSpan(pageText(page).title)} (${kindName(page)}${note}): ${absoluteUrl(page.path)}`;

interface MovedAddress {
  to: string;
  /** The former name that, listed under `aliases` in `file`, keeps the address. */
  slug: string;
  file: string;
}

/**
 * Where an address that disappears went, and which file's `aliases` would keep it: the former
 * addresses lib/pages would keep for each renamed career and level, were its former name listed.
 */
function movedAddresses(diffs: readonly CareerDiff[]): Map<string, MovedAddress> {
  const moved = new Map<string, MovedAddress>();
  const keep = (career: Career, { slug, file }: Omit<MovedAddress, "to">, kept: (page: MovedPage) => boolean) => {
    for (const page of pagesOf("moved", getPages([career]))) if (kept(page) && !moved.has(page.path)) moved.set(page.path, { to: page.to.path, slug, file });
  };
  for (const { career, renamedFrom, levels } of diffs) {
    const formerCareer = renamedFrom ?? career.slug;
    const careerAliases = renamedFrom === undefined ? career.aliases : [...career.aliases, renamedFrom];
    for (const { level, renamedFrom: formerLevel } of levels) {
      if (formerLevel === undefined) continue;
      const withAlias = career.levels.map((each) => (each === level ? { ...each, aliases: [...each.aliases, formerLevel] } : each));
      keep(
        { ...career, aliases: careerAliases, levels: withAlias },
        { slug: formerLevel, file: level.sourcePath },
        (page) => page.formerCareer === formerCareer && page.formerLevel === formerLevel,
      );
    }
    if (renamedFrom !== undefined)
      keep({ ...career, aliases: careerAliases }, { slug: renamedFrom, file: career.sourcePath }, (page) => page.formerCareer === renamedFrom);
  }
  return moved;
}

function pagesLines({ changed, added, removed }: PageChanges, diffs: readonly CareerDiff[]): string[] {
  const shownPages = [...changed.map((page) => pageLine(page)), ...added.map((page) => pageLine(page, ", new"))];
  const lines = [
    "",
    `### Pages that change (${shownPages.length})`,
    ...(shownPages.length > 0 ? listedPages(shownPages) : ["- None: no page shows anything else."]),
  ];
  if (removed.length === 0) return lines;
  const moved = movedAddresses(diffs);
  return [
    ...lines,
    "",
    `### Addresses that disappear (${removed.length})`,
    "No page will be at these addresses: a page that moved keeps its old address when the old slug is listed under `aliases` in the file it moved to.",
    ...listedPages(
      removed.map((page) => {
        const move = moved.get(page.path);
        // A link's end: GitHub would take a semicolon after an address into its link, but not a comma.
        const hint = move ? `: it moved to ${absoluteUrl(move.to)}, add ${codeSpan(move.slug)} to \`aliases\` in ${codeSpan(move.file)}` : "";
        return `- ${absoluteUrl(page.path)} will answer 404 (${codeSpan(pageText(page).title)}, ${kindName(page)})${hint}`;
      }),
    ),
  ];
}

function previewLines(pages: readonly ReportedPage[]): string[] {
  if (pages.length === 0) return [];
  return [
    "",
    "### Preview",
    `The ${codeSpan(PREVIEW_ARTIFACT)} artifact of this run holds the site built from this change and screenshots of the pages above. Unzip it, run ${codeSpan(SERVE_PREVIEW_COMMAND)} and open ${PREVIEW_SITE_URL}.`,
    ...listedPages(pages.map(({ path }) => `- ${codeSpan(path)}: ${PREVIEW_WIDTHS.map((width) => codeSpan(screenshotName(path, width))).join(", ")}`)),
  ];
}

/** Where the comparison stands: the ref as the command was given it, and the merge base's commit. */
const baseName = (ref: string, commit: string) => `the merge base of ${codeSpan(ref)} (${codeSpan(commit.slice(0, 12))})`;

/**
 * The report on two loaded sides of a change: `before` at `commit`, the merge base of `ref`, and
 * `after`, the working tree. `shown` tells what each side's pages show a reader; it is asked only
 * when both sides load without errors, as only then do their pages render.
 */
export async function writeReport(
  {
    ref,
    commit,
    before,
    after,
    shown,
  }: { ref: string; commit: string; before: Required<Result<Career[]>>; after: Required<Result<Career[]>>; shown: () => Promise<ShownTexts> },
  { preview = false }: ReportOptions = {},
): Promise<ChangesReport> {
  const branch = checkReport(after);
  const broken = [
    { side: `The content at ${baseName(ref, commit)}`, check: checkReport(before) },
    { side: "The content of this branch", check: branch },
  ].filter(({ check }) => check.exitCode === 1);
  if (broken.length > 0) {
    const errorLines = broken.flatMap(({ side, check }) => ["", `${side} has errors, as \`npm run check\` reports them:`, "", ...codeBlock(check.lines)]);
    // Errors at the merge base alone (a rule the branch brings, say) are not the branch's to fix:
    // its checks and preview go on.
    return { lines: [HEADING, "", "### Content errors", ...errorLines], pages: [], exitCode: branch.exitCode };
  }

  const diff = diffCareers(before.value, after.value);
  const pages = pageChanges(before.value, after.value, await shown());
  if (isEmptyDiff(diff) && !hasPageChanges(pages))
    return { lines: [`No change for readers: the content reads as at ${baseName(ref, commit)}.`], pages: [], exitCode: 0 };

  // A former address only sends the browser on to its page: a screenshot of it would show that page.
  const reported = [...pages.changed, ...pages.added]
    .filter((page) => !hasMoved(page))
    .map((page) => ({ path: page.path, url: absoluteUrl(page.path), kind: page.kind }));
  const lines = [
    HEADING,
    "",
    `Compared with ${baseName(ref, commit)}.`,
    ...careersLines(diff.careersAdded, diff.careersRemoved),
    ...diff.careers.flatMap(careerDiffLines),
    ...pagesLines(pages, diff.careers),
    ...(preview ? previewLines(reported) : []),
  ];
  return { lines, pages: reported, exitCode: 0 };
}
