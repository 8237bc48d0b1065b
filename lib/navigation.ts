import type { Career, Level } from "./content";
import { paths } from "./site";

export interface Crumb {
  name: string;
  href: string;
}

const home: Crumb = { name: "Home", href: paths.home() };

/** Breadcrumb trails, shared by the visible breadcrumbs and the structured data. */
export const trails = {
  career: (career: Career): Crumb[] => [home, { name: career.title, href: paths.career(career.slug) }],
  level: (career: Career, level: Level): Crumb[] => [
    ...trails.career(career),
    { name: level.title, href: paths.level(career.slug, level.slug) },
  ],
  compare: (career: Career): Crumb[] => [
    ...trails.career(career),
    { name: "Compare levels", href: paths.compare(career.slug) },
  ],
};
