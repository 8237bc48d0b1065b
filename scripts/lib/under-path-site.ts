import { EXPORT_SITE_URL } from "./ports";

/**
 * The site as npm test exports it a second time: for a SITE_URL with a path, as GitHub Pages
 * serves a project (`https://org.github.io/career-guide/`), and served at that path, so that the
 * link check and the browser tests see any address that forgets it.
 */
export const underPathSite = {
  basePath: "/guide",
  siteUrl: `${EXPORT_SITE_URL}/guide/`,
  exportDir: ".test-results/under-path/out",
};
