import { checkReport, type Career, type Level, type Result } from "../content";
import { hasMoved, movedPage, pageText, type MovedContent, type Page } from "../pages";
import { stepCount } from "../ladder";
import { absoluteUrl } from "../site";
import { plural } from "../text";
import {
  diffCareers,
  isEmptyDiff,
  type CareerDiff,
  type CareersDiff,
  type FieldChange,
  type FileChanges,
  type Fork,
  type LevelDiff,
  type ListChange,
} from "./diff";
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
  /** The pages to photograph: the first REPORT_LIMITS.photographed the change changes on the new side, then adds, each in the registry's order. */
  pages: ReportedPage[];
  /** 1 when the content on either side has errors. */
  exitCode: 0 | 1;
}

export interface ReportOptions {
  /** Name the preview a pull request's checks upload: its artifact, screenshots and serve command. */
  preview?: boolean;
}

const HEADING = "## Changes for readers";

// Every kind, so that a new kind of page cannot go without a name here.
const KIND_NAMES: Record<Page["kind"], string> = {
  home: "home page",
  family: "family",
  titleIndex: "A-Z index",
  career: "overview",
  level: "level",
  compare: "comparison",
  move: "move between careers",
  moved: "moved",
};

/**
 * How much of each list the report shows, each past the point where a reviewer reads one by one
 * (a pull request's comment holds 64 KB): pages, as a change to a whole family of a large
 * catalogue touches hundreds; the changed items of one list of one file, as a rewrite of every
 * requirement is one change to review; careers, as a pull request that moves a catalogue is read
 * in a sample; and the pages photographed for the preview, two screenshots each, which keep the
 * preview's job within minutes.
 */
export const REPORT_LIMITS = { pages: 100, items: 10, careers: 50, photographed: 40 } as const;

/** The first `limit` of `lines`, and a line (indented as they are) saying how many more there are. */
function firstOf(lines: readonly string[], limit: number, indent = ""): string[] {
  if (lines.length <= limit) return [...lines];
  return [...lines.slice(0, limit), `${indent}- and ${lines.length - limit} more`];
}

const shown = (value: string | undefined) => (value === undefined ? "none" : codeSpan(value));

function fieldLines({ label, before, after }: FieldChange): string[] {
  return [`- ${label}: ${shown(before)} → ${shown(after)}`];
}

function listLines({ label, changes }: ListChange): string[] {
  const items = [
    ...changes.added.map((item) => `  - added: ${codeSpan(item)}`),
    ...changes.removed.map((item) => `  - removed: ${codeSpan(item)}`),
    ...changes.reworded.map(({ before, after }) => `  - reworded: ${codeSpan(before)} → ${codeSpan(after)}`),
  ];
  return [`- ${label}:`, ...firstOf(items, REPORT_LIMITS.items, "  "), ...(changes.reordered ? ["  - now in another order"] : [])];
}

function fileLines({ fields, lists, bodyChanged }: FileChanges, body: string): string[] {
  return [...fields.flatMap(fieldLines), ...lists.flatMap(listLines), ...(bodyChanged ? [`- ${body} changed`] : [])];
}

const levelName = (level: { title: string; slug: string }) => `${codeSpan(level.title)} (${codeSpan(level.slug)})`;
const forkName = ({ level, tracks }: Fork) => `${levelName(level)}: ${tracks.map(codeSpan).join(", ")}`;
const onTrack = (level: Level) => (level.track === undefined ? "" : `, on the track ${codeSpan(level.track)}`);

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
    ...diff.levelsAdded.map((level) => `- Level added: ${levelName(level)}, step ${level.step} of ${stepCount(career)}${onTrack(level)}`),
    ...diff.levelsRemoved.map((level) => `- Level removed: ${levelName(level)}`),
    ...diff.tracksRenamed.map(({ before, after }) => `- Track ${codeSpan(before)} renamed to ${codeSpan(after)}`),
    ...diff.forksAdded.map((fork) => `- New fork at ${forkName(fork)}`),
    ...diff.forksRemoved.map((fork) => `- Fork removed at ${forkName(fork)}`),
    ...diff.levels.flatMap(levelDiffLines),
  ];
}

