import type { Career } from "@/lib/content";
import { MOST_LEVELS_ACROSS } from "@/lib/navigation";
import { paths } from "@/lib/site";
import { headingLinkClass } from "./link-class";

interface LevelLadderProps {
  career: Career;
}

/** The career's levels as numbered steps joined by a line, most junior first; each whole card links to its level. */
export function LevelLadder({ career }: LevelLadderProps) {
  const across = career.levels.length <= MOST_LEVELS_ACROSS ? "ladder-across sm:auto-cols-fr sm:grid-flow-col" : "";
  return (
    <ol aria-label={`${career.title} levels`} className={`ladder grid gap-4 ${across}`}>
      {career.levels.map((level) => (
        <li key={level.slug}>
          <a
            href={paths.level(career.slug, level.slug)}
            className="flex h-full gap-3 rounded-xl border border-edge bg-white p-4 text-slate-700 hover:border-teal-600 hover:bg-teal-50 sm:flex-col sm:gap-2 dark:bg-slate-900 dark:text-slate-300 dark:hover:border-teal-400 dark:hover:bg-slate-800"
          >
            <span
              aria-hidden="true"
              className="flex size-9 shrink-0 items-center justify-center rounded-full bg-teal-700 font-semibold text-white dark:bg-teal-400 dark:text-slate-950"
            >
              {level.step}
            </span>
            <span>
              <span className="sr-only">Step {level.step}: </span>
              <span className={`block text-lg font-semibold ${headingLinkClass}`}>{level.title}</span>
              <span className="mt-1 block text-sm">{level.roles.join(", ")}</span>
            </span>
          </a>
        </li>
      ))}
    </ol>
  );
}
