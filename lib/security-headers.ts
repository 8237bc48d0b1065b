/**
 * Response headers for every page and asset, shared by `next start` (next.config.ts) and the
 * static export's nginx server (deploy/nginx.conf, checked against this list by a unit test).
 */

/**
 * The pages are prerendered and load nothing from other origins, so everything is `'self'`.
 * Next.js streams each page's React payload in inline `<script>` tags whose contents differ per
 * page and per build; a static host cannot send per-page hashes or nonces, hence the one
 * relaxation, `'unsafe-inline'` in script-src. The content is sanitized markdown from the
 * repository, with no user input, which is what keeps that relaxation low-risk.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export interface ResponseHeader {
  key: string;
  value: string;
}

export const securityHeaders: readonly ResponseHeader[] = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** React's development build evaluates code for its debugging tools; production never does. */
export function securityHeadersFor(environment: string | undefined): ResponseHeader[] {
  if (environment !== "development") return [...securityHeaders];
  return securityHeaders.map((header) =>
    header.key === "Content-Security-Policy" ? { ...header, value: header.value.replace("'unsafe-inline'", "'unsafe-inline' 'unsafe-eval'") } : header,
  );
}
