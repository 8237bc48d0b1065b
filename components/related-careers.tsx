import type { RelatedCareer, RelatedCareers as Related } from "@/lib/browse";
import { paths } from "@/lib/site";
import { linkClass } from "./link-class";
import { Section } from "./section";

interface RelatedCareersProps {
  related: Related;
}

function CareerLinks({ careers }: { careers: RelatedCareer[] }) {
  return (
    <ul className="space-y-2">
      {careers.map(({ career, sharedTitles }) => (
        <li key={career.slug}>
          <a href={paths.career(career.slug)} className={linkClass}>
            {career.title}
          </a>
          {sharedTitles.length > 0 && <span className="text-sm text-slate-600 dark:text-slate-400"> (shares {sharedTitles.join(", ")})</span>}
        </li>
      ))}
    </ul>
  );
}

/** Other careers worth a look from this one: a few of its family, and those that share a job title with it. */
export function RelatedCareers({ related }: RelatedCareersProps) {
  const { family, sameFamily, sharingRoles } = related;
  if (sameFamily.length === 0 && sharingRoles.length === 0) return null;
  return (
    <Section id="related" title="Related careers">
      {sameFamily.length > 0 && (
        <>
          <h3 className="mb-2 font-semibold">
            In{" "}
            <a href={paths.family(family.slug)} className={linkClass}>
              {family.name}
            </a>
          </h3>
          <CareerLinks careers={sameFamily} />
        </>
      )}
      {sharingRoles.length > 0 && (
        <>
          <h3 className="mt-5 mb-2 font-semibold">Sharing a job title</h3>
          <CareerLinks careers={sharingRoles} />
        </>
      )}
    </Section>
  );
}
