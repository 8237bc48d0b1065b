/**
 * `tsx scripts/check-links.ts [folder] [base path]`: crawls the static export in out/ (or `folder`)
 * as nginx serves it (deploy/nginx.conf), under the path it was exported for (`/guide`) if any,
 * and fails on any broken link or missing `#fragment` target. It starts from every page the
 * export holds, not only the home page, so that a page no other page links to (a former address,
 * which only sends its reader on) has its links checked too.
 * External sites are not checked: the build must not depend on the network, and the guides'
 * sources are reviewed by editors.
 */
import path from "node:path";
import { LinkChecker, LinkState } from "linkinator";
import { commandLine } from "./lib/command-line";
import { freePort } from "./lib/ports";
import { startExportServer } from "./lib/servers";
import { EXPORT_DIR, exportedPagePaths } from "./lib/static-export";

/**
 * The checker reads any `<meta content>` that parses as a URL as a link, and a social card's title
 * such as "Moved: C# 50%" does, with the scheme "moved:"; it then fails on the "fragment" after `#`.
 * The site links over HTTP alone, and the checker skips other schemes it reaches.
 */
const isOtherScheme = (url: string) => URL.canParse(url) && !["http:", "https:"].includes(new URL(url).protocol);

async function main(): Promise<number> {
  // A port of its own, so that it can crawl one export while other steps serve another.
  const [folder = EXPORT_DIR, basePath = ""] = commandLine("usage: tsx scripts/check-links.ts [folder] [base path]", {}, { max: 2 }).positionals;
  const exportDir = path.resolve(folder);
  const server = await startExportServer(await freePort(), exportDir, basePath);
  try {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: exportedPagePaths(exportDir).map((pagePath) => `${server.url}${basePath}${pagePath}`),
      recurse: true,
      checkFragments: true,
      linksToSkip: ["^https?://(?!127\\.0\\.0\\.1[:/])"],
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN && !isOtherScheme(link.url));
    const checked = result.links.filter((link) => link.state === LinkState.OK).length;
    for (const link of broken) console.error(`broken: ${link.url} (status ${link.status ?? "none"}) on ${link.parent ?? "the start page"}`);
    console.log(`${checked} links ok, ${broken.length} broken`);
    return broken.length === 0 ? 0 : 1;
  } finally {
    await server.stop();
  }
}

main().then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
