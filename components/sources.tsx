import type { Career } from "@/lib/content/model";
import { linkClass } from "./link-class";
import { Section } from "./section";

interface SourcesProps {
  career: Career;
}

/** Where to find pay and outlook, and the occupation codes, each with where it comes from. */
export function Sources({ career }: SourcesProps) {
  if (career.occupationCodes.length === 0 && career.resources.length === 0) return null;
  return (
    <Section id="sources" title="Where to find pay and outlook">
      <p className="mb-4 max-w-prose text-slate-700 dark:text-slate-300">
        Pay and job outlook change every year, so we link to the official figures rather than copying them.
      </p>
      {career.resources.length > 0 && (
        <ul className="space-y-3">
          {career.resources.map((resource) => (
            <li key={resource.url}>
              <a href={resource.url} className={linkClass}>
                {resource.title}
              </a>
              {resource.publisher && <span className="block text-sm text-slate-600 dark:text-slate-400">{resource.publisher}</span>}
            </li>
          ))}
        </ul>
      )}
      {career.occupationCodes.length > 0 && (
        <>
          <h3 className="mt-6 mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">Occupation codes</h3>
          <ul className="space-y-1 text-sm text-slate-700 dark:text-slate-300">
            {career.occupationCodes.map((occupation) => (
              <li key={`${occupation.system}-${occupation.code}`}>
                {occupation.system} {occupation.url ? <a href={occupation.url} className={linkClass}>{occupation.code}</a> : occupation.code}{" "}
                {occupation.title}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
