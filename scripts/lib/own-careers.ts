import { type Career, loadContent } from "../../lib/content";

/** The site's own careers, which npm test's generated site (generated-site.ts) holds beside generated ones. */
export const ownCareers = (): Career[] => loadContent("content").value;
