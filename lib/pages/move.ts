import { latestDate, titleKey, type Career, type Level, type Source } from "../content";
import { namesWithin, PAGE_TITLE_MAX_LENGTH } from "../clip-text";
import { requirementsWithInherited } from "../ladder";
import { editUrl, paths } from "../site";
import { careerPage } from "./career";
import { cardOfPage, type PageKind } from "./kind";
import { levelPage } from "./level";

/** A level of a career, whole: what a move page shows of each end. */
export interface CareerLevel {
  career: Career;
  level: Level;
}

export interface MoveContent extends CareerLevel {
  to: CareerLevel;
  /** What the destination asks for that the origin's path does not name: its own requirements first, then those it inherits, nearest level first. */
  newRequirements: string[];
  /** What the destination asks for that the origin's path names too, in the same order. */
  sharedRequirements: string[];
  /** Where the facts of both careers come from, each source once. */
  sources: Source[];
}

/** A move's page content: what the destination asks for, split by whether the origin's path gives it (matched as the A-Z matches titles). */
function moveOf(from: CareerLevel, to: CareerLevel): MoveContent {
  const given = new Set(requirementsWithInherited(from.level).map(titleKey));
  const asked = requirementsWithInherited(to.level);
  return {
    ...from,
    to,
    newRequirements: asked.filter((requirement) => !given.has(titleKey(requirement))),
    sharedRequirements: asked.filter((requirement) => given.has(titleKey(requirement))),
    sources: [...new Map([...from.career.sources, ...to.career.sources].map((source) => [source.url, source])).values()],
  };
}

/** Each career by its slug, worked out once per set of careers: every page of a build asks with the same careers. */
const careersBySlug = new WeakMap<readonly Career[], Map<string, Career>>();

/** The moves `career`'s levels declare, each to a level of one of `careers`. */
function movesOf(career: Career, careers: readonly Career[]): MoveContent[] {
  let bySlug = careersBySlug.get(careers);
  if (!bySlug) {
    bySlug = new Map(careers.map((each) => [each.slug, each]));
    careersBySlug.set(careers, bySlug);
  }
  return career.levels.flatMap((level) =>
    level.movesTo.flatMap((move) => {
      const toCareer = bySlug.get(move.career.slug);
      const toLevel = toCareer?.levels.find((candidate) => candidate.slug === move.level.slug);
      return toCareer && toLevel ? [moveOf({ career, level }, { career: toCareer, level: toLevel })] : [];
    }),
  );
}

/**
 * Where the move leads first, as the page's heading says, then where it starts: "Recruiter: Entry
 * level, from HR generalist: Mid level", within `maxLength`.
 */
const moveNames = ({ career, level, to }: MoveContent, maxLength: number) =>
  namesWithin(maxLength, [to.career.title, to.level.title, career.title, level.title], [": ", ", from ", ": "], [0, 2]);

/** What a move's description adds to its names is at most 60 characters, which leaves 100 of a search result's 160 to the names. */
const DESCRIPTION_NAMES_LENGTH = 100;

/**
 * A move from a level to a level of another career, as the first level's `movesTo` declares it:
 * both levels side by side, and what the destination asks for that the origin's path does not.
 */
export const movePage = {
  kind: "move",
  source: { career: movesOf },
  // Served by the level's route, under the level it starts from (app/careers/[career]/[level]/[[...move]]).
  params: ({ career, level, to }) => ({ career: career.slug, level: level.slug, move: ["to", to.career.slug, to.level.slug] }),
  path: ({ career, level, to }) => paths.move(career.slug, level.slug, to.career.slug, to.level.slug),
  lastModified: ({ level, to }) => latestDate([level.updated, to.level.updated]),
  // The move is declared in the file of the level it starts from.
  editUrl: ({ level }) => editUrl(level.sourcePath),
  dataPath: ({ career }) => paths.careerData(career.slug),
  text: (move) => ({
    title: moveNames(move, PAGE_TITLE_MAX_LENGTH),
    // As the page says it: requirements are matched by their words, so it never claims the reader lacks one.
    description: `${moveNames(move, DESCRIPTION_NAMES_LENGTH)}: what it asks that your path does not name, side by side.`,
  }),
  breadcrumbs: ({ career, level, to }) => [
    ...levelPage.breadcrumbs({ career, level }),
    { name: `To ${to.career.title}: ${to.level.title.toLowerCase()}`, href: paths.move(career.slug, level.slug, to.career.slug, to.level.slug) },
  ],
  structuredData: () => [],
  socialCard: { sharedFrom: ({ career }) => cardOfPage(careerPage, { career }) },
} satisfies PageKind<"move", { career: string; level: string; move: string[] }, MoveContent>;
