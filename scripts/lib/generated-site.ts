/**
 * Content npm test generates and exports besides the site's own, in folders of their own so that
 * its export runs beside the real one's checks: awkward content at every limit
 * (tests/agreement/write-content.ts). Steps that check an export take these folders too.
 */
export const generatedSite = {
  contentDir: ".test-results/generated/content",
  exportDir: ".test-results/generated/out",
};
