/**
 * `npm run content-schema`: writes what editors read about the contract, after a change to
 * lib/content/schema.ts or lib/content/limits.ts: the frontmatter as JSON Schema in
 * content/schema/, and the limits table in content/README.md. A unit test fails while either is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FRONTMATTER_SCHEMA_DIR, frontmatterSchemaFiles, withLimitsTable } from "../lib/content";
import { commandLine } from "./lib/command-line";

const EDITORS_GUIDE = "content/README.md";

commandLine("usage: npm run content-schema", {});

mkdirSync(FRONTMATTER_SCHEMA_DIR, { recursive: true });
for (const { file, text } of frontmatterSchemaFiles()) {
  writeFileSync(path.join(FRONTMATTER_SCHEMA_DIR, file), text);
  console.log(`wrote ${path.join(FRONTMATTER_SCHEMA_DIR, file)}`);
}
writeFileSync(EDITORS_GUIDE, withLimitsTable(readFileSync(EDITORS_GUIDE, "utf8")));
console.log(`wrote the limits table in ${EDITORS_GUIDE}`);
