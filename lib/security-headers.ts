/**
 * Response headers for every page and asset, for each way the site is served: `next dev` and
 * `next start` (next.config.ts, on every answer that carries a page), and the
 * static export: its nginx server (deploy/nginx.conf, checked against this list by the browser
 * tests), the `_headers` file it carries for Netlify and Cloudflare Pages, and the policy each of
 * its pages carries for hosts that send no headers at all (GitHub Pages), both written by
 * `npm run export` (lib/export/finish.ts).
 */

import { siteFolders } from "./site";

export type Delivery = "static-export" | "next-start" | "next-dev";

/**
 * What a policy is for: every page, or the search page, whose one script runs Pagefind's
 * WebAssembly in the page and in a worker. A worker takes the policy its own file is served with,
 * so the search index's folder has the search page's policy too.
 */
export type PolicyScope = "page" | "search";

/** The top-level folders with the search page's policy; every other address has the pages'. */
export const SEARCH_POLICY_FOLDERS: readonly string[] = [siteFolders.search, siteFolders.searchIndex];

/**
 * Where scripts may come from. The export's pages carry no script at all: lib/export/finish.ts
 * drops Next.js's runtime, which prerendered pages linked by plain anchors do not need; the search
 * page alone keeps its own module, which compiles Pagefind's WebAssembly (`'wasm-unsafe-eval'`,
 * which allows that and no `eval`). Under Next.js's server, each page streams its React payload in
 * inline `<script>` tags whose contents differ per page and per build, so that delivery needs
 * `'unsafe-inline'`; React's development build also evaluates code for its debugging tools, which
 * covers WebAssembly too.
 */
const scriptSources: Record<Delivery, Record<PolicyScope, string>> = {
  "static-export": { page: "'none'", search: "'self' 'wasm-unsafe-eval'" },
  "next-start": { page: "'self' 'unsafe-inline'", search: "'self' 'unsafe-inline' 'wasm-unsafe-eval'" },
  "next-dev": { page: "'self' 'unsafe-inline' 'unsafe-eval'", search: "'self' 'unsafe-inline' 'unsafe-eval'" },
};

/**
 * The pages are prerendered and load nothing from other origins, so everything else is `'self'`;
 * Pagefind's worker falls back to script-src, and its fetches of the index to connect-src.
 */
function contentSecurityPolicyDirectives(delivery: Delivery, scope: PolicyScope): string[] {
  return [
    "default-src 'self'",
    `script-src ${scriptSources[delivery][scope]}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    // Not 'none' even for the export: Lighthouse's SEO audit reads robots.txt with a fetch from the page.
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
}

const contentSecurityPolicy = (delivery: Delivery, scope: PolicyScope = "page") => contentSecurityPolicyDirectives(delivery, scope).join("; ");

/**
 * Directives a policy in a `<meta http-equiv>` element cannot carry (CSP Level 3, "Delivery via
 * meta"): browsers ignore them there and warn. Framing is refused by a header alone.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors", "report-uri", "sandbox"];

/**
 * The export's policy as each of its pages carries it, first in its `<head>`, so that no host can
 * let a script run, whatever headers it sends: everything but the header-only directives.
 */
export function pageContentSecurityPolicy(scope: PolicyScope = "page"): string {
  return contentSecurityPolicyDirectives("static-export", scope)
    .filter((directive) => !HEADER_ONLY_DIRECTIVES.includes(directive.split(" ")[0]!))
    .join("; ");
}

/**
 * Hashed assets never change under the same name, so they are kept for a year; pages, images and
 * the sitemap may change with any deploy, so every cache, a CDN in front included, revalidates
 * them after five minutes.
 */
export const cacheControl = {
  hashedAsset: "public, max-age=31536000, immutable",
  other: "public, max-age=300, must-revalidate",
} as const;

export interface ResponseHeader {
  key: string;
  value: string;
}

/** The headers every answer carries, whatever its address. */
function commonSecurityHeaders(): ResponseHeader[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  ];
}

const policyHeader = (delivery: Delivery, scope: PolicyScope): ResponseHeader => ({
  key: "Content-Security-Policy",
  value: contentSecurityPolicy(delivery, scope),
});

/** Every security header an answer of `delivery` carries, with the policy of `scope`. */
export function securityHeadersFor(delivery: Delivery, scope: PolicyScope = "page"): ResponseHeader[] {
  return [policyHeader(delivery, scope), ...commonSecurityHeaders()];
}

/** The scope of the policy for a path under the site's base path (`search/`, `careers/x/`). */
export const policyScopeOf = (pathUnderBase: string): PolicyScope =>
  SEARCH_POLICY_FOLDERS.some((folder) => pathUnderBase === folder || pathUnderBase.startsWith(`${folder}/`)) ? "search" : "page";

/** Where a browser or program may read the open data from: any origin (deploy/nginx.conf, next.config.ts). */
export const openDataHeader: ResponseHeader = { key: "Access-Control-Allow-Origin", value: "*" };

/** The media type of the open data's JSON Schemas, which `.json` alone would make `application/json`. */
export const jsonSchemaType = "application/schema+json";

/** Headers a static host sends for the addresses `path` matches: one address, or every one under a folder (`/careers/*`). */
export interface HeaderRule {
  path: string;
  headers: ResponseHeader[];
}

/** An entry at the top of the export's folder. */
export interface ExportEntry {
  name: string;
  folder: boolean;
}

/**
 * What deploy/nginx.conf sends, as rules for a host that reads a `_headers` file, under the
 * site's base path. No address gets a header from two rules: Cloudflare Pages would join their
 * values with a comma, which for two cache lifetimes means neither, and two policies would both
 * apply, the pages' forbidding what the search page needs. So the pages' lifetime and policy are
 * given by one rule per entry at the top of the export, and hashed assets, all under
 * `_next/static/` (the export keeps nothing else of `_next/`), by theirs.
 */
export function staticExportHeaderRules(basePath: string, entries: readonly ExportEntry[]): HeaderRule[] {
  const under = (path: string) => `${basePath}/${path}`;
  const revalidated = { key: "Cache-Control", value: cacheControl.other };
  const pageHeaders = (name: string) => [revalidated, policyHeader("static-export", policyScopeOf(name))];
  return [
    { path: under("*"), headers: commonSecurityHeaders() },
    { path: under("_next/static/*"), headers: [{ key: "Cache-Control", value: cacheControl.hashedAsset }, policyHeader("static-export", "page")] },
    // The home page, which no entry's rule reaches.
    { path: under(""), headers: pageHeaders("") },
    ...entries
      .filter(({ name }) => name !== "_next")
      .map(({ name, folder }) => ({
        path: under(folder ? `${name}/*` : name),
        headers: name === "data" ? [...pageHeaders(name), openDataHeader] : pageHeaders(name),
      })),
    { path: under("data/schema/*"), headers: [{ key: "Content-Type", value: jsonSchemaType }] },
  ];
}

/** Rules as a `_headers` file (Netlify, Cloudflare Pages): each address on a line, its headers indented below it. */
export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ path, headers }) => [path, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join("\n"));
  return `# Written by npm run export from lib/security-headers.ts: the headers deploy/nginx.conf sends.\n${blocks.join("\n")}\n`;
}
