import path from "node:path";
import { z } from "zod";
import { careerFrontmatterSchema, levelFrontmatterSchema } from "./schema";

/** Where the frontmatter contract is committed for editors' tools; content/README.md links it. */
export const FRONTMATTER_SCHEMA_DIR = path.join("content", "schema");

const contracts = [
  {
    file: "career.schema.json",
    schema: careerFrontmatterSchema.meta({ title: "Career frontmatter", description: "The fields of content/careers/<career>/index.md" }),
  },
  {
    file: "level.schema.json",
    schema: levelFrontmatterSchema.meta({ title: "Level frontmatter", description: "The fields of content/careers/<career>/levels/<level>.md" }),
  },
];

/**
 * The frontmatter contract as JSON Schema files (draft 2020-12), generated from the zod schemas
 * the loader validates with, as the text committed under FRONTMATTER_SCHEMA_DIR.
 */
export function frontmatterSchemaFiles(): { file: string; text: string }[] {
  // "input": what an editor writes, before the loader trims and coerces it.
  return contracts.map(({ file, schema }) => ({ file, text: `${JSON.stringify(z.toJSONSchema(schema, { io: "input" }), null, 2)}\n` }));
}
