import { availableParallelism } from "node:os";
import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { checkReport, compileContent, contentIsCompiled, loadContent, type Career } from "./lib/content";
import { CONTENT_CHECK_QUERY } from "./lib/dev-reload";
import { writeSearchIndex } from "./lib/search";
import { cacheControl, openDataHeader, SEARCH_POLICY_FOLDERS, securityHeadersFor } from "./lib/security-headers";
import { site, siteFolders } from "./lib/site";

// `npm run export` sets NEXT_OUTPUT=export to write the static site to out/; `npm run build`
// keeps a server build for `next start`.
const exporting = process.env.NEXT_OUTPUT === "export";
const developing = process.env.NODE_ENV === "development";
const delivery = developing ? "next-dev" : "next-start";
// For an export, Next.js takes distDir as the folder to write the site to (`npm run export -- --out`);
// it builds in .next regardless.
const exportDir = exporting ? process.env.NEXT_EXPORT_DIR : undefined;
// npm test checks the types once, in a step of its own, and builds twice into the same .next, each
// build clearing the last: its builds skip the type check, and the build cache that no later build
// would read (writing it costs about ten seconds of a build). The content is read once per build
// in any case: that one read is the build's check.
const testBuild = process.env.TEST_BUILD === "1";

const nextConfig: NextConfig = {
  output: exporting ? "export" : undefined,
  // SITE_URL's path (`/career-guide` on GitHub Pages): Next.js serves pages, assets, icons and
  // route handlers under it, and prefixes the patterns of headers() and redirects() below.
  basePath: site.basePath,
  ...(exportDir ? { distDir: exportDir } : {}),
  typescript: { ignoreBuildErrors: testBuild },
  // Every page is a folder with an index.html, which any static host serves without rewrites.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  // Next.js prerenders with one worker fewer than there are cores, keeping one for its own
  // process, which only waits while the pages render: on a 2-core machine that left one core idle
  // through the longest part of a build of many careers.
  experimental: {
    cpus: availableParallelism(),
    // Prefetch inlining sizes every segment of every page (a gzip each) for the client router's
    // prefetches; the pages link with plain anchors and the export drops the router, so nothing
    // reads those sizes, and at a thousand careers they cost several seconds of the build.
    prefetchInlining: false,
    turbopackFileSystemCacheForBuild: !testBuild,
  },
  // In `npm run dev` the open page checks every second whether content changed (lib/dev-reload.ts).
  logging: { incomingRequests: { ignore: [new RegExp(`[?&]${CONTENT_CHECK_QUERY}=`)] } },
  // A static export has no server to send headers: deploy/nginx.conf sends the same ones there.
  ...(exporting
    ? {}
    : {
        headers: async () => [
          // One policy per address: the search page's folders have their own (lib/security-headers.ts).
          { source: `/:path((?!(?:${SEARCH_POLICY_FOLDERS.join("|")})(?:/|$)).*)`, headers: securityHeadersFor(delivery) },
          ...SEARCH_POLICY_FOLDERS.map((folder) => ({ source: `/${folder}/:path*`, headers: securityHeadersFor(delivery, "search") })),
          // The open data is for pages and programs on any origin to read, as deploy/nginx.conf allows.
          { source: "/data/:path*", headers: [openDataHeader] },
          // Next.js would let a CDN keep prerendered pages for a year (s-maxage=31536000); its hashed assets keep their own header.
          // Not in `npm run dev`, where a saved file must show on the next request, not five minutes later.
          ...(developing ? [] : [{ source: "/((?!_next/static/).*)", headers: [{ key: "Cache-Control", value: cacheControl.other }] }]),
        ],
        // One address per page, as deploy/nginx.conf answers: a page's index.html leads to the page.
        redirects: async () => [{ source: "/:path*/index.html", destination: "/:path*/", permanent: true }],
      }),
};

/**
 * A build reads, validates and renders the content once, here, and its workers read the compiled
 * careers (lib/content/store.ts). Broken content stops the build before Next.js starts, with
 * the lines `npm run check` prints: thrown from a page, the same ContentError would come wrapped in
 * a stack trace, an object dump and "Failed to collect page data".
 */
function compileOrStop(): Career[] {
  const loaded = loadContent();
  const { lines, exitCode } = checkReport(loaded);
  if (exitCode !== 0) {
    for (const line of lines) console.error(line);
    process.exit(1);
  }
  compileContent(loaded.value);
  return loaded.value;
}

/**
 * The search index is built from the same careers, into public/, which `next start` serves and an
 * export copies: both deliveries search what they show. `npm run dev` serves the index of the last build.
 */
export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD && isBuildCommand()) {
    const careers = compileOrStop();
    const started = performance.now();
    const { pages } = writeSearchIndex(careers, path.join("public", siteFolders.searchIndex));
    // npm run bench reads this line.
    console.log(`Search index: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return nextConfig;
}

/**
 * `next build` itself, once: its workers load this file again with the compiled content already
 * named in their environment, and `next typegen` and knip load it for the build phase too, while a
 * build or a server may be reading the index they would write again.
 */
const isBuildCommand = () => process.argv[2] === "build" && !contentIsCompiled();