function careersLines(added: readonly Career[], removed: readonly Career[]): string[] {
  if (added.length === 0 && removed.length === 0) return [];
  const careerName = (career: Career) => `${codeSpan(career.title)} (${codeSpan(career.slug)}), ${plural(career.levels.length, "level")}`;
  const lines = [...added.map((career) => `- Added: ${careerName(career)}`), ...removed.map((career) => `- Removed: ${careerName(career)}`)];
  return ["", "### Careers", ...firstOf(lines, REPORT_LIMITS.careers)];
}

const kindName = (page: Page) => KIND_NAMES[page.kind];
const pageLine = (page: Page, note = "") => `- ${codeSpan(pageText(page).title)} (${kindName(page)}${note}): ${absoluteUrl(page.path)}`;

interface MovedAddress {
  to: string;
  /** The former name that, listed under `aliases` in `file`, keeps the address. */
  slug: string;
  file: string;
}

/**
 * Where an address that disappears went, and which file's `aliases` would keep it: the former
 * addresses lib/pages would keep for each renamed career and level, were its former name listed,
 * its moves' included, from either end (`careers` are the branch's).
 */
function movedAddresses(diffs: readonly CareerDiff[], careers: readonly Career[]): Map<string, MovedAddress> {
  const moved = new Map<string, MovedAddress>();
  const keep = (career: Career, { slug, file }: Omit<MovedAddress, "to">, kept: (page: MovedContent) => boolean) => {
    const withAliases = careers.map((each) => (each.slug === career.slug ? career : each));
    // The career's own former addresses and its moves', and those of the moves of careers that lead to it.
    const movingIn = withAliases.filter((each) => each.levels.some((level) => level.movesTo.some((move) => move.career.slug === career.slug)));
    for (const owner of [career, ...movingIn.filter((each) => each !== career)])
      for (const content of movedPage.source.career(owner, withAliases)) {
        const path = movedPage.path(content);
        if (kept(content) && !moved.has(path)) moved.set(path, { to: content.to.path, slug, file });
      }
  };
  for (const { career, renamedFrom, levels } of diffs) {
    const formerCareer = renamedFrom ?? career.slug;
    const careerAliases = renamedFrom === undefined ? career.aliases : [...career.aliases, renamedFrom];
    const namesLevel = (page: MovedContent, formerLevel: string) =>
      (page.formerCareer === formerCareer && page.formerLevel === formerLevel) ||
      (page.formerDestination?.career === formerCareer && page.formerDestination.level === formerLevel);
    for (const { level, renamedFrom: formerLevel } of levels) {
      if (formerLevel === undefined) continue;
      const withAlias = career.levels.map((each) => (each === level ? { ...each, aliases: [...each.aliases, formerLevel] } : each));
      keep({ ...career, aliases: careerAliases, levels: withAlias }, { slug: formerLevel, file: level.sourcePath }, (page) => namesLevel(page, formerLevel));
    }
    if (renamedFrom !== undefined)
      keep(
        { ...career, aliases: careerAliases },
        { slug: renamedFrom, file: career.sourcePath },
        (page) => page.formerCareer === renamedFrom || page.formerDestination?.career === renamedFrom,
      );
  }
  return moved;
}

