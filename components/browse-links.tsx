import type { BrowseLinks as Links } from "@/lib/pages/browse";
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
        <ul className="flex flex-wrap gap-x-4 gap-y-2">
          {links.letters.map((letter, index) => (
            <li key={letter.parts[0]} className="flex flex-wrap items-baseline gap-x-2">
              {letter.script && letter.script !== links.letters[index - 1]?.script && (
                <span className="text-sm text-slate-600 dark:text-slate-400">{letter.script}:</span>
              )}
              {letter.parts.map((href, index) => (
                <a
                  key={href}
                  href={href}
                  aria-label={index > 0 ? `${letter.label}, part ${index + 1}` : undefined}
                  className={`inline-block min-w-6 py-0.5 text-center ${linkClass}`}
                >
                  {index > 0 ? `${letter.label} ${index + 1}` : letter.label}
                </a>
              ))}
            </li>
          ))}
        </ul>
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
