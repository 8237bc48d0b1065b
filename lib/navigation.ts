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

/**
 * The most steps the ladder shows in one line: five share a 320 px phone's 288 px column at about
 * 3.5rem each, room for a number and a short title. A longer ladder (a career may have forty
 * levels) would leave a step a letter or two wide, and rows of steps would push the page's own
 * content off the first screen: such a ladder shows the current step between its neighbours, with
 * a link to every level on the career's overview.
 */
const MOST_STEPS_SHOWN = 5;

/** The steps a level page's ladder shows: every step, or, on a ladder too long to show whole, the one before `current`, it, and the one after. */
export function shownSteps(levels: Level[], current: Level): Level[] {
  if (levels.length <= MOST_STEPS_SHOWN) return levels;
  const index = levels.indexOf(current);
  return levels.slice(Math.max(0, index - 1), index + 2);
}
