import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";
import { hasInvisibleCharacter, spellOutInvisible } from "./characters";
import type { ContentIssue, Result } from "./issues";
import type { FieldPath, SourceFile } from "./read";

/**
 * Stage 3 of the pipeline: each file's frontmatter against its schema (schema.ts), with the line
 * of every problem, what was found and did-you-mean hints.
 */

/** How a value found in a file is shown back to its editor; invisible characters are spelled out. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "string") {
    if (value.trim() === "") return "an empty value";
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    const quoted = JSON.stringify(shown);
    return hasInvisibleCharacter(shown) ? spellOutInvisible(quoted) : quoted;
  }
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (typeof value === "object") return "a group of fields";
  return String(value);
}

/** What was found, as the message's limit counts it: characters of text, items of a list. */
function describeFound(issue: z.core.$ZodIssue): string {
  const input: unknown = issue.input;
  if (issue.code === "too_big" || issue.code === "too_small") {
    if (typeof input === "string" && input.trim() !== "") return `${input.length} characters`;
    if (Array.isArray(input) && input.length > 0) return `${input.length} items`;
  }
  return describeValue(input);
}

/** The keys the object schema at `path` accepts, for did-you-mean hints. */
function knownKeys(schema: z.ZodType, path: FieldPath): string[] {
  let current: z.ZodType = schema;
  for (const part of path) {
    if (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
    if (typeof part === "number" && current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (typeof part === "string" && current instanceof z.ZodObject) current = current.shape[part] as z.ZodType;
  }
  if (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** The allowed key an unknown key was most likely meant to be, if it is close enough. */
function nearMiss(key: string, allowed: string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const nearest = closest(key, allowed);
  return distance(key.toLowerCase(), nearest.toLowerCase()) <= Math.max(2, key.length / 3) ? nearest : undefined;
}

const pathKey = (path: FieldPath) => JSON.stringify(path);

/**
 * Checks a file's frontmatter against `schema`, whose fields carry the editors' wording. This
 * adds what the schema cannot know: each problem's line, what was found, and did-you-mean hints.
 * The parsed value comes back only when there were no problems.
 */
export function validateFrontmatter<Schema extends z.ZodType>(file: SourceFile, schema: Schema): Result<z.infer<Schema>> {
  const result = schema.safeParse(file.frontmatter, { reportInput: true });
  if (result.success) return { value: result.data, issues: [] };
  const problems = result.error.issues.map((issue) => ({
    issue,
    path: issue.path.filter((part): part is string | number => typeof part !== "symbol"),
  }));
  const issues: ContentIssue[] = [];
  // A misspelled field is one mistake: "dutes" is reported with its hint, "duties" is not also missing.
  const meantFields = new Set<string>();
  for (const { issue, path } of problems) {
    if (issue.code !== "unrecognized_keys") continue;
    const allowed = knownKeys(schema, path);
    for (const key of issue.keys) {
      const meant = nearMiss(key, allowed);
      if (meant) meantFields.add(pathKey([...path, meant]));
      const hint = meant ? `did you mean "${meant}"?` : `the fields allowed here are ${allowed.join(", ")}`;
      issues.push(file.issue("error", [...path, key], `"${key}" is not a field; ${hint}`, file.positionOfKey(path, key)));
    }
  }
  for (const { issue, path } of problems) {
    const isMissing = issue.code === "invalid_type" && issue.input === undefined;
    if (issue.code === "unrecognized_keys" || (isMissing && meantFields.has(pathKey(path)))) continue;
    const message = isMissing ? "this field is required but missing" : `${issue.message}, found ${describeFound(issue)}`;
    issues.push(file.issue("error", path, message));
  }
  return { issues };
}
