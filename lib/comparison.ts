import type { Level } from "./content";
import { MOST_LEVELS_ACROSS } from "./navigation";

/**
 * Whether a comparison of these levels is shown as a table on wide screens, not only on paper: as
 * many levels as fit across (the page's column is at most 61rem wide, main's max-w-5xl less its padding).
 */
export function comparisonTableFitsScreen(levels: readonly Level[]): boolean {
  return levels.length <= MOST_LEVELS_ACROSS;
}
