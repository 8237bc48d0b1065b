import type { ReactNode } from "react";
import type { Career, Level } from "@/lib/content/model";
import { paths } from "@/lib/site";

interface ComparisonTableProps {
  career: Career;
}

const rowHeaderClass =
  "sticky left-0 z-10 w-28 border-r border-slate-200 bg-slate-50 p-3 text-left align-top text-sm font-semibold text-slate-900 sm:w-36 sm:p-4 print:static dark:border-slate-800 dark:bg-slate-900 dark:text-white";
const cellClass = "min-w-52 p-3 align-top sm:min-w-56 sm:p-4 text-sm text-slate-700 dark:text-slate-300";

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

const rows: { label: string; cell: (level: Level) => ReactNode }[] = [
  { label: "Types of roles", cell: (level) => <Items items={level.roles} /> },
  { label: "Requirements", cell: (level) => <RequirementsCell level={level} /> },
  { label: "Duties", cell: (level) => <Items items={level.duties} /> },
];

/** Every level side by side; one real table, scrolling inside its own region on narrow screens. */
export function ComparisonTable({ career }: ComparisonTableProps) {
  const captionId = `compare-${career.slug}`;
  return (
    <>
      <p className="mb-3 text-sm text-slate-600 sm:hidden print:hidden dark:text-slate-400">
        Scroll the table sideways to see every level.
      </p>
      <section
        aria-labelledby={captionId}
        tabIndex={0}
        className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm print:overflow-visible print:border-0 print:shadow-none dark:border-slate-800 dark:bg-slate-950"
      >
        <table className="w-full border-collapse">
          <caption id={captionId} className="text-left text-sm text-slate-600 dark:text-slate-400">
            {/* Sticky and narrower than a phone, so the caption stays readable while the table scrolls. */}
            <span className="sticky left-0 inline-block max-w-[calc(100vw-3rem)] px-4 pt-4 pb-2">
              {career.title}: roles, requirements and duties at each level, from most junior to most senior
            </span>
          </caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <td className={`${rowHeaderClass} border-b-0`} />
              {career.levels.map((level) => (
                <th key={level.slug} scope="col" className="p-4 text-left align-bottom text-base font-semibold text-slate-900 dark:text-white">
                  <a href={paths.level(career.slug, level.slug)} className="text-teal-700 underline underline-offset-2 dark:text-teal-300">
                    {level.title}
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" className={rowHeaderClass}>
                  {row.label}
                </th>
                {career.levels.map((level) => (
                  <td key={level.slug} className={cellClass}>
                    {row.cell(level)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
