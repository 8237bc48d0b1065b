import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Career } from "../../lib/content";
import { escapeHtml } from "../../lib/text";
import { paths } from "../../lib/site";
import { type RunningServer, startNginx } from "./servers";

/**
 * The overview page's content as one hand-written static HTML file: no framework, no JavaScript,
 * a few lines of inline CSS. The floor the real page is compared with.
 */
function floorOverviewHtml(career: Career): string {
  const levels = career.levels.map((level) => `<li><a href="${paths.level(career.slug, level.slug)}">${escapeHtml(level.title)}</a></li>`).join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(career.title)} career guide</title>
<meta name="description" content="${escapeHtml(career.description)}">
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:68ch;margin:0 auto;padding:1rem;color:#0f172a}a{color:#0f766e}</style>
</head>
<body>
<nav aria-label="Breadcrumb"><a href="/">Home</a></nav>
<main>
<h1>${escapeHtml(career.title)}</h1>
<p>${escapeHtml(career.tagline)}</p>
<h2>What you do</h2>
${career.roleHtml}
<h2>Career path</h2>
<ol>${levels}</ol>
<p><a href="${paths.compare(career.slug)}">Compare all ${career.levels.length} levels side by side</a></p>
</main>
</body>
</html>
`;
}

/** The floor page served by nginx on `port` at /floor/, with its gzip size. */
export async function startFloorServer(career: Career, port: number): Promise<RunningServer & { gzipBytes: number }> {
  const html = floorOverviewHtml(career);
  const root = mkdtempSync(path.join(os.tmpdir(), "career-bench-floor-"));
  const removeRoot = () => rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, "floor"));
  writeFileSync(path.join(root, "floor", "index.html"), html);
  const url = `http://127.0.0.1:${port}/floor/`;
  const nginx = await startNginx(`server { listen 127.0.0.1:${port}; root ${root}; }`, url).catch((error: unknown) => {
    removeRoot();
    throw error;
  });
  return { url, gzipBytes: gzipSync(html, { level: 9 }).length, stop: () => nginx.stop().then(removeRoot) };
}
