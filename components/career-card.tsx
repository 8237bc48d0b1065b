import type { Career } from "@/lib/content/model";
import { paths } from "@/lib/site";

interface CareerCardProps {
  career: Career;
}

/** A career on the home page: its promise and its ladder at a glance. */
export function CareerCard({ career }: CareerCardProps) {
  return (
    <article className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">
        <a href={paths.career(career.slug)} className="underline-offset-4 hover:underline">
          {career.title}
        </a>
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{career.tagline}</p>
      <ol aria-label={`${career.title} levels`} className="mt-6 flex flex-col gap-3 sm:flex-row sm:items-stretch">
        {career.levels.map((level, index) => (
          <li key={level.slug} className="flex flex-1 items-center gap-3 sm:flex-col sm:items-start sm:gap-1 sm:rounded-lg sm:bg-slate-50 sm:p-3 sm:dark:bg-slate-800/60">
            <span aria-hidden="true" className="flex size-7 shrink-0 items-center justify-center rounded-full bg-teal-700 text-sm font-semibold text-white dark:bg-teal-500 dark:text-slate-950">
              {index + 1}
            </span>
            <span>
              <a href={paths.level(career.slug, level.slug)} className="font-medium text-teal-700 underline underline-offset-2 dark:text-teal-300">
                {level.title}
              </a>
              <span className="block text-sm text-slate-600 dark:text-slate-400">{level.roles.join(", ")}</span>
            </span>
          </li>
        ))}
      </ol>
      <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2 text-sm font-medium">
        <a href={paths.career(career.slug)} className="text-teal-700 underline underline-offset-2 dark:text-teal-300">
          Read the {career.title.toLowerCase()} guide
        </a>
        <a href={paths.compare(career.slug)} className="text-teal-700 underline underline-offset-2 dark:text-teal-300">
          Compare the levels
        </a>
      </p>
    </article>
  );
}
