import { hasInvisibleCharacter } from "./characters";
import { fileIssue, type ContentIssue, type Result } from "./issues";
import { limits, SYNTAX_CHARACTERS } from "./limits";
import type { SourceFile } from "./read";
import { renderInThreads, type RendererAnswer } from "./render-threads";

/**
 * Stage 5 of the pipeline: a file's markdown body to sanitized HTML, or the reasons it cannot be
 * shown on the file's own lines. Deterministic pre-checks refuse every shape known to stall the
 * parser before it starts; the parser then runs in worker threads (render-threads.ts), one file per
 * thread at a time, each file with a time limit, the last line of defence against a shape the
 * pre-checks do not know.
 */

const MAX_DEPTH = limits.markdownDepth.value;
const MAX_LIST_ITEMS = limits.markdownListItems.value;
const MAX_SYNTAX_CHARACTERS = limits.syntaxCharacters.value;
const MAX_HTML_BYTES = limits.htmlBytes.value;

/** A reason the text cannot be shown, on a line counted from the body's start (1-based), before it is placed in its file. */
interface MarkdownProblem {
  error: string;
  line: number;
}

const tooDeep = (line: number): MarkdownProblem => ({
  error: `the text is nested more than ${MAX_DEPTH} levels deep (lists or quotes inside each other, or lines indented by more than ${MAX_DEPTH * 2} spaces)`,
  line,
});

const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)/;

/**
 * How deep a line's start nests, by CommonMark's rules: `>` opens a quote with or without a space
 * after it, a list marker opens an item when a space or the line's end follows, and a line of
 * spaced `*`, `-` or `_` is a thematic break rather than a list. Two spaces of indentation count
 * as one level, as a nested list item is indented under its parent.
 */
function lineDepth(line: string): { depth: number; listItems: number } {
  const indentation = /^[ \t]*/.exec(line)![0].length;
  let rest = line.slice(indentation);
  let depth = Math.floor(indentation / 2);
  let listItems = 0;
  while (rest !== "" && !THEMATIC_BREAK.test(rest)) {
    if (rest.startsWith(">")) {
      rest = rest.slice(1).replace(/^[ \t]*/, "");
    } else {
      const marker = LIST_MARKER.exec(rest)?.[0];
      if (!marker) break;
      listItems += 1;
      rest = rest.slice(marker.length);
    }
    depth += 1;
    if (depth > MAX_DEPTH) break;
  }
  return { depth, listItems };
}

/** The first syntax character the text uses more often than the limit allows, and the line where it does. */
function overusedSyntaxCharacter(markdown: string): { character: string; line: number } | undefined {
  const counts = new Map<string, number>();
  let line = 1;
  for (const character of markdown) {
    if (character === "\n") line += 1;
    if (!SYNTAX_CHARACTERS.includes(character)) continue;
    const count = (counts.get(character) ?? 0) + 1;
    if (count > MAX_SYNTAX_CHARACTERS) return { character, line };
    counts.set(character, count);
  }
  return undefined;
}

const htmlTooLong = (line: number): MarkdownProblem => ({
  error: `the text turns into more than ${MAX_HTML_BYTES / 1024} KB of page; a link or image reference to a long address, used many times, does this: shorten the address or use it fewer times`,
  line,
});

/** The message for text the renderer did not finish within `timeLimitMs`. */
const timeLimitError = (timeLimitMs: number) =>
  `the text takes more than ${timeLimitMs / 1000} seconds to turn into a page; long runs of the same punctuation (such as >, [, *, \` or <) cause this: break them up or shorten the text`;

const REFERENCE_DEFINITION = /^ {0,3}\[([^\]\n]+)\]:[ \t]*(\S+)/gm;
const BRACKETED = /\[([^\]\n]+)\]/g;
const referenceLabel = (label: string) => label.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The line of the first reference definition whose address, repeated by every use of its label,
 * would make more HTML than a page may hold. Counted before parsing, because the parser spends
 * seconds building such a page before its length can be measured.
 */
function overusedReference(markdown: string): number | undefined {
  const uses = new Map<string, number>();
  for (const [, label] of markdown.matchAll(BRACKETED)) uses.set(referenceLabel(label!), (uses.get(referenceLabel(label!)) ?? 0) + 1);
  for (const definition of markdown.matchAll(REFERENCE_DEFINITION)) {
    const [, label, address] = definition;
    // The definition's own brackets are not a use.
    const used = (uses.get(referenceLabel(label!)) ?? 1) - 1;
    if (used * address!.length > MAX_HTML_BYTES) return markdown.slice(0, definition.index).split("\n").length;
  }
  return undefined;
}

