import { ladderSpan } from "@/lib/browse";
import type { Career } from "@/lib/content";
import { paths } from "@/lib/site";
import { headingLinkClass } from "./link-class";

interface FamilyListingProps {
  careers: readonly Career[];
}

/** A family's careers, each with its promise and the span of its ladder. */
export function FamilyListing({ careers }: FamilyListingProps) {
  return (
    <ol className="divide-y divide-edge">
      {careers.map((career) => (
        <li key={career.slug} className="py-4">
          <h2 className="text-xl font-semibold">
            <a href={paths.career(career.slug)} className={headingLinkClass}>
              {career.title}
            </a>
          </h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{career.tagline}</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{ladderSpan(career)}</p>
        </li>
      ))}
    </ol>
  );
}
