import type { Career } from "../content";
import { truncate } from "../clip-text";
import { browseUrl, paths } from "../site";
import { careerPage } from "./career";
import { cardOfPage, type PageKind } from "./kind";

export interface CompareContent {
  career: Career;
}

/** A career's levels side by side: a table on wide screens and paper, a block per level on phones. */
export const comparePage = {
  kind: "compare",
  source: { career: (career) => [{ career }] },
  params: ({ career }) => ({ career: career.slug }),
  path: ({ career }) => paths.compare(career.slug),
  lastModified: ({ career }) => career.updated,
  // The comparison shows every level file, so its edit link opens their folder.
  editUrl: ({ career }) => browseUrl(career.levelsFolder),
  dataPath: ({ career }) => paths.careerData(career.slug),
  text: ({ career }) => ({
    title: `${career.title} levels compared`,
    shortenable: career.title,
    description: truncate(
      `Compare the ${career.levels.length} levels of the ${career.title.toLowerCase()} career side by side: roles, requirements and duties.`,
      160,
    ),
  }),
  breadcrumbs: ({ career }) => [...careerPage.breadcrumbs({ career }), { name: "Compare levels", href: paths.compare(career.slug) }],
  structuredData: () => [],
  socialCard: { sharedFrom: ({ career }) => cardOfPage(careerPage, { career }) },
} satisfies PageKind<"compare", { career: string }, CompareContent>;
