import type { ReactNode } from "react";
import type { Career, Level } from "@/lib/content/model";
import { paths } from "@/lib/site";
import { BulletList } from "./bullet-list";
import { CertificationList } from "./certification-list";
import { headingLinkClass } from "./link-class";
import { Requirements } from "./requirements";

interface ComparisonTableProps {
  career: Career;
}

const fields: { label: string; content: (level: Level) => ReactNode }[] = [
  { label: "Types of roles", content: (level) => <BulletList items={level.roles} /> },
  { label: "Requirements", content: (level) => <Requirements level={level} /> },
  {
    label: "Certifications",
    content: (level) =>
      level.certifications.length > 0 ? <CertificationList certifications={level.certifications} /> : <p>None listed</p>,
  },
  { label: "Duties", content: (level) => <BulletList items={level.duties} /> },
];

/**
 * Every level side by side. Wide screens and paper get one real table; narrow screens get a block
 * per level instead, read top to bottom. Only one of the two is displayed at any width, so
 * assistive technology meets one copy.
 */
export function ComparisonTable({ career }: ComparisonTableProps) {
  const caption = `${career.title}: roles, requirements, certifications and duties at each level, from most junior to most senior`;
  return (
    <>
      <div className="comparison-wide overflow-hidden rounded-xl border border-edge">
        <table className="w-full table-fixed border-collapse text-sm text-slate-700 dark:text-slate-300">
          <caption className="px-4 pt-4 pb-2 text-left text-slate-600 dark:text-slate-400">{caption}</caption>
          <thead>
            <tr className="border-b border-edge">
              <td className="w-36" />
              {career.levels.map((level) => (
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
              <tr key={field.label} className="border-b border-edge last:border-b-0">
                <th scope="row" className="bg-slate-50 p-4 text-left align-top font-semibold text-slate-900 dark:bg-slate-900 dark:text-white">
                  {field.label}
                </th>
                {career.levels.map((level) => (
                  <td key={level.slug} className="p-4 align-top">
                    {field.content(level)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="comparison-narrow space-y-6">
        <p className="text-slate-600 dark:text-slate-400">{caption}.</p>
        {career.levels.map((level) => (
          <section key={level.slug} aria-labelledby={`level-${level.slug}`} className="rounded-xl border border-edge p-4">
            <h2 id={`level-${level.slug}`} className="text-lg font-semibold text-slate-900 dark:text-white">
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
    </>
  );
}
