/**
 * Content npm test generates and exports besides the site's own, in folders of their own so that
 * its export runs beside the real one's checks: awkward content at every limit and a catalogue of
 * synthetic careers (tests/agreement/write-content.ts), in one content folder so that one export
 * serves both. Steps that check an export take these folders too.
 */
export const generatedSite = {
  contentDir: ".test-results/generated/content",
  exportDir: ".test-results/generated/out",
  /** Careers of scripts/lib/synthetic-content.ts: several families, job titles shared across them, listings of more than one entry. */
  syntheticCareers: 50,
};
