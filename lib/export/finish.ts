import { type Dirent, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Parser } from "htmlparser2";
import { headersFile, pageContentSecurityPolicy, policyScopeOf, type PolicyScope, staticExportHeaderRules } from "../security-headers";
import { SEARCH_SCRIPT } from "../site";
import { escapeHtml } from "../text";

/*
 * Every page is prerendered and links with plain anchors, and the site has no client component
 * (eslint.config.mjs keeps it so), so Next.js's client runtime does nothing a reader needs: it
 * would only hydrate HTML that is already complete. The export drops it, which spares a phone
 * about 170 KB of JavaScript per page and lets every page forbid scripts altogether: in its own
 * Content-Security-Policy, which holds on any host, and in the headers of the hosts that send them
 * (deploy/nginx.conf, and `_headers` for Netlify and Cloudflare Pages). The search page alone
 * keeps one script, the site's own module (public/site-search.js), which its policy allows.
 */

/** A script preload (`<link rel="preload" as="script">`, `<link rel="modulepreload">`), which only the runtime needs. */
function isScriptPreload(attributes: Record<string, string>): boolean {
  const rel = (attributes.rel ?? "").toLowerCase().split(/\s+/);
  return rel.includes("modulepreload") || (rel.includes("preload") && attributes.as?.toLowerCase() === "script");
}

/**
 * Where Next.js's runtime sits in a page: its script elements (JSON-LD is data for search engines
 * and stays) and script preloads, as [start, end) offsets. The page is tokenized, not parsed and
 * written again: the HTML React wrote, its escaping included, is kept byte for byte around them,
 * and a tokenizer reads a page in a tenth of the time a parser takes to build and write its tree.
 */
function runtimeRanges(html: string, keptScript?: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let scriptStart: number | undefined;
  const isKept = (attributes: Record<string, string>) =>
    (attributes.type ?? "").trim().toLowerCase() === "application/ld+json" || (keptScript !== undefined && attributes.src === keptScript);
  const tokenizer: Parser = new Parser({
    onopentag(name, attributes) {
      if (name === "script" && !isKept(attributes)) scriptStart = tokenizer.startIndex;
      if (name === "link" && isScriptPreload(attributes)) ranges.push([tokenizer.startIndex, tokenizer.endIndex + 1]);
    },
    onclosetag(name) {
      if (name !== "script" || scriptStart === undefined) return;
      ranges.push([scriptStart, tokenizer.endIndex + 1]);
      scriptStart = undefined;
    },
  });
  tokenizer.end(html);
  return ranges;
}

/** React marks a Suspense boundary that only the client would complete with `<!--$?-->` or `<!--$!-->`. */
const UNFINISHED_BOUNDARY = /<!--\$[?!]-->/;

/** The page without Next.js's runtime (and without any script but `keptScript`, a `src`); refuses a page whose content would need it. */
export function withoutNextRuntime(html: string, file: string, keptScript?: string): string {
  if (UNFINISHED_BOUNDARY.test(html)) {
    throw new Error(
      `${file}: part of this page is left for Next.js's scripts to fill in (a Suspense boundary that did not finish at build time), so it cannot be served without them`,
    );
  }
  let kept = "";
  let from = 0;
  for (const [start, end] of runtimeRanges(html, keptScript)) {
    kept += html.slice(from, start);
    from = end;
  }
  return kept + html.slice(from);
}

/** A page's `<head>` start tag, which React writes first after `<html>`. */
const HEAD_START = /<head(?:\s[^>]*)?>/i;

/**
 * The page with its Content-Security-Policy first in its `<head>`: a policy in a meta element
 * applies only to what follows it, and a host that sends no headers (GitHub Pages) has no other.
 */
function withContentSecurityPolicy(html: string, file: string, scope: PolicyScope): string {
  const head = HEAD_START.exec(html);
  if (!head) throw new Error(`${file}: the page has no <head> for its Content-Security-Policy`);
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${escapeHtml(pageContentSecurityPolicy(scope))}">${html.slice(at)}`;
}

/**
 * Files only the runtime reads: its scripts and the React payloads (`index.txt`, `__next.*.txt`)
 * it fetches for client-side navigation.
 */
function isRuntimeFile(relativePath: string): boolean {
  const name = path.basename(relativePath);
  if (relativePath.startsWith(`_next${path.sep}`) && name.endsWith(".js")) return true;
  return name === "index.txt" || (name.startsWith("__next.") && name.endsWith(".txt"));
}

/**
 * Next.js also writes its 404 page as `/404/` and `/_not-found/`, which a static host would answer
 * with status 200; `404.html` is the one a host serves, with status 404, for any unknown address.
 */
const ERROR_PAGE_COPIES = ["404", "_not-found"];

/** The file Netlify and Cloudflare Pages read the headers to send from. */
export const HEADERS_FILE = "_headers";

/**
 * Turns `next build`'s export in `outDir` into the site as deployed at `basePath` (lib/site.ts):
 * pages without scripts that forbid them themselves, and the headers for hosts that read a
 * `_headers` file.
 */
export function finishExport(outDir: string, basePath = ""): { pages: number; removedFiles: number } {
  for (const copy of ERROR_PAGE_COPIES) rmSync(path.join(outDir, copy), { recursive: true, force: true });
  const entries = readdirSync(outDir, { recursive: true, withFileTypes: true });
  const pathOf = (entry: Dirent) => path.join(entry.parentPath, entry.name);
  const folders = entries.filter((entry) => entry.isDirectory()).map(pathOf);
  let pages = 0;
  let removedFiles = 0;
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const fullPath = pathOf(entry);
    if (isRuntimeFile(path.relative(outDir, fullPath))) {
      rmSync(fullPath);
      removedFiles += 1;
    } else if (entry.name.endsWith(".html")) {
      const scope = policyScopeOf(path.relative(outDir, fullPath).split(path.sep).join("/"));
      const keptScript = scope === "search" ? `${basePath}/${SEARCH_SCRIPT}` : undefined;
      writeFileSync(fullPath, withContentSecurityPolicy(withoutNextRuntime(readFileSync(fullPath, "utf8"), fullPath, keptScript), fullPath, scope));
      pages += 1;
    }
  }
  // Deepest first, so that a folder emptied of its files can go before its parent is looked at.
  for (const folder of folders.sort((a, b) => b.length - a.length)) {
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  }
  const topLevel = readdirSync(outDir, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
  writeFileSync(
    path.join(outDir, HEADERS_FILE),
    headersFile(
      staticExportHeaderRules(
        basePath,
        topLevel.filter(({ name }) => name !== HEADERS_FILE),
      ),
    ),
  );
  return { pages, removedFiles };
}
