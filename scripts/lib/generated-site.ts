import { EXPORT_SITE_URL } from "./ports";

/**
 * The one site npm test exports: the real guide beside generated awkward content at every limit
 * and a catalogue of synthetic careers (tests/agreement/write-content.ts), in one content folder,
 * for a SITE_URL with a path, as GitHub Pages serves a project (`https://org.github.io/guide/`),
 * and served at that path, so that the link check and the browser tests see any address that
 * forgets it. The site at the root is what `next start` serves in the same run.
 */
export const generatedSite = {
  contentDir: ".test-results/generated/content",
  exportDir: ".test-results/generated/out",
  basePath: "/guide",
  siteUrl: `${EXPORT_SITE_URL}/guide/`,
  /** Careers of scripts/lib/synthetic-content.ts: several families, job titles shared across them, listings of more than one entry. */
  syntheticCareers: 50,
};
