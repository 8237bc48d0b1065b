import type { Career, Level } from "./content";
import { levelPage } from "./pages/level";

/** One step of a breadcrumb trail, shared by the visible breadcrumbs and the structured data. */
export interface Crumb {
  name: string;
  href: string;
}

/**
 * Trails of pages built in code rather than found in the registry, as the component tests build
 * them; each kind defines its own trail (lib/pages/), and a route takes it with `breadcrumbsOf`.
 */
export const trails = {
  level: (career: Career, level: Level): Crumb[] => levelPage.breadcrumbs({ career, level }),
};
