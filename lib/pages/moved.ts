import type { Career } from "../content";
import { truncate } from "../clip-text";
import { absoluteUrl, paths } from "../site";
import { careerPage } from "./career";
import { comparePage } from "./compare";
import { cardOfPage, type PageKind, type PageText } from "./kind";
import { levelPage } from "./level";

/** The kinds whose pages keep their former addresses, each served by the route of its kind. */
type MovableKindName = "career" | "level" | "compare";

/** Where a page lives now: its address and what it is called. */
interface MovedTarget {
  path: string;
  text: PageText;
}

export interface MovedContent {
  career: Career;
  /** The route that serves the former address: the kind of the page it moved to. */
  route: MovableKindName;
  /** The career's name in the former address: a former name, or its name today under a level's former name. */
  formerCareer: string;
  /** The level's name in a former level address. */
  formerLevel?: string;
  to: MovedTarget;
}

/**
 * Every former address of a career's pages, from the former names in its files (`aliases`): under
 * each former name of the career, its overview, its comparison and each level; under every name
 * of the career, today's included, each former name of each level.
 */
function movedPagesOf(career: Career): MovedContent[] {
  const overview = { path: careerPage.path({ career }), text: careerPage.text({ career }) };
  const comparison = { path: comparePage.path({ career }), text: comparePage.text({ career }) };
  const levels = career.levels.map((level) => ({ level, to: { path: levelPage.path({ career, level }), text: levelPage.text({ career, level }) } }));
  const moved = (route: MovableKindName, formerCareer: string, to: MovedTarget, formerLevel?: string): MovedContent => ({
    career,
    route,
    formerCareer,
    formerLevel,
    to,
  });
  const underFormerNames = career.aliases.flatMap((formerCareer) => [
    moved("career", formerCareer, overview),
    moved("compare", formerCareer, comparison),
    ...levels.map(({ level, to }) => moved("level", formerCareer, to, level.slug)),
  ]);
  const formerLevels = [career.slug, ...career.aliases].flatMap((careerName) =>
    levels.flatMap(({ level, to }) => level.aliases.map((formerLevel) => moved("level", careerName, to, formerLevel))),
  );
  return [...underFormerNames, ...formerLevels];
}

const formerPath = ({ route, formerCareer, formerLevel }: MovedContent) =>
  route === "career" ? paths.career(formerCareer) : route === "compare" ? paths.compare(formerCareer) : paths.level(formerCareer, formerLevel!);

/**
 * A former address, kept so that bookmarks and search results still lead somewhere: a page that
 * sends the reader on at once (a meta refresh, which any static host serves) and tells search
 * engines the new address (its canonical link). It is listed nowhere: not in the sitemap, the
 * listings or the open data.
 */
export const movedPage = {
  kind: "moved",
  source: { career: movedPagesOf },
  params: ({ formerCareer, formerLevel }): { career: string } | { career: string; level: string; move: string[] } =>
    formerLevel === undefined ? { career: formerCareer } : { career: formerCareer, level: formerLevel, move: [] },
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
} satisfies PageKind<"moved", { career: string } | { career: string; level: string }, MovedContent>;
