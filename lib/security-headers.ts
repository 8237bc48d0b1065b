/**
 * Response headers for every page and asset, for each way the site is served: `next dev` and
 * `next start` (next.config.ts, on every answer that carries a page), and the
 * static export: its nginx server (deploy/nginx.conf, checked against this list by the browser
 * tests), the `_headers` file it carries for Netlify and Cloudflare Pages, and the policy each of
 * its pages carries for hosts that send no headers at all (GitHub Pages), both written by
 * `npm run export` (lib/export/finish.ts).
 */

export type Delivery = "static-export" | "next-start" | "next-dev";

/**
 * Where scripts may come from. The export's pages carry no script at all: lib/export/finish.ts
 * drops Next.js's runtime, which prerendered pages linked by plain anchors do not need. Under
 * Next.js's server, each page streams its React payload in inline `<script>` tags whose contents
 * differ per page and per build, so that delivery needs `'unsafe-inline'`; React's development
 * build also evaluates code for its debugging tools.
 */
const scriptSources: Record<Delivery, string> = {
  "static-export": "'none'",
  "next-start": "'self' 'unsafe-inline'",
  "next-dev": "'self' 'unsafe-inline' 'unsafe-eval'",
};

/** The pages are prerendered and load nothing from other origins, so everything else is `'self'`. */
function contentSecurityPolicyDirectives(delivery: Delivery): string[] {
  return [
    "default-src 'self'",
    `script-src ${scriptSources[delivery]}`,
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

const contentSecurityPolicy = (delivery: Delivery) => contentSecurityPolicyDirectives(delivery).join("; ");

/**
 * Directives a policy in a `<meta http-equiv>` element cannot carry (CSP Level 3, "Delivery via
 * meta"): browsers ignore them there and warn. Framing is refused by a header alone.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors", "report-uri", "sandbox"];

/**
 * The export's policy as each of its pages carries it, first in its `<head>`, so that no host can
 * let a script run, whatever headers it sends: everything but the header-only directives.
 */
export function pageContentSecurityPolicy(): string {
  return contentSecurityPolicyDirectives("static-export")
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

export function securityHeadersFor(delivery: Delivery): ResponseHeader[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(delivery) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  ];
}

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
 * values with a comma, which for two cache lifetimes means neither. So the pages' lifetime is
 * given by one rule per entry at the top of the export, and hashed assets, all under
 * `_next/static/` (the export keeps nothing else of `_next/`), by theirs.
 */
export function staticExportHeaderRules(basePath: string, entries: readonly ExportEntry[]): HeaderRule[] {
  const under = (path: string) => `${basePath}/${path}`;
  const revalidated = { key: "Cache-Control", value: cacheControl.other };
  return [
    { path: under("*"), headers: securityHeadersFor("static-export") },
    { path: under("_next/static/*"), headers: [{ key: "Cache-Control", value: cacheControl.hashedAsset }] },
    // The home page, which no entry's rule reaches.
    { path: under(""), headers: [revalidated] },
    ...entries
      .filter(({ name }) => name !== "_next")
      .map(({ name, folder }) => ({ path: under(folder ? `${name}/*` : name), headers: name === "data" ? [revalidated, openDataHeader] : [revalidated] })),
    { path: under("data/schema/*"), headers: [{ key: "Content-Type", value: jsonSchemaType }] },
  ];
}

/** Rules as a `_headers` file (Netlify, Cloudflare Pages): each address on a line, its headers indented below it. */
export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ path, headers }) => [path, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join("\n"));
  return `# Written by npm run export from lib/security-headers.ts: the headers deploy/nginx.conf sends.\n${blocks.join("\n")}\n`;
}
