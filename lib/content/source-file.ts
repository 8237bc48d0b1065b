import { readFileSync, statSync } from "node:fs";
import matter from "gray-matter";
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { ContentIssue, Severity, SourcePosition } from "./errors";

/** Larger files are refused before parsing so that a pasted blob cannot stall a build. */
export const MAX_FILE_BYTES = 100 * 1024;

export type FieldPath = readonly (string | number)[];

/** A content file read, decoded and split into YAML frontmatter and a markdown body. */
export interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  frontmatter: unknown;
  body: string;
  /** The line of the file on which the markdown body starts (1-based). */
  bodyLine: number;
  /** Where the value at `field` is written, or the nearest enclosing place when it is missing. */
  positionOf(field: FieldPath): SourcePosition;
  /** Where the key `key` of the mapping at `parent` is written. */
  positionOfKey(parent: FieldPath, key: string): SourcePosition;
  report(severity: Severity, field: FieldPath, message: string, position?: SourcePosition): void;
}

const FILE_START: SourcePosition = { line: 1, column: 1 };

/** Gray-matter would `eval` `---js` frontmatter; every engine is replaced so nothing is ever run. */
const keepUnparsed = () => ({});
const INERT_ENGINES = {
  yaml: keepUnparsed,
  json: keepUnparsed,
  javascript: keepUnparsed,
  coffee: keepUnparsed,
};

/** `duties[2]` is shown to editors as `duties (item 3)`. */
export function describeField(field: FieldPath): string {
  return field.reduce<string>((label, part) => {
    if (typeof part === "number") return `${label} (item ${part + 1})`;
    return label ? `${label}.${part}` : part;
  }, "");
}

/**
 * Reads one content file. Problems that make the file unusable are reported to `issues` and
 * give `undefined`; the caller validates the frontmatter it gets back.
 */
export function readSourceFile(absolutePath: string, path: string, issues: ContentIssue[]): SourceFile | undefined {
  const fail = (message: string, position = FILE_START) => {
    issues.push({ severity: "error", file: path, field: "", message, ...position });
    return undefined;
  };

  const size = statSync(absolutePath).size;
  if (size > MAX_FILE_BYTES) {
    return fail(`the file is ${Math.ceil(size / 1024)} KB; a content file may be at most ${MAX_FILE_BYTES / 1024} KB`);
  }
  const bytes = readFileSync(absolutePath);
  const decoded = decodeUtf8(bytes);
  if (typeof decoded !== "string") {
    return fail("the file is not saved as UTF-8 text; save it again with the UTF-8 encoding", decoded.position);
  }
  // Editors' tools add byte order marks and Windows line endings; neither may change the page.
  const text = decoded.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return fail("the file is empty; it needs frontmatter between two --- lines");

  if (!/^---[a-z]*\n/.test(text)) {
    return fail("the file has no frontmatter: start it with a line of just ---, then the fields, then another ---");
  }
  const notYaml = "the frontmatter must be YAML: start the file with a line of just ---";
  let split: matter.GrayMatterFile<string>;
  try {
    split = matter(text, { engines: INERT_ENGINES });
  } catch {
    return fail(notYaml);
  }
  if (split.language !== "yaml" && split.language !== "yml") return fail(notYaml);

  const lineCounter = new LineCounter();
  // The raw block begins with the rest of the opening `---` line, so its lines are the file's lines.
  const document = parseDocument(split.matter, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const message = error.message.split("\n")[0] ?? error.message;
      issues.push({
        severity: "error",
        file: path,
        field: "",
        message: `the frontmatter is not valid YAML: ${message.replace(/ at line \d+, column \d+.*$/, "")}`,
        ...toPosition(error.pos[0]),
      });
    }
    return undefined;
  }
  const aliasOffset = firstAliasOffset(document);
  if (aliasOffset !== undefined) {
    return fail("the frontmatter uses a YAML alias (*name); write the value out in full instead", toPosition(aliasOffset));
  }

  // The frontmatter's lines, counted from the opening `---`, then the closing `---` line.
  const bodyLine = split.matter.split("\n").length + 2;
  const positionOf = (field: FieldPath) => nodePosition(document, field, toPosition);
  return {
    path,
    frontmatter: document.toJS() ?? {},
    body: split.content,
    bodyLine,
    positionOf,
    positionOfKey(parent, key) {
      const map = parent.length === 0 ? document.contents : document.getIn(parent, true);
      if (isMap(map)) {
        const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (isScalar(pair?.key) && pair.key.range) return toPosition(pair.key.range[0]);
      }
      return positionOf(parent);
    },
    report(severity, field, message, position = positionOf(field)) {
      issues.push({ severity, file: path, field: describeField(field), message, ...position });
    },
  };
}

/**
 * Editors never need YAML anchors and aliases, and aliases of aliases expand exponentially
 * ("billion laughs"), so any alias is refused before the document is turned into values.
 */
function firstAliasOffset(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function nodePosition(
  document: Document,
  field: FieldPath,
  toPosition: (offset: number) => SourcePosition,
): SourcePosition {
  for (let depth = field.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? document.contents : document.getIn(field.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return toPosition(range[0]);
  }
  return { line: 2, column: 1 };
}

function decodeUtf8(bytes: Buffer): string | { position: SourcePosition } {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const before = lenient.slice(0, Math.max(0, lenient.indexOf("\uFFFD")));
    const lines = before.split("\n");
    return { position: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 } };
  }
}
