import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";
import type { FieldPath, SourceFile } from "./source-file";

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "yes or no",
  array: "a list",
  object: "a group of fields",
  date: "a date",
};

/** How a value found in a file is shown back to its editor. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (typeof value === "object") return "a group of fields";
  return String(value);
}

/** Zod reports text given for a whole number as "expected number"; editors should read what the field needs. */
function expectedTypeName(schema: z.ZodType, issue: z.core.$ZodIssueInvalidType, path: FieldPath): string {
  const fieldSchema = schemaAt(schema, path);
  const expected = fieldSchema instanceof z.ZodNumber && fieldSchema.isInt ? "int" : issue.expected;
  return TYPE_NAMES[expected] ?? expected;
}

function messageFor(schema: z.ZodType, issue: z.core.$ZodIssue, path: FieldPath): string {
  const input: unknown = "input" in issue ? issue.input : undefined;
  if (issue.code === "invalid_type") {
    if (input === undefined) return "this field is required but missing";
    return `expected ${expectedTypeName(schema, issue, path)}, found ${describeValue(input)}`;
  }
  if (issue.message.includes(", found")) return issue.message;
  if (issue.code === "too_big" && typeof input === "string") return `${issue.message}, found ${input.length} characters`;
  return `${issue.message}, found ${describeValue(input)}`;
}

/** The schema that checks the value at `path`, without its optional wrapper. */
function schemaAt(schema: z.ZodType, path: FieldPath): z.ZodType {
  let current: z.ZodType = schema;
  for (const part of path) {
    if (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
    if (typeof part === "number" && current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (typeof part === "string" && current instanceof z.ZodObject) current = current.shape[part] as z.ZodType;
  }
  return current instanceof z.ZodOptional ? (current.unwrap() as z.ZodType) : current;
}

/** The keys the object schema at `path` accepts, for did-you-mean hints. */
function knownKeys(schema: z.ZodType, path: FieldPath): string[] {
  const objectSchema = schemaAt(schema, path);
  return objectSchema instanceof z.ZodObject ? Object.keys(objectSchema.shape) : [];
}

/** The allowed key an unknown key was most likely meant to be, if it is close enough. */
function nearMiss(key: string, allowed: string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const nearest = closest(key, allowed);
  return distance(key.toLowerCase(), nearest.toLowerCase()) <= Math.max(2, key.length / 3) ? nearest : undefined;
}

const pathKey = (path: FieldPath) => JSON.stringify(path);

/**
 * Checks a file's frontmatter against `schema`. Every problem is reported to the file with its
 * line; the parsed value is returned only when there were none.
 */
export function validateFrontmatter<Schema extends z.ZodType>(
  file: SourceFile,
  schema: Schema,
): z.infer<Schema> | undefined {
  const result = schema.safeParse(file.frontmatter, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    issue,
    path: issue.path.filter((part): part is string | number => typeof part !== "symbol"),
  }));
  // A misspelled field is one mistake: "dutes" is reported with its hint, "duties" is not also missing.
  const meantFields = new Set<string>();
  for (const { issue, path } of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const allowed = knownKeys(schema, path);
    for (const key of issue.keys) {
      const meant = nearMiss(key, allowed);
      if (meant) meantFields.add(pathKey([...path, meant]));
      const hint = meant ? `did you mean "${meant}"?` : `the fields allowed here are ${allowed.join(", ")}`;
      file.report("error", [...path, key], `"${key}" is not a field; ${hint}`, file.positionOfKey(path, key));
    }
  }
  for (const { issue, path } of issues) {
    const isMissing = issue.code === "invalid_type" && !("input" in issue && issue.input !== undefined);
    if (issue.code === "unrecognized_keys" || (isMissing && meantFields.has(pathKey(path)))) continue;
    file.report("error", path, messageFor(schema, issue, path));
  }
  return undefined;
}
