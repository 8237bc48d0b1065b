import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { formatIssue } from "./lib/content/errors";
import { loadContent } from "./lib/content/load";
import { securityHeadersFor } from "./lib/security-headers";

// `npm run export` sets NEXT_OUTPUT=export to write the static site to out/; `npm run build`
// keeps a server build for `next start`.
const staticExport = process.env.NEXT_OUTPUT === "export";

const nextConfig: NextConfig = {
  output: staticExport ? "export" : undefined,
  // Every page is a folder with an index.html, which any static host serves without rewrites.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  // A static export has no server to send headers: deploy/nginx.conf sends the same ones there.
  ...(staticExport ? {} : { headers: async () => [{ source: "/:path*", headers: securityHeadersFor(process.env.NODE_ENV === "development" ? "next-dev" : "next-start") }] }),
};

/**
 * A build of broken content stops here, before Next.js starts, with the editor's lines alone:
 * thrown from a page, the same ContentError would come wrapped in a stack trace, an object dump
 * and "Failed to collect page data".
 */
function stopOnContentErrors(): void {
  const errors = loadContent().issues.filter((issue) => issue.severity === "error");
  if (errors.length === 0) return;
  for (const issue of errors) console.error(formatIssue(issue));
  console.error("The content has errors; `npm run check` lists them with the warnings.");
  process.exit(1);
}

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) stopOnContentErrors();
  return nextConfig;
}
