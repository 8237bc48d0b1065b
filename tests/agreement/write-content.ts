/**
 * `tsx tests/agreement/write-content.ts <folder>`: writes generated awkward content at every limit
 * (tests/awkward-content.ts) into `folder`, for npm test to check, export, validate and crawl as it
 * does the site's own. Replay a failure with the seed it printed: AGREEMENT_SEED=7 npm run test:agreement.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { awkwardContent } from "../awkward-content";

const [root] = process.argv.slice(2);
if (!root) {
  console.error("Name the folder to write the content to: tsx tests/agreement/write-content.ts <folder>");
  process.exit(1);
}
const seed = Number(process.env.AGREEMENT_SEED ?? 1);
rmSync(root, { recursive: true, force: true });
const files = Object.entries(awkwardContent(seed));
for (const [file, text] of files) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}
console.log(`${root}/: ${files.length} files of awkward content, seed ${seed}`);
