import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FRONTMATTER_SCHEMA_DIR, frontmatterSchemaFiles } from "@/lib/content/frontmatter-json-schema";
import { limits, withLimitsTable } from "@/lib/content/limits";
import { readSourceFile } from "@/lib/content/read";
import { compileJsonSchema } from "../json-schema";
import { fixture } from "./content-fixtures";

const committedSchema = (file: string) => compileJsonSchema(JSON.parse(readFileSync(path.join(FRONTMATTER_SCHEMA_DIR, file), "utf8")));
const validateCareer = committedSchema("career.schema.json");
const validateLevel = committedSchema("level.schema.json");

function frontmatterOf(file: string): unknown {
  const { value: source } = readSourceFile(path.resolve(file));
  if (!source) throw new Error(`${file} could not be read`);
  return source.frontmatter;
}

/** Every career's index.md and level files under a content root. */
function contentFiles(root: string): { careers: string[]; levels: string[] } {
  const careerDirs = readdirSync(path.join(root, "careers")).map((name) => path.join(root, "careers", name));
  return {
    careers: careerDirs.map((dir) => path.join(dir, "index.md")),
    levels: careerDirs.flatMap((dir) => readdirSync(path.join(dir, "levels")).map((name) => path.join(dir, "levels", name))),
  };
}

describe("the editors' guide states the checker's limits", () => {
  const guide = readFileSync("content/README.md", "utf8");

  it("holds the limits table as lib/content/limits.ts writes it", () => {
    expect(guide, "content/README.md's limits table is stale: run npm run content-schema").toBe(withLimitsTable(guide));
  });

  it("gives no limit in its prose that the checker does not hold", () => {
    const stated = [...guide.matchAll(/at most ([\d,]+) (characters|items|times|levels|KB)/g)].map(([, amount, unit]) => {
      const value = Number(amount!.replaceAll(",", ""));
      return unit === "KB" ? value * 1024 : value;
    });
    expect(stated.length).toBeGreaterThan(5);
    const held = new Set(Object.values(limits).map((limit) => limit.value));
    expect(stated.filter((value) => !held.has(value))).toEqual([]);
  });
});

describe("the frontmatter contract for editors' tools", () => {
  it.each(frontmatterSchemaFiles())("$file is committed as lib/content/schema.ts generates it", ({ file, text }) => {
    expect(readFileSync(path.join(FRONTMATTER_SCHEMA_DIR, file), "utf8"), `${file} is stale: run npm run content-schema`).toBe(text);
  });

  it.each(["content", fixture("valid"), fixture("valid-crlf-bom")])("accepts every career and level under %s", (root) => {
    const { careers, levels } = contentFiles(root);
    expect(levels.length).toBeGreaterThan(0);
    for (const file of careers) expect(validateCareer(frontmatterOf(file)), `${file}: ${JSON.stringify(validateCareer.errors)}`).toBe(true);
    for (const file of levels) expect(validateLevel(frontmatterOf(file)), `${file}: ${JSON.stringify(validateLevel.errors)}`).toBe(true);
  });

  it.each(["broken-wrong-type", "broken-unknown-key", "broken-empty-list", "broken-missing-field"])("rejects the level in the %s fixture", (name) => {
    expect(validateLevel(frontmatterOf(path.join(fixture(name), "careers/test-career/levels/entry.md")))).toBe(false);
  });

  it("rejects a career whose description is too long for a search result", () => {
    expect(validateCareer(frontmatterOf(path.join(fixture("broken-long-description"), "careers/test-career/index.md")))).toBe(false);
  });
});
