import type { Career } from "@/lib/content";
import { branchesOf, forksOf, pathEnds, stepCount } from "@/lib/ladder";
import { BulletList } from "./bullet-list";

interface CareerAtAGlanceProps {
  career: Career;
}

/**
 * The shape of the career before its prose: how many levels, the roles from first to last, what
 * the start asks for and where it forks. A ladder that starts or ends on tracks names each track's
 * first or last level.
 */
export function CareerAtAGlance({ career }: CareerAtAGlanceProps) {
  if (career.levels.length === 0) return null;
  const { firsts, lasts } = pathEnds(career);
  const factClass = "rounded-xl border border-edge p-4";
  const termClass = "text-sm font-semibold text-slate-600 dark:text-slate-400";
  const forks = forksOf(career);
  return (
    <section aria-label="At a glance" className="-mt-4 mb-4">
      <dl className="grid gap-3 sm:grid-cols-[auto_1fr] lg:grid-cols-[auto_1fr_2fr]">
        <div className={factClass}>
          <dt className={termClass}>Levels</dt>
          <dd className="mt-1 text-2xl font-semibold text-slate-900 dark:text-white">{career.levels.length}</dd>
        </div>
        <div className={factClass}>
          <dt className={termClass}>Roles</dt>
          <dd className="mt-1 text-slate-900 dark:text-slate-100">
            {stepCount(career) === 1
              ? firsts.flatMap((first) => first.roles).join(", ")
              : `From ${firsts.map((first) => first.roles[0]).join(" or ")} to ${lasts.map((last) => last.roles.at(-1)).join(" or ")}`}
          </dd>
        </div>
        <div className={`${factClass} sm:col-span-2 lg:col-span-1`}>
          <dt className={termClass}>To start</dt>
          {firsts.map((first) => (
            <dd key={first.slug} className="mt-1 text-slate-900 dark:text-slate-100">
              {firsts.length > 1 && <span className="font-semibold">{`${first.title}, ${first.track} track: `}</span>}
              {first.requirements.length > 0 ? <BulletList items={first.requirements} /> : "No formal requirements"}
            </dd>
          ))}
        </div>
        {forks.length > 0 && (
          <div className={`${factClass} sm:col-span-2 lg:col-span-3`}>
            <dt className={termClass}>Forks</dt>
            {forks.map((fork) => (
              <dd key={fork.slug} className="mt-1 text-slate-900 dark:text-slate-100">
                After {fork.title}, into{" "}
                {branchesOf(career, fork)
                  .map((branch) => `${branch.track} (${branch.title})`)
                  .join(" or ")}
              </dd>
            ))}
          </div>
        )}
      </dl>
    </section>
  );
}
