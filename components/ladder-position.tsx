import type { Career, Level } from "@/lib/content";
import { shownSteps } from "@/lib/navigation";
import { paths } from "@/lib/site";
import { linkClass } from "./link-class";

interface LadderPositionProps {
  career: Career;
  current: Level;
}

const stepClass = "flex flex-col items-center gap-1 px-1 text-center";
const numberClass = "relative z-10 flex size-7 items-center justify-center rounded-full border-2 text-xs font-semibold";

/** A compact ladder for a level page, with the step the reader is on marked: every step, or its neighbours on a long ladder. */
export function LadderPosition({ career, current }: LadderPositionProps) {
  const steps = shownSteps(career.levels, current);
  return (
    <nav aria-label={`${career.title} career path`} className="mt-6 max-w-xl print:hidden">
      <ol className="stepper grid auto-cols-fr grid-flow-col text-sm">
        {steps.map((level) => (
          <li key={level.slug}>
            {level === current ? (
              <span aria-current="step" className={`${stepClass} font-semibold text-slate-900 dark:text-white`}>
                <span className={`${numberClass} border-teal-700 bg-teal-700 text-white dark:border-teal-400 dark:bg-teal-400 dark:text-slate-950`}>
                  {level.step}
                </span>
                {level.title}
              </span>
            ) : (
              <a
                href={paths.level(career.slug, level.slug)}
                className={`${stepClass} rounded-md text-slate-700 hover:text-teal-800 dark:text-slate-300 dark:hover:text-teal-200`}
              >
                <span className={`${numberClass} border-edge bg-white text-slate-700 dark:bg-slate-950 dark:text-slate-200`}>{level.step}</span>
                {/* Underlined apart from its number: an underline set on the link would also cross the digit. */}
                <span className="underline decoration-slate-400 underline-offset-2">{level.title}</span>
              </a>
            )}
          </li>
        ))}
      </ol>
      {steps.length < career.levels.length && (
        <p className="mt-3 text-center text-sm">
          <a href={`${paths.career(career.slug)}#path`} className={linkClass}>
            All {career.levels.length} levels
          </a>
        </p>
      )}
    </nav>
  );
}
