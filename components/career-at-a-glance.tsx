import type { Career } from "@/lib/content";
import { forksOf, levelOf } from "@/lib/ladder";
import { BulletList } from "./bullet-list";

interface CareerAtAGlanceProps {
  career: Career;
}

/** The shape of the career before its prose: how many levels, the roles from first to last, where it forks, what the start asks for. */
export function CareerAtAGlance({ career }: CareerAtAGlanceProps) {
  const first = career.levels[0];
  const last = career.levels.at(-1);
  if (!first || !last) return null;
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
            {first === last ? first.roles.join(", ") : `From ${first.roles[0]} to ${last.roles.at(-1)}`}
          </dd>
        </div>
        <div className={`${factClass} sm:col-span-2 lg:col-span-1`}>
          <dt className={termClass}>To start</dt>
          <dd className="mt-1 text-slate-900 dark:text-slate-100">
            {first.requirements.length > 0 ? <BulletList items={first.requirements} /> : "No formal requirements"}
          </dd>
        </div>
        {forks.length > 0 && (
          <div className={`${factClass} sm:col-span-2 lg:col-span-3`}>
            <dt className={termClass}>Forks</dt>
            {forks.map((fork) => (
              <dd key={fork.slug} className="mt-1 text-slate-900 dark:text-slate-100">
                After {fork.title}, into {fork.nextSteps.map((next) => `${levelOf(career, next).track} (${next.title})`).join(" or ")}
              </dd>
            ))}
          </div>
        )}
      </dl>
    </section>
  );
}
