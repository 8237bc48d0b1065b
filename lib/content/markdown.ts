import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";

/** Deeper markdown (quotes in lists in quotes…) is refused: it only serves to stall a renderer. */
export const MAX_MARKDOWN_DEPTH = 24;

/**
 * The parser's list handling takes quadratic time (syntax-tree/mdast-util-from-markdown#49):
 * 3,000 short list items take seconds, so longer lists are refused before parsing.
 */
export const MAX_MARKDOWN_LIST_ITEMS = 500;

/**
 * The parser's work grows faster than the text on long runs of its syntax characters (unclosed
 * brackets, emphasis markers, backticks, entities…), and real text uses far fewer of any one.
 */
export const MAX_SYNTAX_CHARACTERS = 1_000;
export const SYNTAX_CHARACTERS: readonly string[] = ["*", "_", "[", "]", "!", "<", ">", "&", "\\", "`", "|", "#", "=", "~"];

/**
 * A reference to a long link address, used many times, repeats the address in the HTML each time:
 * a full file could become megabytes of page. Real text becomes about as much HTML as markdown.
 */
export const MAX_HTML_LENGTH = 128 * 1024;

/**
 * Rendering that takes longer is stopped and reported: the last line of defence against a shape
 * the pre-checks do not know. The pre-checks bound every known shape to under two seconds on a
 * busy machine; the limit leaves room for a machine several times busier, so that the checker and
 * the build never disagree about a file because one of them ran at a bad moment.
 */
export const RENDER_TIME_LIMIT_MS = 10_000;

/** Loading the parser in a new thread on a busy machine must not count against one file. */
const RENDERER_START_LIMIT_MS = 60_000;

/** A reason the text cannot be shown, on a line counted from the text's start (1-based). */
export interface MarkdownProblem {
  error: string;
  line: number;
}

export type MarkdownResult = { html: string } | { problems: MarkdownProblem[] };

/** The answers the renderer thread gives (see markdown-renderer.mjs). */
type RendererAnswer =
  | { html: string }
  | { problems: ({ kind: "depth"; line: number } | { kind: "html"; line: number; text: string })[] };

const tooDeep = (line: number): MarkdownProblem => ({
  error: `the text is nested more than ${MAX_MARKDOWN_DEPTH} levels deep (lists or quotes inside each other, or lines indented by more than ${MAX_MARKDOWN_DEPTH * 2} spaces)`,
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
    if (depth > MAX_MARKDOWN_DEPTH) break;
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
  error: `the text turns into more than ${MAX_HTML_LENGTH / 1024} KB of page; a link or image reference to a long address, used many times, does this: shorten the address or use it fewer times`,
  line,
});

/** The message for text the renderer did not finish within `timeLimitMs`. */
export const timeLimitError = (timeLimitMs: number) =>
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
    if (used * address!.length > MAX_HTML_LENGTH) return markdown.slice(0, definition.index).split("\n").length;
  }
  return undefined;
}

/** Finds text that would stall the parser: long runs of its syntax, deep nesting, long lists, references that multiply the page. */
function refuseBeforeParsing(markdown: string): MarkdownProblem | undefined {
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
    if (measured.depth > MAX_MARKDOWN_DEPTH) return tooDeep(index + 1);
    listItems += measured.listItems;
    if (listItems > MAX_MARKDOWN_LIST_ITEMS) {
      return { error: `the text has more than ${MAX_MARKDOWN_LIST_ITEMS} list items; shorten the lists or split the text`, line: index + 1 };
    }
  }
  return undefined;
}

interface RendererThread {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

let thread: RendererThread | undefined;

function waitForSignal(signal: Int32Array, limitMs: number): boolean {
  const outcome = Atomics.wait(signal, 0, 0, limitMs);
  Atomics.store(signal, 0, 0);
  return outcome !== "timed-out";
}

function startRenderer(): RendererThread {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  // Resolved from the project's root, as the content folder is, so the bundler leaves it alone.
  const script = path.resolve(/* turbopackIgnore: true */ process.cwd(), "lib/content/markdown-renderer.mjs");
  const worker = new Worker(script, {
    workerData: { port: port2, signal, maxDepth: MAX_MARKDOWN_DEPTH },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  // A thread that runs out of memory dies with an error event; the wait for its answer then runs
  // out of time and a new thread takes over, so the event needs no more than a listener.
  worker.on("error", () => undefined);
  // The thread waits for work between files; it must not keep a finished process alive.
  worker.unref();
  port1.unref();
  if (!waitForSignal(signal, RENDERER_START_LIMIT_MS)) {
    void worker.terminate();
    throw new Error(`The markdown renderer (${script}) did not start within ${RENDERER_START_LIMIT_MS / 1000} s`);
  }
  return { worker, port: port1, signal };
}

/** Renders in the worker thread, giving up after `timeLimitMs`; `undefined` when it ran out of time. */
function renderInThread(markdown: string, timeLimitMs: number): RendererAnswer | undefined {
  thread ??= startRenderer();
  const current = thread;
  current.port.postMessage(markdown);
  if (!waitForSignal(current.signal, timeLimitMs)) {
    // A parse cannot be interrupted from inside; stopping the thread is the only way out.
    void current.worker.terminate();
    thread = undefined;
    return undefined;
  }
  return receiveMessageOnPort(current.port)?.message as RendererAnswer | undefined;
}

/** The start of a raw HTML block or tag, short enough to quote in a message. */
const quoteHtml = (text: string) => {
  const firstLine = text.split("\n")[0]!.trim();
  return firstLine.length > 30 ? `${firstLine.slice(0, 30)}…` : firstLine;
};

/**
 * Renders untrusted markdown to sanitized HTML, or explains why it will not: nesting that stalls
 * the parser, raw HTML (which would be dropped with the text around it), or text that takes too
 * long to render.
 */
export function renderMarkdown(markdown: string, timeLimitMs = RENDER_TIME_LIMIT_MS): MarkdownResult {
  const refused = refuseBeforeParsing(markdown);
  if (refused) return { problems: [refused] };
  const answer = renderInThread(markdown, timeLimitMs);
  if (!answer) return { problems: [{ error: timeLimitError(timeLimitMs), line: 1 }] };
  if ("html" in answer) return answer.html.length <= MAX_HTML_LENGTH ? answer : { problems: [htmlTooLong(1)] };
  return {
    problems: answer.problems.map((problem) =>
      problem.kind === "depth"
        ? tooDeep(problem.line)
        : {
            error: `the text contains HTML (${quoteHtml(problem.text)}), which the site does not show; write it in Markdown instead, or put it between backticks to show it as text`,
            line: problem.line,
          },
    ),
  };
}
