/**
 * `tsx tests/agreement/write-content.ts <folder>`: writes the site's own content, generated awkward
 * content at every limit (tests/awkward-content.ts) and a catalogue of synthetic careers
 * (scripts/lib/synthetic-content.ts) into `folder`, for npm test to check, export, validate and
 * crawl, and to hold to the page budgets and click distances of a catalogue with families and
 * shared job titles. One content folder, so that one export serves all three. Replay a failure with the seed it printed:
 * AGREEMENT_SEED=7 npm run test:agreement.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generatedSite } from "../../scripts/lib/generated-site";
import { writeSyntheticCareers } from "../../scripts/lib/synthetic-content";
import { awkwardContent } from "../awkward-content";

const [root] = process.argv.slice(2);
if (!root) {
  console.error("Name the folder to write the content to: tsx tests/agreement/write-content.ts <folder>");
  process.exit(1);
}
const seed = Number(process.env.AGREEMENT_SEED ?? 1);
rmSync(root, { recursive: true, force: true });
cpSync("content/careers", path.join(root, "careers"), { recursive: true });
const files = Object.entries(awkwardContent(seed));
for (const [file, text] of files) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}
const synthetic = writeSyntheticCareers(root, generatedSite.syntheticCareers);
console.log(`${root}/: ${files.length} files of awkward content, seed ${seed}; ${synthetic.careers} synthetic careers of ${synthetic.levels} levels`);