function pagesLines({ changed, added, removed }: PageChanges, diffs: readonly CareerDiff[], careers: readonly Career[]): string[] {
  const shownPages = [...changed.map((page) => pageLine(page)), ...added.map((page) => pageLine(page, ", new"))];
  const lines = [
    "",
    `### Pages that change (${shownPages.length})`,
    ...(shownPages.length > 0 ? firstOf(shownPages, REPORT_LIMITS.pages) : ["- None: no page shows anything else."]),
  ];
  if (removed.length === 0) return lines;
  const moved = movedAddresses(diffs, careers);
  return [
    ...lines,
    "",
    `### Addresses that disappear (${removed.length})`,
    "No page will be at these addresses: a page that moved keeps its old address when the old slug is listed under `aliases` in the file it moved to.",
    ...firstOf(
      removed.map((page) => {
        const move = moved.get(page.path);
        // A link's end: GitHub would take a semicolon after an address into its link, but not a comma.
        const hint = move ? `: it moved to ${absoluteUrl(move.to)}, add ${codeSpan(move.slug)} to \`aliases\` in ${codeSpan(move.file)}` : "";
        return `- ${absoluteUrl(page.path)} will answer 404 (${codeSpan(pageText(page).title)}, ${kindName(page)})${hint}`;
      }),
      REPORT_LIMITS.pages,
    ),
  ];
}

function previewLines(photographed: readonly ReportedPage[], total: number): string[] {
  if (photographed.length === 0) return [];
  const others = total - photographed.length;
  return [
    "",
    "### Preview",
    `The ${codeSpan(PREVIEW_ARTIFACT)} artifact of this run holds the site built from this change and screenshots of ${others > 0 ? `the first ${photographed.length} pages above` : "the pages above"}. Unzip it, run ${codeSpan(SERVE_PREVIEW_COMMAND)} and open ${PREVIEW_SITE_URL}.`,
    ...photographed.map(({ path }) => `- ${codeSpan(path)}: ${PREVIEW_WIDTHS.map((width) => codeSpan(screenshotName(path, width))).join(", ")}`),
    ...(others > 0 ? [`- and ${others} more pages, not photographed: the preview serves them all`] : []),
  ];
}

/** The careers and levels a change adds, removes, renames and edits, in the editors' terms. */
function changeLines(diff: CareersDiff): string[] {
  const more = diff.careers.length - REPORT_LIMITS.careers;
  return [
    ...careersLines(diff.careersAdded, diff.careersRemoved),
    ...diff.careers.slice(0, REPORT_LIMITS.careers).flatMap(careerDiffLines),
    ...(more > 0 ? ["", `And ${plural(more, "more career")} change.`] : []),
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
    const errors = [HEADING, "", "### Content errors", ...errorLines];
    if (branch.exitCode === 1) return { lines: errors, pages: [], exitCode: 1 };
    // Errors at the merge base alone (a rule the branch brings, say) are not the branch's to fix:
    // its checks and preview go on, and its changes still need a review. Only the base's pages,
    // which do not build, cannot be compared.
    const diff = diffCareers(before.value, after.value);
    const lines = [
      ...errors,
      "",
      "### What the branch changes",
      "Compared with the careers that load at the merge base: a career whose files have errors there shows as added.",
      ...(isEmptyDiff(diff) ? ["- No career or level changes."] : changeLines(diff)),
      "",
      "### Pages that change",
      "- Not compared, nor the addresses that would disappear: the site at the merge base does not build.",
    ];
    return { lines, pages: [], exitCode: 0 };
  }

  const diff = diffCareers(before.value, after.value);
  const pages = pageChanges(before.value, after.value, await shown());
  if (isEmptyDiff(diff) && !hasPageChanges(pages))
    return { lines: [`No change for readers: the content reads as at ${baseName(ref, commit)}.`], pages: [], exitCode: 0 };

  // A former address only sends the browser on to its page: a screenshot of it would show that page.
  const reported = [...pages.changed, ...pages.added]
    .filter((page) => !hasMoved(page))
    .map((page) => ({ path: page.path, url: absoluteUrl(page.path), kind: page.kind }));
  const photographed = reported.slice(0, REPORT_LIMITS.photographed);
  const lines = [
    HEADING,
    "",
    `Compared with ${baseName(ref, commit)}.`,
    ...changeLines(diff),
    ...pagesLines(pages, diff.careers, after.value),
    ...(preview ? previewLines(photographed, reported.length) : []),
  ];
  return { lines, pages: photographed, exitCode: 0 };
}
