import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Element, ElementContent, Root } from "hast";
import { rehype } from "rehype";

/** A link from one exported page to another, with the text a reader sees around it. */
interface PageLink {
  /** The page it leads to, as a path ending in `/`. */
  to: string;
  /** The link's own text, then that of each list item it sits in, innermost first: an index entry's title is in its list item. */
  context: string[];
}

export interface ExportCrawl {
  /** Clicks from the start page to each page a chain of links reaches. */
  clicks: ReadonlyMap<string, number>;
  /** The links of each page reached. */
  links: ReadonlyMap<string, PageLink[]>;
}

/** Where the export for a site under `basePath` keeps a page: `/guide/careers/x/` is `careers/x/index.html`. */
export const pageFile = (exportDir: string, pagePath: string, basePath = "") =>
  path.join(exportDir, pagePath.startsWith(`${basePath}/`) ? pagePath.slice(basePath.length) : pagePath, "index.html");

// Any origin: only links without one, which stay on the site, are followed.
const ORIGIN = "http://export.invalid";

const parser = rehype();

/** Every `<a href>` of a page that leads to another page of the export, with the text around it. */
function pageLinks(html: string, pagePath: string, exportDir: string, basePath: string): PageLink[] {
  const links: PageLink[] = [];
  const texts = new WeakMap<Element, string>();
  const textOf = (node: ElementContent | Root): string => {
    if (node.type === "text") return node.value;
    if (node.type !== "element" && node.type !== "root") return "";
    const cached = node.type === "element" ? texts.get(node) : undefined;
    if (cached !== undefined) return cached;
    const text = node.children.map((child) => textOf(child as ElementContent)).join(" ");
    if (node.type === "element") texts.set(node, text);
    return text;
  };
  const visit = (node: Element | Root, listItems: Element[]) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      const href = child.tagName === "a" ? child.properties.href : undefined;
      if (typeof href === "string") {
        const url = new URL(href, `${ORIGIN}${pagePath}`);
        const to = decodeURIComponent(url.pathname);
        if (url.origin === ORIGIN && to.endsWith("/") && existsSync(pageFile(exportDir, to, basePath)))
          links.push({ to, context: [textOf(child), ...listItems.map(textOf)] });
      }
      visit(child, child.tagName === "li" ? [child, ...listItems] : listItems);
    }
  };
  visit(parser.parse(html), []);
  return links;
}

/**
 * Follows the links of the static export in `exportDir`, made for a site under `basePath`, from
 * its home page, breadth first, reading the files as a static host would serve them: how many
 * clicks each page is from home.
 */
export function crawlExport(exportDir: string, basePath = ""): ExportCrawl {
  const start = `${basePath}/`;
  const clicks = new Map([[start, 0]]);
  const links = new Map<string, PageLink[]>();
  for (let queue = [start]; queue.length > 0;) {
    const next: string[] = [];
    for (const pagePath of queue) {
      const found = pageLinks(readFileSync(pageFile(exportDir, pagePath, basePath), "utf8"), pagePath, exportDir, basePath);
      links.set(pagePath, found);
      for (const { to } of found) {
        if (clicks.has(to)) continue;
        clicks.set(to, clicks.get(pagePath)! + 1);
        next.push(to);
      }
    }
    queue = next;
  }
  return { clicks, links };
}
