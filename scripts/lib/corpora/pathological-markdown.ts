import { limits, renderMarkdown, SYNTAX_CHARACTERS } from "../../../lib/content";

/**
 * Markdown shaped to stall a parser, at the size a content file may have: the tests hold every
 * shape to a page or a pre-check's message, and the bench times the slowest against the limit.
 */
const MAX_SYNTAX_CHARACTERS = limits.syntaxCharacters.value;
const MAX_FILE_BYTES = limits.fileBytes.value;

/** How long text of a given length is, built by repeating `unit` (cut to exactly `length`). */
const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const numbered = (length: number, line: (index: number) => string) => {
  const lines: string[] = [];
  for (let index = 0, total = 0; total < length; index += 1) {
    lines.push(line(index));
    total += lines.at(-1)!.length + 1;
  }
  return lines.join("\n").slice(0, length);
};

/**
 * The worst of a shape that the checker lets through to the parser: the shape up to the most
 * of any one syntax character allowed, then ordinary words up to `length`.
 */
function withinSyntaxLimit(markdown: string, length: number): string {
  const counts = new Map<string, number>();
  let end = 0;
  for (; end < markdown.length; end += 1) {
    const character = markdown[end]!;
    if (!SYNTAX_CHARACTERS.includes(character)) continue;
    counts.set(character, (counts.get(character) ?? 0) + 1);
    if (counts.get(character)! > MAX_SYNTAX_CHARACTERS) break;
  }
  if (end === markdown.length) return markdown;
  const head = `${markdown.slice(0, end)}\n\n`;
  return head + repeatTo("plain words ", length - head.length);
}

/**
 * Markdown shapes on which parsers are known to do more work than the text's length suggests,
 * each `length` characters long: runs of openers that never close, deep nesting, long lists of
 * definitions. Each comes twice: whole, and cut to what the checker lets through to the parser.
 * The loader must answer every one of them (with a page or a message) quickly.
 */
export function pathologicalShapes(length: number): Record<string, string> {
  return Object.fromEntries(
    Object.entries(wholeShapes(length)).flatMap(([shape, markdown]) => [
      [shape, markdown],
      [`${shape}, within the syntax limit`, withinSyntaxLimit(markdown, length)],
    ]),
  );
}

function wholeShapes(length: number): Record<string, string> {
  return {
    "quote markers without spaces": repeatTo(">", length),
    "quote markers with spaces": repeatTo("> ", length),
    "quote markers on many lines": repeatTo(`${">".repeat(20)}a\n`, length),
    "unclosed brackets": repeatTo("[", length),
    "unclosed image openers": repeatTo("![", length),
    "unclosed link texts": repeatTo("[a", length),
    "unclosed link destinations": repeatTo("[a](", length),
    "unclosed link titles": `[a](b "${repeatTo('"', length - 7)}`,
    "many reference definitions": numbered(length, (index) => `[r${index}]: /u${index}`),
    "many reference uses": `${repeatTo("[x][r] ", length - 10)}\n\n[r]: /u`,
    "many uses of a long reference": `${repeatTo("[x][r] ", length / 10)}\n\n[r]: /${"u".repeat(length - length / 10 - 10)}`,
    "backtick run": repeatTo("`", length),
    "growing backtick runs": numbered(length, (index) => `${"`".repeat((index % 60) + 1)}a`).replace(/\n/g, " "),
    "emphasis markers": repeatTo("*a", length),
    "underscore markers": repeatTo("_a", length),
    "mixed emphasis markers": repeatTo("*_", length),
    "nested lists": numbered(length, (index) => `${"  ".repeat(index % 20)}- item`),
    "quotes in lists": repeatTo("> - ", length),
    "angle brackets": repeatTo("<", length),
    "unclosed tags": repeatTo("<a", length),
    "unclosed autolinks": repeatTo("<http://a", length),
    "entity runs": repeatTo("&amp;", length),
    "unterminated entities": repeatTo("&#", length),
    "table pipes": repeatTo("|", length),
    "table rows": `| a | b |\n| - | - |\n${repeatTo("| x | y |\n", length - 20)}`,
    "thematic break markers": repeatTo("* ", length),
    "setext underlines": repeatTo("a\n=\n", length),
    "fence openers": repeatTo("```\n", length),
    backslashes: repeatTo("\\", length),
    "exclamation marks": repeatTo("!", length),
    "heading markers": repeatTo("# ", length),
  };
}

export interface ShapeTiming {
  shape: string;
  milliseconds: number;
}

/** Renders every pathological shape at `length` characters (a whole file's worth by default) and returns the slowest, for the bench. */
export function slowestPathologicalShape(length = MAX_FILE_BYTES): ShapeTiming {
  // Starting the renderer's thread is paid once per process, not by the first shape.
  renderMarkdown({ path: "warm-up.md", body: "", bodyLine: 1 });
  let slowest: ShapeTiming = { shape: "", milliseconds: -1 };
  for (const [shape, markdown] of Object.entries(pathologicalShapes(length))) {
    const started = performance.now();
    renderMarkdown({ path: "pathological.md", body: markdown, bodyLine: 1 });
    const milliseconds = performance.now() - started;
    if (milliseconds > slowest.milliseconds) slowest = { shape, milliseconds };
  }
  return slowest;
}
