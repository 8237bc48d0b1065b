import type { Root } from "mdast";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { remark } from "remark";
import remarkRehype from "remark-rehype";

/** Deeper markdown (quotes in lists in quotes…) is refused: it only serves to stall a renderer. */
export const MAX_MARKDOWN_DEPTH = 24;

/*
 * Raw HTML is dropped when markdown becomes HTML (remark-rehype without allowDangerousHtml), and
 * what remains is sanitized with GitHub's schema, which keeps only safe elements, attributes and
 * URL protocols. Links to other sites then get rel="noopener noreferrer".
 */
const processor = remark()
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeExternalLinks, { rel: ["noopener", "noreferrer"] })
  .use(rehypeStringify);

function depthOf(node: { children?: unknown[] }, depth = 0): number {
  if (depth > MAX_MARKDOWN_DEPTH || !node.children) return depth;
  let deepest = depth;
  for (const child of node.children) deepest = Math.max(deepest, depthOf(child as { children?: unknown[] }, depth + 1));
  return deepest;
}

/** Quote markers, list markers and the spaces around them at the start of a line. */
const NESTING_PREFIX = /^[ \t]*(?:(?:>|[-+*]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)*/;
const NESTING_MARKER = />|[-+*]|\d{1,9}[.)]/g;

/**
 * How many quotes and lists a line can be inside, read from its start: each marker opens one,
 * and a nested list item is indented by at least two more spaces than its parent.
 */
function nestingOfLine(line: string): number {
  const prefix = NESTING_PREFIX.exec(line)?.[0] ?? "";
  const indentation = prefix.length - prefix.trimStart().length;
  return (prefix.match(NESTING_MARKER)?.length ?? 0) + Math.floor(indentation / 2);
}

export type MarkdownResult = { html: string } | { error: string; line: number };

const tooDeep = (line: number): MarkdownResult => ({
  error: `the text is nested more than ${MAX_MARKDOWN_DEPTH} levels deep (lists or quotes inside each other, or lines indented by more than ${MAX_MARKDOWN_DEPTH * 2} spaces)`,
  line,
});

/** Renders untrusted markdown to sanitized HTML, or explains why it will not. */
export function renderMarkdown(markdown: string): MarkdownResult {
  // The parser slows down sharply with nesting (a 10 KB line of "> > > …" takes seconds), so
  // deep text is refused before parsing; the tree is measured again afterwards to be exact.
  const deepLine = markdown.split("\n").findIndex((line) => nestingOfLine(line) > MAX_MARKDOWN_DEPTH);
  if (deepLine >= 0) return tooDeep(deepLine + 1);
  const tree: Root = processor.parse(markdown);
  if (depthOf(tree) > MAX_MARKDOWN_DEPTH) return tooDeep(1);
  return { html: processor.stringify(processor.runSync(tree)).trim() };
}
