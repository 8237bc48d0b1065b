import type { BrowseLinks as Links } from "@/lib/pages/browse";
import { LetterBar } from "./letter-bar";
import { linkClass } from "./link-class";
import { Section } from "./section";

interface BrowseLinksProps {
  links: Links;
}

/**
 * The ways into the catalogue: every family, and every part of the A-Z index of job titles, so a
 * reader who knows only their job title reaches its level within two clicks of the home page.
 */
export function BrowseLinks({ links }: BrowseLinksProps) {
  return (
    <>
      <Section id="job-titles" title="Find your job title, A to Z">
        <LetterBar letters={links.letters} />
      </Section>
      <Section id="families" title="Browse careers by family">
        <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {links.families.map((family) => (
            <li key={family.href}>
              <a href={family.href} className={linkClass}>
                {family.name}
              </a>{" "}
              <span className="text-sm text-slate-600 dark:text-slate-400">({family.count})</span>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
