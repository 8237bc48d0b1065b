/**
 * Text from a pull request's content, written into Markdown that GitHub renders, must stay text:
 * no @mention, image, link, HTML or Markdown of its own. Inside a code span or a fenced block,
 * GitHub renders none of these, so content text only ever appears in one, with a fence longer
 * than any run of backticks in it.
 */

/** Every kind of line break becomes a space: a code span stays on its line, and a list item stays one item. */
const oneLine = (text: string) => text.replace(/\r\n|[\n\r\u0085\u2028\u2029\v\f]/g, " ");

const longestBacktickRun = (text: string) => Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));

/** `text` as a Markdown code span: shown as it is written, on one line. */
export function codeSpan(text: string): string {
  const flat = oneLine(text);
  if (flat.trim() === "") return "(empty)";
  const fence = "`".repeat(longestBacktickRun(flat) + 1);
  // A span that starts or ends with a backtick or a space needs a space inside each fence, which Markdown then drops.
  const padding = /^[` ]|[` ]$/.test(flat) ? " " : "";
  return `${fence}${padding}${flat}${padding}${fence}`;
}

/** `lines` as a fenced Markdown code block: shown as they are written, one line each. */
export function codeBlock(lines: readonly string[]): string[] {
  const flat = lines.map(oneLine);
  const fence = "`".repeat(Math.max(3, ...flat.map((line) => longestBacktickRun(line) + 1)));
  return [`${fence}text`, ...flat, fence];
}
