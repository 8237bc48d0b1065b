// Writes a Pagefind index from records prepared by write-index.ts, read as JSON from stdin:
// { outputPath, records: [{ url, html }] }. A process of its own because Pagefind is an ES module
// alone and the build loads next.config.ts, which writes the index, as CommonJS.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";

// Pagefind writes its ready-made interfaces beside the index, and WebAssembly for pages of no known
// language: the search page has an interface of its own (public/site-search.js) on an English
// index, so no host serves them.
const UNUSED_BUNDLE_FILE = /^(pagefind-(component-ui|modular-ui|ui|highlight)\.|wasm\.unknown\.)/;

const { outputPath, records } = JSON.parse(readFileSync(0, "utf8"));
const problems = [];
const note = (step, errors) => problems.push(...errors.map((error) => `${step}: ${error}`));
try {
  // Every page is English (app/layout.tsx): one index, with English word forms.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  note("starting", errors);
  for (const record of index ? records : []) note(record.url, (await index.addHTMLFile({ url: record.url, content: record.html })).errors);
  if (index && problems.length === 0) note("writing", (await index.writeFiles({ outputPath })).errors);
} finally {
  await pagefind.close();
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
for (const name of readdirSync(outputPath).filter((file) => UNUSED_BUNDLE_FILE.test(file))) rmSync(path.join(outputPath, name));
