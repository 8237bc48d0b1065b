import type { Occupation } from "schema-dts";
import type { Career, Level } from "../content";
import { truncate } from "../clip-text";
import { absoluteUrl, editUrl, paths } from "../site";
import { credentials, cumulativeRequirements, occupationalCategories } from "../structured-data";
import { careerPage } from "./career";
import { cardOfPage, type PageKind } from "./kind";

export interface LevelContent {
  career: Career;
  level: Level;
}

/** The search-result summary of a level page, also its Occupation description. */
function levelDescription(career: Career, level: Level): string {
  return truncate(`${level.title} ${career.title.toLowerCase()} roles: ${level.roles.join(", ")}. What it takes to get there and what the job involves.`, 160);
}

function levelOccupation(career: Career, level: Level): Occupation {
  return {
    "@type": "Occupation",
    name: `${level.title} ${career.title}`,
    alternateName: level.roles,
    description: levelDescription(career, level),
    url: absoluteUrl(paths.level(career.slug, level.slug)),
    occupationalCategory: occupationalCategories(career),
    qualifications: cumulativeRequirements(level),
    educationRequirements: credentials(level),
    responsibilities: level.duties,
  };
}

/** One level of a career: what it takes to get there, its certifications and duties, and the self-check for the next. */
export const levelPage = {
  kind: "level",
  source: {
    career: (career) => career.levels.map((level) => ({ career, level })),
  },
  // The level's route serves its moves too, under it: a level's own page has no part of a move's address.
  params: ({ career, level }) => ({ career: career.slug, level: level.slug, move: [] }),
  path: ({ career, level }) => paths.level(career.slug, level.slug),
  lastModified: ({ level }) => level.updated,
  editUrl: ({ level }) => editUrl(level.sourcePath),
  dataPath: ({ career }) => paths.careerData(career.slug),
  text: ({ career, level }) => ({ title: `${level.title} ${career.title}`, shortenable: career.title, description: levelDescription(career, level) }),
  breadcrumbs: ({ career, level }) => [...careerPage.breadcrumbs({ career }), { name: level.title, href: paths.level(career.slug, level.slug) }],
  structuredData: ({ career, level }) => [levelOccupation(career, level)],
  socialCard: { sharedFrom: ({ career }) => cardOfPage(careerPage, { career }) },
} satisfies PageKind<"level", { career: string; level: string; move: string[] }, LevelContent>;
