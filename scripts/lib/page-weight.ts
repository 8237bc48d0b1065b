import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { EXPORT_DIR } from "./static-export";

/** What one prerendered page costs a visitor, in gzip bytes (level 9, as static hosts precompress). */
export interface PageWeight {
  htmlBytes: number;
  cssBytes: number;
  jsBytes: number;
  cssFiles: string[];
  jsFiles: string[];
  /** Web fonts the page asks for, by preload or by `url(…)` in its stylesheets; the site uses system fonts. */
  fontFiles: string[];
}

export const gzipBytes = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function tags(html: string, element: string): string[] {
  return html.match(new RegExp(`<${element}\\b[^>]*>`, "g")) ?? [];
}

/** Where a build keeps each page's HTML and the files that `/_next/static/…` URLs name, under the path it was built for. */
export interface Build {
  htmlFile(route: string): string;
  staticDir: string;
  /** The path of the SITE_URL it was built for (`/guide`), which every route and asset URL starts with; empty at the root. */
  basePath: string;
}

const routeSegments = (route: string) => route.replace(/^\/+|\/+$/g, "");

/** `next build` for `next start`: `/careers/x/` is `server/app/careers/x.html`. */
export function nextStartBuild(distDir: string): Build {
  return {
    htmlFile: (route) => path.join(distDir, "server", "app", `${routeSegments(route) || "index"}.html`),
    staticDir: path.join(distDir, "static"),
    basePath: "",
  };
}

/** `npm run export` for a site under `basePath`: `/guide/careers/x/` is `careers/x/index.html`. */
export function staticExportBuild(outDir: string, basePath = ""): Build {
  const withoutBase = (route: string) => (route.startsWith(`${basePath}/`) ? route.slice(basePath.length) : route);
  return { htmlFile: (route) => path.join(outDir, routeSegments(withoutBase(route)), "index.html"), staticDir: path.join(outDir, "_next", "static"), basePath };
}

function builtAsset(build: Build, url: string): string {
  const pathname = new URL(url, "http://localhost").pathname;
  const prefix = `${build.basePath}/_next/static/`;
  if (!pathname.startsWith(prefix)) throw new Error(`${url} is not a Next.js build asset`);
  return path.join(build.staticDir, pathname.slice(prefix.length));
}

/** Sums what the page loads: its HTML, every `<script src>` and `<link rel=stylesheet>`, read from the build. */
export function measurePage(build: Build, route: string): PageWeight {
  const html = readFileSync(build.htmlFile(route), "utf8");
  const jsFiles = [
    ...new Set(
      tags(html, "script")
        .map((tag) => attribute(tag, "src"))
        .filter((src) => src !== undefined),
    ),
  ];
  const links = tags(html, "link");
  const cssFiles = [...new Set(links.filter((tag) => attribute(tag, "rel") === "stylesheet").map((tag) => attribute(tag, "href")!))];
  const css = cssFiles.map((file) => readFileSync(builtAsset(build, file), "utf8"));
  const fontPattern = /\.(woff2?|ttf|otf|eot)(\?|$)/;
  const fontFiles = [
    ...links.filter((tag) => attribute(tag, "as") === "font").map((tag) => attribute(tag, "href")!),
    ...css.flatMap((sheet) => [...sheet.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => match[1]!)),
  ].filter((url) => fontPattern.test(url));
  return {
    htmlBytes: gzipBytes(html),
    cssBytes: css.reduce((sum, sheet) => sum + gzipBytes(sheet), 0),
    jsBytes: jsFiles.reduce((sum, file) => sum + gzipBytes(readFileSync(builtAsset(build, file))), 0),
    cssFiles,
    jsFiles,
    fontFiles,
  };
}

/** `12345` as "12.1 KB". */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The repository's two builds, by delivery: `npm run export`'s and `next build`'s. */
export const repositoryBuilds = { "static-export": staticExportBuild(EXPORT_DIR), "next-start": nextStartBuild(".next") } as const;
