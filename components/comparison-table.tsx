import type { ReactNode } from "react";
import { comparisonTableFitsScreen } from "@/lib/comparison";
import type { Career, Level } from "@/lib/content";
import type { CareerPath } from "@/lib/ladder";
import { paths } from "@/lib/site";
import { BulletList } from "./bullet-list";
import { CertificationList } from "./certification-list";
import { headingLinkClass } from "./link-class";
import { Requirements } from "./requirements";

interface ComparisonTableProps {
  career: Career;
  /** The levels compared: the whole ladder, or one track's path where the career forks. */
  path: CareerPath;
  /** Sets the table's ids apart from another path's on the same page. */
  idPrefix: string;
}

const fields: { label: string; content: (level: Level) => ReactNode }[] = [
  { label: "Types of roles", content: (level) => <BulletList items={level.roles} /> },
  { label: "Requirements", content: (level) => <Requirements level={level} /> },
  {
    label: "Certifications",
    content: (level) => (level.certifications.length > 0 ? <CertificationList certifications={level.certifications} /> : <p>None listed</p>),
  },
  { label: "Duties", content: (level) => <BulletList items={level.duties} /> },
];

/**
 * Every level side by side. Wide screens get one real table when its columns fit (see
 * comparisonTableFitsScreen), paper always; other screens get a block per level instead, read top
 * to bottom. Only one of the two is displayed at any width, so assistive technology meets one
 * copy. Every cell wraps anywhere, so a long word never runs under the next column.
 */
export function ComparisonTable({ career, path, idPrefix }: ComparisonTableProps) {
  const { levels, track } = path;
  const caption = `${career.title}${track ? `, ${track} track` : ""}: roles, requirements, certifications and duties at each level, from most junior to most senior`;
  return (
    <div className={comparisonTableFitsScreen(levels) ? "comparison comparison-fits" : "comparison"}>
      <div className="comparison-wide rounded-xl border border-edge">
        <table className="w-full table-fixed border-separate border-spacing-0 text-sm text-slate-700 wrap-anywhere dark:text-slate-300">
          <caption className="px-4 pt-4 pb-2 text-left text-slate-600 dark:text-slate-400">{caption}</caption>
          <thead>
            <tr>
              <td className="w-36" />
              {levels.map((level) => (
                <th key={level.slug} scope="col" className="p-4 text-left align-bottom text-base font-semibold text-slate-900 dark:text-white">
                  <a href={paths.level(career.slug, level.slug)} className={headingLinkClass}>
                    {level.title}
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field.label}>
                {/* The last row's header rounds its corner with the frame's, which clips nothing. */}
                <th
                  scope="row"
                  className="border-t border-edge bg-slate-50 p-4 text-left align-top font-semibold text-slate-900 in-[tr:last-child]:rounded-bl-[11px] dark:bg-slate-900 dark:text-white"
                >
                  {field.label}
                </th>
                {levels.map((level) => (
                  <td key={level.slug} className="border-t border-edge p-4 align-top">
                    {field.content(level)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="comparison-narrow space-y-6 wrap-break-word">
        <p className="text-slate-600 dark:text-slate-400">{caption}.</p>
        {/* A level on the path of either track is a block in each: its track keeps the two blocks' names apart. */}
        {track && (
          <span id={`${idPrefix}--track`} className="sr-only">
            on the {track} track
          </span>
        )}
        {levels.map((level) => (
          <section
            key={level.slug}
            aria-labelledby={track ? `${idPrefix}-${level.slug} ${idPrefix}--track` : `${idPrefix}-${level.slug}`}
            className="rounded-xl border border-edge p-4"
          >
            <h2 id={`${idPrefix}-${level.slug}`} className="text-lg font-semibold text-slate-900 dark:text-white">
              <a href={paths.level(career.slug, level.slug)} className={headingLinkClass}>
                {level.title}
              </a>
            </h2>
            {fields.map((field) => (
              <div key={field.label} className="mt-4 text-sm text-slate-700 dark:text-slate-300">
                <h3 className="mb-2 font-semibold text-slate-900 dark:text-white">{field.label}</h3>
                {field.content(level)}
              </div>
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
