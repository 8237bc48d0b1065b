import { readFileSync, statSync } from "node:fs";
import matter from "gray-matter";
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import { normalizeText } from "./characters";
import { failed, FILE_START, fileIssue, type ContentIssue, type Result, type Severity, type SourcePosition } from "./issues";
import { limits } from "./limits";
import { repositoryPath } from "./repository-path";

/**
 * Stage 2 of the pipeline: one file's bytes to text and frontmatter. Refuses a file too large to
 * parse safely or not saved as UTF-8, splits the frontmatter from the markdown body and parses the
 * YAML once, keeping where every field is written for the messages of the stages after it.
 */

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
  /** A problem in this file, at `field`'s position unless another is given. */
  issue(severity: Severity, field: FieldPath, message: string, position?: SourcePosition): ContentIssue;
}

/** `duties[2]` is shown to editors as `duties (item 3)`. */
function describeField(field: FieldPath): string {
  return field.reduce<string>((label, part) => {
    if (typeof part === "number") return `${label} (item ${part + 1})`;
    return label ? `${label}.${part}` : part;
  }, "");
}

/** Gray-matter would `eval` `---js` frontmatter: every engine is inert, and the YAML is parsed once, below. */
const unparsed = () => ({});
const INERT_ENGINES = { yaml: unparsed, json: unparsed, javascript: unparsed, coffee: unparsed };
/** The line that ends the frontmatter: three hyphens alone (trailing spaces aside). */
const CLOSING_LINE = /^---[ \t]*$/;

/**
 * gray-matter ends the frontmatter at the first line that merely starts with `---`, which would cut
 * a value in two without a word; and a second block after the first would become a heading in the
 * page. Both are refused on their line, as is a block that never ends.
 */
function frontmatterStructureProblem(text: string): { message: string; line: number } | undefined {
  const lines = text.split("\n");
  const closing = lines.findIndex((line, index) => index > 0 && line.startsWith("---"));
  if (closing < 0) return { message: "the frontmatter never ends: add a line of just --- after the last field", line: 1 };
  if (!CLOSING_LINE.test(lines[closing]!)) {
    return {
      message: "this line starts with --- inside the frontmatter, which only a line of just --- may end: put the value in quotes, or make this line just ---",
      line: closing + 1,
    };
  }
  const firstOfBody = lines.findIndex((line, index) => index > closing && line.trim() !== "");
  if (firstOfBody >= 0 && CLOSING_LINE.test(lines[firstOfBody]!)) {
    return {
      message: "a second block of fields starts here; a file has one frontmatter block at its top: move these fields into it and remove the extra --- lines",
      line: firstOfBody + 1,
    };
  }
  return undefined;
}

/**
 * Reads one content file, splits it with gray-matter and parses its frontmatter with the `yaml`
 * package (for the line and column of every field), once. Problems that make the file unusable
 * come back as issues; the caller validates the frontmatter it gets.
 */
export function readSourceFile(absolutePath: string): Result<SourceFile> {
  const path = repositoryPath(absolutePath);
  const fail = (message: string, position = FILE_START) => failed<SourceFile>(fileIssue(path, message, "error", position));

  // The scan let only regular files through, so the size is the file's own.
  const { size } = statSync(absolutePath);
  const maxBytes = limits.fileBytes.value;
  if (size > maxBytes) return fail(`the file is ${Math.ceil(size / 1024)} KB; a content file may be at most ${maxBytes / 1024} KB`);
  const decoded = decodeUtf8(readFileSync(absolutePath));
  if (typeof decoded !== "string") {
    return fail("the file is not saved as UTF-8 text; save it again with the UTF-8 encoding", decoded.position);
  }
  const text = normalizeText(decoded);
  if (text.trim() === "") return fail("the file is empty; it needs frontmatter between two --- lines");

  if (!text.startsWith("---")) {
    return fail("the file has no frontmatter: start it with a line of just ---, then the fields, then another ---");
  }
  // An options object keeps gray-matter from caching by content and sharing results between files.
  const split = matter(text, { engines: INERT_ENGINES });
  if (split.language !== "yaml" && split.language !== "yml") return fail("the frontmatter must be YAML: start the file with a line of just ---");
  const structure = frontmatterStructureProblem(text);
  if (structure) return fail(structure.message, { line: structure.line, column: 1 });

  const lineCounter = new LineCounter();
  // The raw block begins with the rest of the opening `---` line, so its lines are the file's lines.
  const yamlText = split.matter;
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // One mistake, one message: a broken line makes the parser report every line after it too.
  const [yamlError] = document.errors;
  if (yamlError) {
    const tooDeep = document.errors.find((error) => error.message.includes("call stack"));
    const message = tooDeep
      ? "the frontmatter nests brackets ([ or {) more deeply than can be read; write the value as plain text or a simple list"
      : `the frontmatter is not valid YAML: ${yamlError.message.split("\n")[0]!.replace(/ at line \d+, column \d+.*$/, "")}`;
    return fail(message, toPosition((tooDeep ?? yamlError).pos[0]));
  }
  const aliasOffset = firstAliasOffset(document);
  if (aliasOffset !== undefined) {
    return fail("the frontmatter uses a YAML alias (*name); write the value out in full instead", toPosition(aliasOffset));
  }

  const positionOf = (field: FieldPath) => nodePosition(document, field, toPosition);
  return {
    value: {
      path,
      frontmatter: document.toJS() ?? {},
      body: split.content,
      // The frontmatter's lines, counted from the opening `---`, then the closing `---` line.
      bodyLine: yamlText.split("\n").length + 2,
      positionOf,
      positionOfKey(parent, key) {
        const map = parent.length === 0 ? document.contents : document.getIn(parent, true);
        if (isMap(map)) {
          const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
          if (isScalar(pair?.key) && pair.key.range) return toPosition(pair.key.range[0]);
        }
        return positionOf(parent);
      },
      issue(severity, field, message, position = positionOf(field)) {
        return { severity, file: path, field: describeField(field), message, ...position };
      },
    },
    issues: [],
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

function nodePosition(document: Document, field: FieldPath, toPosition: (offset: number) => SourcePosition): SourcePosition {
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
