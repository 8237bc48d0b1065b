/**
 * The last step of `npm run export`, after `next build` has written out/: the pages lose
 * Next.js's client runtime, which they do not need (see scripts/lib/static-export.ts).
 */
import { EXPORT_DIR, finishExport } from "./lib/static-export";

try {
  const { pages, removedFiles } = finishExport(EXPORT_DIR);
  console.log(`${EXPORT_DIR}/: ${pages} pages without Next.js's scripts; ${removedFiles} runtime files removed`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
