import type { Level } from "./content";

/** One step of a breadcrumb trail, shared by the visible breadcrumbs and the structured data. */
export interface Crumb {
  name: string;
  href: string;
}

/**
 * The most levels laid side by side, wherever a career's levels run across the page: a level
 * page's ladder fits five steps in a 320 px phone's 288 px column at about 3.5rem each; the home
 * page's ladder, from 40rem, five cards of about 7rem with their gaps; the comparison table, in
 * its 61rem column less 9rem of row headers, five levels of about 10rem whose lists wrap at a
 * readable measure. A longer ladder (a career may have sixteen levels) would leave each a word or
 * two wide: the level page shows the current step between its neighbours with a link to every
 * level, the home page a column of cards, and the comparison the narrow screens' blocks.
 */
export const MOST_LEVELS_ACROSS = 5;

/** The steps a level page's ladder shows: every step, or, on a ladder too long to show whole, the one before `current`, it, and the one after. */
export function shownSteps(levels: Level[], current: Level): Level[] {
  if (levels.length <= MOST_LEVELS_ACROSS) return levels;
  const index = levels.indexOf(current);
  return levels.slice(Math.max(0, index - 1), index + 2);
}
