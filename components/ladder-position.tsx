import type { Career, Level } from "@/lib/content";
import { levelOf, pathTo } from "@/lib/ladder";
import { MOST_LEVELS_ACROSS, shownSteps } from "@/lib/navigation";
import { paths } from "@/lib/site";
import { linkClass } from "./link-class";

interface LadderPositionProps {
  career: Career;
  current: Level;
}

const stepClass = "flex flex-col items-center gap-1 px-1 text-center";
const numberClass = "relative z-10 flex size-7 items-center justify-center rounded-full border-2 text-xs font-semibold";

function Step({ career, level, current }: { career: Career; level: Level; current: Level }) {
  if (level === current)
    return (
      <span aria-current="step" className={`${stepClass} font-semibold text-slate-900 dark:text-white`}>
        <span className={`${numberClass} border-teal-700 bg-teal-700 text-white dark:border-teal-400 dark:bg-teal-400 dark:text-slate-950`}>{level.step}</span>
        {level.title}
      </span>
    );
  return (
    <a
      href={paths.level(career.slug, level.slug)}
      className={`${stepClass} rounded-md text-slate-700 hover:text-teal-800 dark:text-slate-300 dark:hover:text-teal-200`}
    >
      <span className={`${numberClass} border-edge bg-white text-slate-700 dark:bg-slate-950 dark:text-slate-200`}>{level.step}</span>
      {/* Underlined apart from its number: an underline set on the link would also cross the digit. */}
      <span className="underline decoration-slate-400 underline-offset-2">
        {level.title}
        {level.track && level.track !== current.track && <span className="sr-only"> ({level.track})</span>}
      </span>
    </a>
  );
}

/**
 * The steps a level page's ladder shows, each a list of the levels at that step: on a single
 * ladder, every step or the current one's neighbours (shownSteps); where the career forks, the
 * path that leads to the current level, then every level that grows from it, side by side.
 */
function stepsAround(career: Career, current: Level): Level[][] {
  if (career.tracks.length === 0) return shownSteps(career.levels, current).map((level) => [level]);
  const next = current.nextSteps.map((nextStep) => levelOf(career, nextStep));
  const steps = [...pathTo(career, current).map((level) => [level]), ...(next.length > 0 ? [next] : [])];
  return steps.length <= MOST_LEVELS_ACROSS ? steps : steps.slice(steps.findIndex(([level]) => level === current) - 1);
}

/** A compact ladder for a level page, with the step the reader is on marked and every step it leads to. */
export function LadderPosition({ career, current }: LadderPositionProps) {
  const steps = stepsAround(career, current);
  return (
    <nav aria-label={`${career.title} career path`} className="mt-6 max-w-xl print:hidden">
      <ol className="stepper grid auto-cols-fr grid-flow-col text-sm">
        {steps.map((levels) => (
          <li key={levels[0]!.slug} className="flex flex-col gap-3">
            {levels.map((level) => (
              <Step key={level.slug} career={career} level={level} current={current} />
            ))}
          </li>
        ))}
      </ol>
      {steps.flat().length < career.levels.length && (
        <p className="mt-3 text-center text-sm">
          <a href={`${paths.career(career.slug)}#path`} className={`inline-flex min-h-6 items-center ${linkClass}`}>
            All {career.levels.length} levels
          </a>
        </p>
      )}
    </nav>
  );
}
