import { familiesOf } from "../browse";
import type { Career, Level } from "../content";
import { paths, site } from "../site";
import { escapeHtml } from "../text";

/**
 * One page as the search index reads it: its address, and a small HTML document of what a reader
 * searches it by. Pagefind ranks words by the weight of the element that holds them (0 to 10,
 * body text 1), so a page's title and the job titles it names come before everything it mentions.
 */
export interface SearchRecord {
  url: string;
  html: string;
}

/**
 * A page's address as the index keeps it: from the site's root, as Pagefind puts the address of the
 * folder its bundle sits in (the base path) in front of it.
 */
const fromSiteRoot = (path: string) => path.slice(site.basePath.length);

/**
 * What the search page shows of each result, read back from the index by public/site-search.js,
 * which names these fields as written here (the browser tests fail when the two part).
 */
export const SEARCH_META = { career: "career", roles: "roles" } as const;
/** The filter a reader narrows results by on the search page (public/site-search.js names it too). */
export const FAMILY_FILTER = "family";

const WEIGHT = { title: 10, jobTitles: 10, career: 5, careerJobTitles: 4 } as const;

const element = (tag: string, attributes: Record<string, string | number>, inner: string) =>
  `<${tag}${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join("")}>${inner}</${tag}>`;
const list = (items: readonly string[]) => (items.length > 0 ? `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>` : "");

/**
 * The family as a filter, kept out of the words searched: every career of a family would otherwise
 * match the family's name ("Business", "Operations").
 */
const familyFilter = (family: string) =>
  element("div", { "data-pagefind-ignore": "index" }, element("span", { "data-pagefind-filter": FAMILY_FILTER }, escapeHtml(family)));

const documentOf = (body: string) => `<!doctype html><html lang="en"><body>${body}</body></html>`;

function careerRecord(career: Career, family: string): SearchRecord {
  const jobTitles = [...new Set(career.levels.flatMap((level) => level.roles))];
  return {
    url: fromSiteRoot(paths.career(career.slug)),
    html: documentOf(
      [
        element("h1", { "data-pagefind-weight": WEIGHT.title }, escapeHtml(career.title)),
        element("p", { "data-pagefind-weight": WEIGHT.careerJobTitles, "data-pagefind-meta": SEARCH_META.roles }, escapeHtml(jobTitles.join(", "))),
        element("p", {}, escapeHtml(career.tagline)),
        // Sanitized when the content was loaded: the same HTML the overview shows.
        career.roleHtml,
        familyFilter(family),
      ].join(""),
    ),
  };
}

function levelRecord(career: Career, level: Level, family: string): SearchRecord {
  return {
    url: fromSiteRoot(paths.level(career.slug, level.slug)),
    html: documentOf(
      [
        element("h1", { "data-pagefind-weight": WEIGHT.title }, escapeHtml(level.title)),
        element("p", { "data-pagefind-weight": WEIGHT.jobTitles, "data-pagefind-meta": SEARCH_META.roles }, escapeHtml(level.roles.join(", "))),
        element("p", { "data-pagefind-weight": WEIGHT.career, "data-pagefind-meta": SEARCH_META.career }, escapeHtml(career.title)),
        list(level.requirements),
        list(level.duties),
        list(level.certifications.map((certification) => certification.name)),
        level.narrativeHtml,
        familyFilter(family),
      ].join(""),
    ),
  };
}

/** Every career's overview and every level page, as the search index holds them. */
export function searchRecords(careers: readonly Career[]): SearchRecord[] {
  return familiesOf(careers).flatMap((family) =>
    family.careers.flatMap((career) => [careerRecord(career, family.name), ...career.levels.map((level) => levelRecord(career, level, family.name))]),
  );
}
