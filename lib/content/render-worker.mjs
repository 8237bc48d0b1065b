// The markdown renderer runs in this worker thread so that the loader, which is synchronous, can
// stop a render that takes too long: the parser's work grows faster than its input on some shapes,
// and content comes from untrusted pull requests. Plain JavaScript, because the build, the tests
// and `npm run check` all start it from this file as it is.
import { workerData } from "node:worker_threads";
import { remark } from "remark";
import { defaultSchema } from "hast-util-sanitize";
import remarkHtml from "remark-html";

const { port, signal, maxDepth, maxHtmlReported } = workerData;

/** Links to other sites open without access to this one. */
function markExternalLinks() {
  return (tree) => {
    const stack = [tree];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node.type === "link" && /^https?:\/\//i.test(node.url)) {
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, rel: ["noopener", "noreferrer"] } };
      }
      if (node.children) stack.push(...node.children);
    }
  };
}

// remark-html sanitizes with GitHub's schema: only safe elements, attributes and URL protocols
// remain. The one addition is the `rel` that markExternalLinks sets, with only its two values.
const sanitize = {
  ...defaultSchema,
  attributes: { ...defaultSchema.attributes, a: [...(defaultSchema.attributes?.a ?? []), ["rel", "noopener", "noreferrer"]] },
};
const processor = remark().use(markExternalLinks).use(remarkHtml, { sanitize });

/** Nodes nested deeper than `maxDepth` (the first one), else the raw HTML nodes (which would be dropped with the text in them), in document order. */
function problems(tree) {
  const html = [];
  const stack = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop();
    if (depth > maxDepth) return [{ kind: "depth", line: node.position?.start.line ?? 1 }];
    if (node.type === "html" && html.length < maxHtmlReported) {
      html.push({ kind: "html", line: node.position?.start.line ?? 1, text: node.value });
    }
    for (const child of [...(node.children ?? [])].reverse()) stack.push({ node: child, depth: depth + 1 });
  }
  return html;
}

function render(markdown) {
  try {
    const tree = processor.parse(markdown);
    const found = problems(tree);
    if (found.length > 0) return { problems: found };
    return { html: String(processor.stringify(processor.runSync(tree))).trim() };
  } catch {
    // The parser recurses on some deep shapes; running out of stack means too deep.
    return { problems: [{ kind: "depth", line: 1 }] };
  }
}

port.on("message", (markdown) => {
  port.postMessage(render(markdown));
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});

Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);
