import type { Career, Level } from "../content";
import { truncate } from "../clip-text";
import { absoluteUrl, paths } from "../site";
import { careerPage } from "./career";
import { comparePage } from "./compare";
import { cardOfPage, type PageKind, type PageText } from "./kind";
import { levelPage } from "./level";
import { movePage } from "./move";

/** The kinds whose pages keep their former addresses, each served by the route that serves its pages. */
type MovableKindName = "career" | "level" | "compare" | "move";

/** Where a page lives now: its address and what it is called. */
interface MovedTarget {
  path: string;
  text: PageText;
}

export interface MovedContent {
  career: Career;
  /** The route that serves the former address: the kind of the page it moved to. */
  route: MovableKindName;
  /** The career's name in the former address: a former name, or its name today beside another former name. */
  formerCareer: string;
  /** The level's name in a former level or move address, former or today's. */
  formerLevel?: string;
  /** The level a move leads to, as a former move address names it, former or today's. */
  formerDestination?: { career: string; level: string };
  to: MovedTarget;
}

/**
 * The former names of a level in its career's addresses: each former name of the career beside
 * the level's name today, and each former name of the level under `careerNames`. A level's own
 * page keeps them under every name of its career; a move's end, under its name today alone, as
 * every move into and out of a renamed career repeats them (at the limits, a career's 165 moves
 * would otherwise keep 5,800 addresses).
 */
const formerNamesOf = (career: Career, level: Level, careerNames = [career.slug, ...career.aliases]) => [
  ...career.aliases.map((formerCareer) => ({ career: formerCareer, level: level.slug })),
  ...careerNames.flatMap((careerName) => level.aliases.map((formerLevel) => ({ career: careerName, level: formerLevel }))),
];

/**
 * Every former address of a career's pages, from the former names in its files (`aliases`): under
 * each former name of the career, its overview, its comparison and each level; under every name
 * of the career, today's included, each former name of each level; and each move from its levels
 * under each former name of either end.
 */
function movedPagesOf(career: Career, careers: readonly Career[]): MovedContent[] {
  const overview = { path: careerPage.path({ career }), text: careerPage.text({ career }) };
  const comparison = { path: comparePage.path({ career }), text: comparePage.text({ career }) };
  const moved = (
    route: MovableKindName,
    formerCareer: string,
    to: MovedTarget,
    formerLevel?: string,
    formerDestination?: MovedContent["formerDestination"],
  ): MovedContent => ({ career, route, formerCareer, formerLevel, formerDestination, to });
  const underFormerNames = career.aliases.flatMap((formerCareer) => [moved("career", formerCareer, overview), moved("compare", formerCareer, comparison)]);
  const levels = career.levels.flatMap((level) => {
    const to = { path: levelPage.path({ career, level }), text: levelPage.text({ career, level }) };
    return formerNamesOf(career, level).map((former) => moved("level", former.career, to, former.level));
  });
  // A move keeps its address when one of its careers or levels is renamed.
  const moves = movePage.source.career(career, careers).flatMap((move) => {
    const to = { path: movePage.path(move), text: movePage.text(move) };
    const destination = { career: move.to.career.slug, level: move.to.level.slug };
    return [
      ...formerNamesOf(career, move.level, [career.slug]).map((former) => moved("move", former.career, to, former.level, destination)),
      ...formerNamesOf(move.to.career, move.to.level, [move.to.career.slug]).map((former) => moved("move", career.slug, to, move.level.slug, former)),
    ];
  });
  return [...underFormerNames, ...levels, ...moves];
}

const formerPath = ({ route, formerCareer, formerLevel, formerDestination }: MovedContent) =>
  route === "career"
    ? paths.career(formerCareer)
    : route === "compare"
      ? paths.compare(formerCareer)
      : route === "move"
        ? paths.move(formerCareer, formerLevel!, formerDestination!.career, formerDestination!.level)
        : paths.level(formerCareer, formerLevel!);

/**
 * A former address, kept so that bookmarks and search results still lead somewhere: a page that
 * sends the reader on at once (a meta refresh, which any static host serves) and tells search
 * engines the new address (its canonical link). It is listed nowhere: not in the sitemap, the
 * listings or the open data.
 */
export const movedPage = {
  kind: "moved",
  source: { career: movedPagesOf },
  params: ({ formerCareer, formerLevel, formerDestination }): { career: string } | { career: string; level: string; move: string[] } =>
    formerLevel === undefined
      ? { career: formerCareer }
      : { career: formerCareer, level: formerLevel, move: formerDestination ? ["to", formerDestination.career, formerDestination.level] : [] },
  path: formerPath,
  lastModified: () => undefined,
  dataPath: ({ career }) => paths.careerData(career.slug),
  movedTo: ({ to }) => to.path,
  text: ({ to }) => ({
    title: `Moved: ${to.text.title}`,
    shortenable: to.text.shortenable,
    description: truncate(`This page has moved to ${absoluteUrl(to.path)}`, 160),
  }),
  structuredData: () => [],
  socialCard: { sharedFrom: ({ career }) => cardOfPage(careerPage, { career }) },
} satisfies PageKind<"moved", { career: string } | { career: string; level: string; move: string[] }, MovedContent>;
