/**
 * `npm run content-schema`: writes the frontmatter contract as JSON Schema to content/schema/,
 * after a change to lib/content/schema.ts. A unit test fails while the committed files are stale.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FRONTMATTER_SCHEMA_DIR, frontmatterSchemaFiles } from "../lib/content/frontmatter-json-schema";

mkdirSync(FRONTMATTER_SCHEMA_DIR, { recursive: true });
for (const { file, text } of frontmatterSchemaFiles()) {
  writeFileSync(path.join(FRONTMATTER_SCHEMA_DIR, file), text);
  console.log(`wrote ${path.join(FRONTMATTER_SCHEMA_DIR, file)}`);
}
