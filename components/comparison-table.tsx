import Link from "next/link";
import type { Career, Level } from "@/lib/content/model";
import { paths } from "@/lib/site";

interface ComparisonTableProps {
  career: Career;
}

const rowHeaderClass =
  "sticky left-0 z-10 w-36 border-r border-slate-200 bg-slate-50 p-4 text-left align-top text-sm font-semibold text-slate-900 print:static dark:border-slate-800 dark:bg-slate-900 dark:text-white";
const cellClass = "min-w-56 p-4 align-top text-sm text-slate-700 dark:text-slate-300";

function Items({ items, muted = false }: { items: string[]; muted?: boolean }) {
  return (
    <ul className={`list-disc space-y-1 pl-5 ${muted ? "text-slate-600 marker:text-slate-400 dark:text-slate-400" : "marker:text-teal-600"}`}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function RequirementsCell({ level }: { level: Level }) {
  return (
    <div className="space-y-3">
      {level.requirements.length > 0 && (
        <div>
          <p className="mb-1 text-xs font-semibold uppercase tracking-wider text-teal-700 dark:text-teal-300">New at this level</p>
          <Items items={level.requirements} />
        </div>
      )}
      {level.inheritedRequirements.map((group) => (
        <div key={group.level.slug}>
          <p className="mb-1 text-xs font-semibold uppercase tracking-wider text-slate-600 dark:text-slate-400">From {group.level.title}</p>
          <Items items={group.requirements} muted />
        </div>
      ))}
    </div>
  );
}

/** Every level side by side; one real table, scrolling inside its own region on narrow screens. */
export function ComparisonTable({ career }: ComparisonTableProps) {
  const captionId = `compare-${career.slug}`;
  return (
    <section
      aria-labelledby={captionId}
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm print:overflow-visible print:border-0 print:shadow-none dark:border-slate-800 dark:bg-slate-950"
    >
      <table className="w-full border-collapse">
        <caption id={captionId} className="px-4 pt-4 pb-2 text-left text-sm text-slate-600 dark:text-slate-400">
          {career.title}: roles, requirements and duties at each level, from most junior to most senior
        </caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <td className={`${rowHeaderClass} border-b-0`} />
            {career.levels.map((level) => (
              <th key={level.slug} scope="col" className="p-4 text-left align-bottom text-base font-semibold text-slate-900 dark:text-white">
                <Link href={paths.level(career.slug, level.slug)} className="text-teal-700 underline underline-offset-2 dark:text-teal-300">
                  {level.title}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          <tr>
            <th scope="row" className={rowHeaderClass}>
              Types of roles
            </th>
            {career.levels.map((level) => (
              <td key={level.slug} className={cellClass}>
                <Items items={level.roles} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className={rowHeaderClass}>
              Requirements
            </th>
            {career.levels.map((level) => (
              <td key={level.slug} className={cellClass}>
                <RequirementsCell level={level} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className={rowHeaderClass}>
              Duties
            </th>
            {career.levels.map((level) => (
              <td key={level.slug} className={cellClass}>
                <Items items={level.duties} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
