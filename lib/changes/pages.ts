import { ladderSpan, placeLabel } from "../browse";
import type { Career, Level } from "../content";
import { shownSteps } from "../navigation";
import { breadcrumbsOf, getPages, pageText, type Page } from "../pages";
import { relatedCareersOf } from "../pages/browse";
import { groupHeading } from "../pages/title-index";

/**
 * Which pages show something else after a change: each page of the registry, on each side, as
 * what its route and components show a reader, from the same models they read, with its title and
 * description. The addresses an editor wrote (a certification's, a resource's) count, for a reader
 * follows them; the site's own links, layout and dates do not: its links follow slugs, which the
 * pages added and removed already tell, and a "Last updated" date moves with every commit to a file.
 * tests/components/changes-pages-agreement.test.tsx renders the pages to hold this to them.
 */

const ladder = (career: Career) => career.levels.map((level) => [level.step, level.title, level.roles]);
const requirementsShown = (level: Level) => [level.requirements, level.inheritedRequirements.map((group) => [group.level.title, group.requirements])];
const certificationsShown = (level: Level) => level.certifications.map(({ name, issuer, url }) => [name, issuer, url]);

/** What the body of `page` shows; `careers` are the catalogue it belongs to (related careers come from it). */
function bodyOf(page: Page, careers: readonly Career[]): unknown {
  switch (page.kind) {
    case "home":
      return {
        careers: page.showsEveryCareer ? page.careers.map((career) => [career.title, career.tagline, ladder(career)]) : [],
        letters: page.browse.letters.map((letter) => [letter.label, letter.script, letter.parts.length]),
        families: page.browse.families.map((family) => [family.name, family.count]),
      };
    case "family":
      return {
        family: [page.family.name, page.family.careers.length, page.family.majorGroup?.code, page.family.parts.length, page.part],
        careers: page.careers.map((career) => [career.title, career.tagline, ladderSpan(career)]),
      };
    case "titleIndex":
      return {
        group: [groupHeading(page.group), page.group.parts.length, page.part],
        entries: page.entries.map((entry) => [entry.title, entry.continued ?? false, entry.places.map(placeLabel)]),
      };
    case "career": {
      const { career } = page;
      const related = relatedCareersOf(career, careers);
      const relatedShown = (list: typeof related.sameFamily) => list.map((each) => [each.career.title, each.sharedTitles]);
      return {
        career: [career.title, career.tagline, career.roleHtml],
        atAGlance: [career.levels.length, career.levels[0]?.roles, career.levels.at(-1)?.roles, career.levels[0]?.requirements],
        ladder: ladder(career),
        sources: [career.resources, career.occupationCodes],
        related: [related.family.name, relatedShown(related.sameFamily), relatedShown(related.sharingRoles)],
      };
    }
    case "level": {
      const { career, level, previous, next } = page;
      return {
        heading: [career.title, level.step, career.levels.length, level.title, level.roles],
        ladder: shownSteps(career.levels, level).map((step) => [step.step, step.title]),
        requirements: requirementsShown(level),
        certifications: certificationsShown(level),
        duties: level.duties,
        narrative: [level.title, level.narrativeHtml],
        readiness: next && [next.title, next.requirements],
        neighbours: [previous?.title, next?.title],
      };
    }
    case "compare":
      return {
        career: page.career.title,
        levels: page.career.levels.map((level) => [level.title, level.roles, requirementsShown(level), certificationsShown(level), level.duties]),
      };
    default:
      // A kind not listed here: its title, description and trail are what this report can tell of it.
      return undefined;
  }
}

/** What a reader sees of `page`, as text to compare. */
export function pageFingerprint(page: Page, careers: readonly Career[]): string {
  return JSON.stringify([pageText(page), breadcrumbsOf(page).map((crumb) => crumb.name), bodyOf(page, careers)]);
}

export interface PageChanges {
  /** Pages at an address on both sides that show something else, in the registry's order. */
  changed: Page[];
  /** Pages at an address that was not there before. */
  added: Page[];
  /** Pages of the old side at an address the new side has no page at: the address will answer 404. */
  removed: Page[];
}

export const hasPageChanges = ({ changed, added, removed }: PageChanges) => changed.length + added.length + removed.length > 0;

/** The pages that change between the site built from `before` and the site built from `after`. */
export function pageChanges(before: readonly Career[], after: readonly Career[]): PageChanges {
  // The registry's catalogue is worked out once per array of careers, and each side is its own.
  const beforeCareers = [...before];
  const afterCareers = [...after];
  const beforePages = new Map(getPages(beforeCareers).map((page) => [page.path, page]));
  const afterPages = getPages(afterCareers);
  const afterPaths = new Set(afterPages.map((page) => page.path));
  const changed: Page[] = [];
  const added: Page[] = [];
  for (const page of afterPages) {
    const was = beforePages.get(page.path);
    if (!was) added.push(page);
    else if (pageFingerprint(was, beforeCareers) !== pageFingerprint(page, afterCareers)) changed.push(page);
  }
  const removed = [...beforePages.values()].filter((page) => !afterPaths.has(page.path));
  return { changed, added, removed };
}
