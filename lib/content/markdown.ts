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

export type MarkdownResult = { html: string } | { error: string };

/** Renders untrusted markdown to sanitized HTML, or explains why it will not. */
export function renderMarkdown(markdown: string): MarkdownResult {
  const tree: Root = processor.parse(markdown);
  if (depthOf(tree) > MAX_MARKDOWN_DEPTH) {
    return { error: `the text is nested more than ${MAX_MARKDOWN_DEPTH} levels deep (lists or quotes inside each other)` };
  }
  return { html: processor.stringify(processor.runSync(tree)).trim() };
}
