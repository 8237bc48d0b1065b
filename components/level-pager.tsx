import type { Level } from "@/lib/content";
import { paths } from "@/lib/site";

interface LevelPagerProps {
  careerSlug: string;
  previous?: Level;
  next?: Level;
}

/** Links to the neighbouring rungs of the ladder. */
export function LevelPager({ careerSlug, previous, next }: LevelPagerProps) {
  if (!previous && !next) return null;
  const cardClass = "flex flex-col rounded-lg border border-edge p-4 hover:border-teal-600 dark:hover:border-teal-400";
  return (
    <nav aria-label="Levels" className="mt-12 grid gap-4 sm:grid-cols-2 print:hidden">
      {previous && (
        <a href={paths.level(careerSlug, previous.slug)} rel="prev" className={cardClass}>
          <span className="text-sm text-slate-600 dark:text-slate-400">Previous level</span>
          <span className="font-semibold text-slate-900 dark:text-white">← {previous.title}</span>
        </a>
      )}
      {next && (
        <a href={paths.level(careerSlug, next.slug)} rel="next" className={`${cardClass} sm:col-start-2 sm:text-right`}>
          <span className="text-sm text-slate-600 dark:text-slate-400">Next level</span>
          <span className="font-semibold text-slate-900 dark:text-white">{next.title} →</span>
        </a>
      )}
    </nav>
  );
}