/** Finds text that would stall the parser or hide itself: invisible characters, long runs of its syntax, deep nesting, long lists, references that multiply the page. */
function refuseBeforeParsing(markdown: string): MarkdownProblem | undefined {
  const invisibleLine = markdown.split("\n").findIndex(hasInvisibleCharacter);
  if (invisibleLine >= 0) {
    return {
      error: "the text contains an invisible or control character (such as a zero-width space or a right-to-left override); retype the line without it",
      line: invisibleLine + 1,
    };
  }
  const overused = overusedSyntaxCharacter(markdown);
  if (overused) {
    return {
      error: `the text uses "${overused.character}" more than ${MAX_SYNTAX_CHARACTERS} times by this line; each markdown sign (such as *, [, \` or <) may appear at most ${MAX_SYNTAX_CHARACTERS} times in a file, because long runs of them stall the site: remove the repeated signs`,
      line: overused.line,
    };
  }
  const reference = overusedReference(markdown);
  if (reference !== undefined) return htmlTooLong(reference);
  let listItems = 0;
  for (const [index, line] of markdown.split("\n").entries()) {
    const measured = lineDepth(line);
    if (measured.depth > MAX_DEPTH) return tooDeep(index + 1);
    listItems += measured.listItems;
    if (listItems > MAX_LIST_ITEMS) {
      return { error: `the text has more than ${MAX_LIST_ITEMS} list items; shorten the lists or split the text`, line: index + 1 };
    }
  }
  return undefined;
}

/** The start of a raw HTML block or tag, short enough to quote in a message. */
const quoteHtml = (text: string) => {
  const firstLine = text.split("\n")[0]!.trim();
  return firstLine.length > 30 ? `${firstLine.slice(0, 30)}…` : firstLine;
};

function problemMessage(problem: Extract<RendererAnswer, { problems: unknown }>["problems"][number]): string {
  switch (problem.kind) {
    case "depth":
      return tooDeep(problem.line).error;
    case "html":
      return `the text contains HTML (${quoteHtml(problem.text)}), which the site does not show; write it in Markdown instead, or put it between backticks to show it as text`;
    case "image":
      return "the text contains an image, which the site does not show (its pages load nothing from other sites); link to the picture instead: [a description](https://…)";
    case "heading":
      return "a heading with one # would be a second title on the page; start the text's headings with ## (the page's sections use ##, so ### fits inside them)";
  }
}

/** What the renderer's answer means for the page: its HTML, or why the body cannot be shown, on lines counted from the body's start. */
function shownText(answer: RendererAnswer | undefined, timeLimitMs: number): { html: string } | { problems: MarkdownProblem[] } {
  if (!answer || answer.milliseconds > timeLimitMs) return { problems: [{ error: timeLimitError(timeLimitMs), line: 1 }] };
  if ("html" in answer) return answer.html.length <= MAX_HTML_BYTES ? { html: answer.html } : { problems: [htmlTooLong(1)] };
  return { problems: answer.problems.map((problem): MarkdownProblem => ({ error: problemMessage(problem), line: problem.line })) };
}

/** The part of a content file this stage reads. */
export type MarkdownSource = Pick<SourceFile, "path" | "body" | "bodyLine">;

/**
 * Renders files' untrusted markdown bodies to sanitized HTML, or explains on each file's own lines
 * why it will not: invisible characters, nesting or runs that stall the parser, raw HTML (which
 * would be dropped with the text around it), or text that takes too long to render. The whole
 * catalogue's files in one call render side by side, a thread per core.
 */
export function renderMarkdownFiles(files: readonly MarkdownSource[], timeLimitMs = limits.renderMilliseconds.value): Result<string>[] {
  const refused = files.map((file) => refuseBeforeParsing(file.body));
  const parsed = files.filter((_, position) => !refused[position]);
  const answers = renderInThreads(
    parsed.map((file) => file.body),
    timeLimitMs,
  );
  let answered = 0;
  return files.map((file, position) => {
    const refusal = refused[position];
    const rendered = refusal ? { problems: [refusal] } : shownText(answers[answered++], timeLimitMs);
    if ("html" in rendered) return { value: rendered.html, issues: [] };
    const issues: ContentIssue[] = rendered.problems.map(({ error, line }) =>
      fileIssue(file.path, error, "error", { line: file.bodyLine + line - 1, column: 1 }),
    );
    return { issues };
  });
}

/** One file's body, as renderMarkdownFiles renders it. */
export function renderMarkdown(file: MarkdownSource, timeLimitMs = limits.renderMilliseconds.value): Result<string> {
  return renderMarkdownFiles([file], timeLimitMs)[0]!;
}
