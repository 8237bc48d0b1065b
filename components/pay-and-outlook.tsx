import type { Career } from "@/lib/content";
import { linkClass } from "./link-class";
import { Section } from "./section";

interface PayAndOutlookProps {
  career: Career;
}

/**
 * Where to find pay and outlook, and the occupation codes, each with where it comes from. A career
 * with codes alone gets a section titled by them, with nothing said about pay it does not link.
 */
export function PayAndOutlook({ career }: PayAndOutlookProps) {
  const { resources, occupationCodes } = career;
  if (resources.length === 0) {
    if (occupationCodes.length === 0) return null;
    return (
      <Section id="occupation-codes" title="Occupation codes">
        <OccupationCodes career={career} />
      </Section>
    );
  }
  return (
    <Section id="pay-and-outlook" title="Where to find pay and outlook">
      <p className="mb-4 max-w-prose text-slate-700 dark:text-slate-300">
        Pay and job outlook change every year, so we link to the official figures rather than copying them.
      </p>
      <ul className="space-y-3">
        {resources.map((resource, index) => (
          <li key={index}>
            <a href={resource.url} className={linkClass}>
              {resource.title}
            </a>
            {resource.publisher && <span className="block text-sm text-slate-600 dark:text-slate-400">{resource.publisher}</span>}
          </li>
        ))}
      </ul>
      {occupationCodes.length > 0 && (
        <>
          <h3 className="mt-6 mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">Occupation codes</h3>
          <OccupationCodes career={career} />
        </>
      )}
    </Section>
  );
}

function OccupationCodes({ career }: PayAndOutlookProps) {
  return (
    <ul className="space-y-1 text-sm text-slate-700 dark:text-slate-300">
      {career.occupationCodes.map((occupation) => (
        <li key={`${occupation.system}-${occupation.code}`}>
          {occupation.system}{" "}
          {occupation.url ? (
            <a href={occupation.url} className={linkClass}>
              {occupation.code}
            </a>
          ) : (
            occupation.code
          )}{" "}
          {occupation.title}
        </li>
      ))}
    </ul>
  );
}
