import type { Career } from "@/lib/content/model";
import { paths } from "@/lib/site";

interface LevelLadderProps {
  career: Career;
  /** Heading level of each card's title, so the ladder fits the page's outline. */
  headingLevel?: "h3" | "h2";
}

/** The career's levels as linked cards, most junior first. */
export function LevelLadder({ career, headingLevel: Heading = "h3" }: LevelLadderProps) {
  return (
    <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {career.levels.map((level, index) => (
        <li key={level.slug} className="relative flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-teal-600 hover:shadow-md focus-within:border-teal-600 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-teal-400">
          <p className="text-xs font-semibold uppercase tracking-wider text-slate-600 dark:text-slate-400">
            Step {index + 1} of {career.levels.length}
          </p>
          <Heading className="mt-1 text-lg font-semibold text-slate-900 dark:text-white">
            <a href={paths.level(career.slug, level.slug)} className="after:absolute after:inset-0 after:rounded-xl">
              {level.title}
            </a>
          </Heading>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{level.roles.join(", ")}</p>
          {level.requirements[0] && (
            <p className="mt-3 border-t border-slate-100 pt-3 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <span className="font-medium text-slate-800 dark:text-slate-200">What it takes: </span>
              {level.requirements[0]}
              {level.requirements.length > 1 && ` and ${level.requirements.length - 1} more`}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
