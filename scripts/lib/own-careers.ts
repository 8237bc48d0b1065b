import { type Career, loadContent } from "../../lib/content";

/** The site's own careers, which npm test's generated site (generated-site.ts) holds beside generated ones. */
export const ownCareers = (): Career[] => loadContent("content").value;

/** The slugs of the site's own careers, to tell them from generated ones. */
export const ownCareerSlugs = (): ReadonlySet<string> => new Set(ownCareers().map((career) => career.slug));
