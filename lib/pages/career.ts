import type { Occupation } from "schema-dts";
import type { Career } from "../content";
import { absoluteUrl, editUrl, paths, site } from "../site";
import { cumulativeRequirements, occupationalCategories } from "../structured-data";
import { homeCrumb } from "./home";
import type { PageKind } from "./kind";

export interface CareerContent {
  career: Career;
}

/**
 * The career as the overview shows it: its occupation codes and what it takes to start. Search
 * engines ask structured data to describe what its page shows; each level's certifications and
 * duties are in its own page's, so an overview's stays the size of the entry level's requirements
 * however long the ladder.
 */
function careerOccupation(career: Career): Occupation {
  const entry = career.levels[0];
  return {
    "@type": "Occupation",
    name: career.title,
    description: career.description,
    url: absoluteUrl(paths.career(career.slug)),
    occupationalCategory: occupationalCategories(career),
    qualifications: entry ? cumulativeRequirements(entry) : [],
  };
}

/** A career's overview: the role, its ladder and where to find pay and outlook. Its card is also its level and comparison pages' card. */
export const careerPage = {
  kind: "career",
  source: { career: (career) => [{ career }] },
  params: ({ career }) => ({ career: career.slug }),
  path: ({ career }) => paths.career(career.slug),
  lastModified: ({ career }) => career.updated,
  editUrl: ({ career }) => editUrl(career.sourcePath),
  dataPath: ({ career }) => paths.careerData(career.slug),
  text: ({ career }) => ({ title: `${career.title} career guide`, shortenable: career.title, description: career.description }),
  breadcrumbs: ({ career }) => [homeCrumb, { name: career.title, href: paths.career(career.slug) }],
  structuredData: ({ career }) => [careerOccupation(career)],
  socialCard: {
    alt: `A ${site.name} career guide`,
    parts: ({ career }) => ({ kicker: "Career guide", title: career.title, subtitle: career.tagline }),
  },
} satisfies PageKind<"career", { career: string }, CareerContent>;
