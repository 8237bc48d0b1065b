import type { Career } from "@/lib/content";
import { careerPaths, forksOf } from "@/lib/ladder";
import { ComparisonTable } from "./comparison-table";

interface CareerComparisonProps {
  career: Career;
}

/**
 * The career's levels compared along one path at a time. Where the career forks, each track's path
 * is a disclosure the reader opens, the first open, and opening one closes the other where the
 * browser knows `name` on details; with no script, each is there for the reader to choose.
 */
export function CareerComparison({ career }: CareerComparisonProps) {
  const paths = careerPaths(career);
  if (paths.length === 1) return <ComparisonTable career={career} path={paths[0]!} idPrefix="level" />;
  const forks = forksOf(career).map((fork) => fork.title);
  return (
    <div className="space-y-4">
      <p className="max-w-prose text-slate-700 dark:text-slate-300">
        {forks.length > 0
          ? `The career forks after ${forks.join(" and after ")} into ${career.tracks.join(" and ")}.`
          : `The career runs as ${career.tracks.length} tracks side by side: ${career.tracks.join(" and ")}.`}{" "}
        Choose a track to compare the levels along it.
      </p>
      {paths.map((path, index) => (
        <details key={path.track} name="comparison-track" open={index === 0} className="comparison-track rounded-xl border border-edge">
          <summary className="cursor-pointer p-4 font-semibold text-slate-900 dark:text-white">
            {path.track} track
            <span className="block text-sm font-normal text-slate-600 dark:text-slate-400">{path.levels.map((level) => level.title).join(" → ")}</span>
          </summary>
          <div className="p-2 sm:p-4">
            <ComparisonTable career={career} path={path} idPrefix={`track-${index + 1}`} />
          </div>
        </details>
      ))}
    </div>
  );
}
