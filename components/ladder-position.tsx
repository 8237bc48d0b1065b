import type { Career, Level } from "@/lib/content/model";
import { paths } from "@/lib/site";

interface LadderPositionProps {
  career: Career;
  current: Level;
}

const stepClass = "inline-flex min-h-8 items-center gap-2 rounded-full border px-3 py-1";
const numberClass = "flex size-6 items-center justify-center rounded-full text-xs font-semibold";

/** A compact ladder for a level page: every step, with the one the reader is on marked. */
export function LadderPosition({ career, current }: LadderPositionProps) {
  return (
    <nav aria-label={`${career.title} career path`} className="mt-6 print:hidden">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-2 text-sm">
        {career.levels.map((level) => (
          <li key={level.slug} className="flex items-center gap-1 [&:not(:first-child)]:before:h-0.5 [&:not(:first-child)]:before:w-4 [&:not(:first-child)]:before:bg-edge">
            {level === current ? (
              <span aria-current="step" className={`${stepClass} border-teal-700 bg-teal-700 font-semibold text-white dark:border-teal-400 dark:bg-teal-400 dark:text-slate-950`}>
                <span className={`${numberClass} bg-white text-teal-800 dark:bg-slate-950 dark:text-teal-300`}>{level.step}</span>
                {level.title}
              </span>
            ) : (
              <a href={paths.level(career.slug, level.slug)} className={`${stepClass} border-edge text-slate-700 hover:border-teal-600 dark:text-slate-300 dark:hover:border-teal-400`}>
                <span aria-hidden="true" className={`${numberClass} bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100`}>{level.step}</span>
                {level.title}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
