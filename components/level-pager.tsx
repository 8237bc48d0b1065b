import type { Level } from "@/lib/content";
import { paths } from "@/lib/site";

interface LevelPagerProps {
  careerSlug: string;
  previous?: Level;
  /** Every level that grows from this one, each named with its track where the career forks. */
  next: Level[];
}

/** Links to the neighbouring rungs of the ladder: the level before, and each level after. */
export function LevelPager({ careerSlug, previous, next }: LevelPagerProps) {
  if (!previous && next.length === 0) return null;
  const cardClass = "flex flex-col rounded-lg border border-edge p-4 hover:border-teal-600 dark:hover:border-teal-400";
  return (
    <nav aria-label="Levels" className="mt-12 grid gap-4 sm:grid-cols-2 print:hidden">
      {previous && (
        <a href={paths.level(careerSlug, previous.slug)} rel="prev" className={`${cardClass} sm:row-span-2 sm:self-start`}>
          <span className="text-sm text-slate-600 dark:text-slate-400">Previous level</span>
          <span className="font-semibold text-slate-900 dark:text-white">← {previous.title}</span>
        </a>
      )}
      {next.map((level) => (
        <a key={level.slug} href={paths.level(careerSlug, level.slug)} rel="next" className={`${cardClass} sm:col-start-2 sm:text-right`}>
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {level.track && next.length > 1 ? `Next level, ${level.track} track` : "Next level"}
          </span>
          <span className="font-semibold text-slate-900 dark:text-white">{level.title} →</span>
        </a>
      ))}
    </nav>
  );
}
