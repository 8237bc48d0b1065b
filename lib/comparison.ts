import type { Career } from "./content";
import { MOST_LEVELS_ACROSS } from "./navigation";

/**
 * Whether a career's comparison is shown as a table on wide screens, not only on paper: as many
 * levels as fit across (the page's column is at most 61rem wide, main's max-w-5xl less its padding).
 */
export function comparisonTableFitsScreen(career: Career): boolean {
  return career.levels.length <= MOST_LEVELS_ACROSS;
}
