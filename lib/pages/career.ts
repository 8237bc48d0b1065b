import type { Occupation } from "schema-dts";
import type { Career } from "../content";
import { absoluteUrl, editUrl, paths, site } from "../site";
import { credentials, cumulativeRequirements, occupationalCategories } from "../structured-data";
import { homeCrumb } from "./home";
import type { PageKind } from "./kind";

export interface CareerContent {
  career: Career;
}

/** The career as a whole: what it takes to start (the entry level's requirements and certifications) and every duty on the ladder. */
function careerOccupation(career: Career): Occupation {
  const entry = career.levels[0];
  return {
    "@type": "Occupation",
    name: career.title,
    description: career.description,
    url: absoluteUrl(paths.career(career.slug)),
    occupationalCategory: occupationalCategories(career),
    qualifications: entry ? cumulativeRequirements(entry) : [],
    educationRequirements: entry ? credentials(entry) : [],
    responsibilities: [...new Set(career.levels.flatMap((level) => level.duties))],
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
