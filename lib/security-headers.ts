/**
 * Response headers for every page and asset, for each way the site is served: `next dev` and
 * `next start` (next.config.ts, and every-response.ts for the answers it does not reach), and the
 * static export's nginx server (deploy/nginx.conf, checked against this list by the browser tests).
 */

export type Delivery = "static-export" | "next-start" | "next-dev";

/**
 * Where scripts may come from. The export's pages carry no script at all: scripts/lib/static-export.ts
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
function contentSecurityPolicy(delivery: Delivery): string {
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
  ].join("; ");
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
