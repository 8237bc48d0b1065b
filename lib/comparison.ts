import type { Career } from "./content";

/**
 * Whether a career's comparison is shown as a table on wide screens, not only on paper. The page's
 * column is at most 61rem wide (main's max-w-5xl less its padding); the row headers take 9rem and
 * each level needs about 10rem for its lists to wrap at a readable measure, so five levels fit.
 * More read better as the narrow screens' blocks than as columns a word or two wide.
 */
export function comparisonTableFitsScreen(career: Career): boolean {
  return career.levels.length <= 5;
}
