import type { Root } from "mdast";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { remark } from "remark";
import remarkRehype from "remark-rehype";

/** Deeper markdown (quotes in lists in quotes…) is refused: it only serves to stall a renderer. */
export const MAX_MARKDOWN_DEPTH = 24;

/**
 * The parser's list handling takes quadratic time (syntax-tree/mdast-util-from-markdown#49):
 * 3,000 short list items take seconds, so longer lists are refused before parsing.
 */
export const MAX_MARKDOWN_LIST_ITEMS = 500;

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
const LINE_PREFIX = /^[ \t]*(?:(?:>|[-+*]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)*/;
const MARKER = />|[-+*]|\d{1,9}[.)]/g;

export type MarkdownResult = { html: string } | { error: string; line: number };

const tooDeep = (line: number): MarkdownResult => ({
  error: `the text is nested more than ${MAX_MARKDOWN_DEPTH} levels deep (lists or quotes inside each other, or lines indented by more than ${MAX_MARKDOWN_DEPTH * 2} spaces)`,
  line,
});

/**
 * Finds text that would stall the parser, reading only the start of each line: every marker
 * opens a quote or list item, and a nested list item is indented two spaces more than its parent.
 */
function refuseBeforeParsing(markdown: string): MarkdownResult | undefined {
  let listItems = 0;
  for (const [index, line] of markdown.split("\n").entries()) {
    const prefix = LINE_PREFIX.exec(line)?.[0] ?? "";
    const markers = prefix.match(MARKER) ?? [];
    const indentation = prefix.length - prefix.trimStart().length;
    if (markers.length + Math.floor(indentation / 2) > MAX_MARKDOWN_DEPTH) return tooDeep(index + 1);
    listItems += markers.filter((marker) => marker !== ">").length;
    if (listItems > MAX_MARKDOWN_LIST_ITEMS) {
      return { error: `the text has more than ${MAX_MARKDOWN_LIST_ITEMS} list items; shorten the lists or split the text`, line: index + 1 };
    }
  }
  return undefined;
}

/** Renders untrusted markdown to sanitized HTML, or explains why it will not. */
export function renderMarkdown(markdown: string): MarkdownResult {
  // The parser slows down sharply with nesting (a 10 KB line of "> > > …" takes seconds) and with
  // long lists, so such text is refused first; the tree's depth is measured again to be exact.
  const refused = refuseBeforeParsing(markdown);
  if (refused) return refused;
  const tree: Root = processor.parse(markdown);
  if (depthOf(tree) > MAX_MARKDOWN_DEPTH) return tooDeep(1);
  return { html: processor.stringify(processor.runSync(tree)).trim() };
}
