// The markdown renderer runs in this worker thread so that the loader, which is synchronous, can
// stop a render that takes too long: the parser's work grows faster than its input on some shapes,
// and content comes from untrusted pull requests. Plain JavaScript, because the build, the tests
// and `npm run check` all start it from this file as it is.
import { workerData } from "node:worker_threads";
import { remark } from "remark";
import { defaultSchema } from "hast-util-sanitize";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { Parser } from "htmlparser2";

const { port, signal, doorbell, maxDepth, maxReported } = workerData;

/** A link that leaves the site, however it is written: with a scheme, or protocol-relative (`//host/x`). */
const LEAVES_THE_SITE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i;

/**
 * Links to other sites open without access to this one, and task-list items read as plain list
 * items (a checkbox that cannot be ticked tells a reader nothing).
 */
function readerShape() {
  return (tree) => {
    const stack = [tree];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node.type === "link" && LEAVES_THE_SITE.test(node.url)) {
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, rel: ["noopener", "noreferrer"] } };
      }
      if (node.type === "listItem") node.checked = null;
      if (node.children) stack.push(...node.children);
    }
  };
}

// GitHub-flavoured markdown, as editors preview it on GitHub: tables, task lists, footnotes,
// strikethrough, autolinks. remark-html sanitizes with GitHub's schema: only safe elements,
// attributes and URL protocols remain. Two changes: the `rel` that readerShape sets, with only its
// two values, and no second prefix on footnotes' ids, which the markdown-to-HTML step has
// prefixed already (its links would otherwise point at ids that do not exist).
const sanitize = {
  ...defaultSchema,
  clobberPrefix: "",
  attributes: { ...defaultSchema.attributes, a: [...(defaultSchema.attributes?.a ?? []), ["rel", "noopener", "noreferrer"]] },
};
const processor = remark().use(remarkGfm).use(readerShape).use(remarkHtml, { sanitize });

/**
 * The HTML with `>` written as `&gt;` in its text, as React writes every other text of a page: the
 * serializer escapes only `<` and `&` there, and HTML validators refuse a raw `>` ("Junior > Senior"
 * in a duty, a quote in code). Its text holds no raw `<`, so the tokenizer finds the same text a
 * browser does.
 */
function withTextEscaped(html) {
  let escaped = "";
  let from = 0;
  const tokenizer = new Parser({
    ontext() {
      const start = tokenizer.startIndex;
      const end = tokenizer.endIndex + 1;
      escaped += html.slice(from, start) + html.slice(start, end).replaceAll(">", "&gt;");
      from = end;
    },
  });
  tokenizer.end(html);
  return escaped + html.slice(from);
}

/**
 * What the page cannot show as written, in document order: nodes nested deeper than `maxDepth`
 * (the first one alone), raw HTML (which would be dropped with the text in it), images (the site
 * has none of its own, and its Content-Security-Policy blocks others) and headings of the page's
 * own level.
 */
function problems(tree) {
  const found = [];
  const stack = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop();
    if (depth > maxDepth) return [{ kind: "depth", line: node.position?.start.line ?? 1 }];
    const line = node.position?.start.line ?? 1;
    if (found.length < maxReported) {
      if (node.type === "html") found.push({ kind: "html", line, text: node.value });
      if (node.type === "image" || node.type === "imageReference") found.push({ kind: "image", line });
      if (node.type === "heading" && node.depth === 1) found.push({ kind: "heading", line });
    }
    for (const child of [...(node.children ?? [])].reverse()) stack.push({ node: child, depth: depth + 1 });
  }
  return found;
}

function render(markdown) {
  try {
    const tree = processor.parse(markdown);
    const found = problems(tree);
    if (found.length > 0) return { problems: found };
    return { html: withTextEscaped(String(processor.stringify(processor.runSync(tree))).trim()) };
  } catch {
    // The parser recurses on some deep shapes; running out of stack means too deep.
    return { problems: [{ kind: "depth", line: 1 }] };
  }
}

// The answer, then this thread's flag that it was sent, then the bell every thread rings, on which
// the loader waits while several threads render.
// Each answer says how long its render took: the loader may notice it late, busy starting another
// thread, and a file's time limit must not depend on that.
port.on("message", (markdown) => {
  const started = performance.now();
  const answer = render(markdown);
  port.postMessage({ ...answer, milliseconds: performance.now() - started });
  Atomics.store(signal, 0, 1);
  Atomics.add(doorbell, 0, 1);
  Atomics.notify(doorbell, 0);
});

Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);
