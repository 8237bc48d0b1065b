/**
 * Loads the content under CONTENT_DIR once and prints how long `loadContent()` took, as JSON.
 * The benchmark's stand-in for `npm run check` where that script does not exist yet.
 */
import { loadContent } from "../../lib/content/load";

const started = performance.now();
const { careers, issues } = loadContent();
const milliseconds = performance.now() - started;
console.log(JSON.stringify({ careers: careers.length, issues: issues.length, milliseconds }));
