import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * Names Next.js gives meaning to in a route folder (pages, layouts, metadata images and files):
 * a level file with one of these names would collide with a file the app has or may add.
 */
const NEXT_FILE_CONVENTIONS = [
  "apple-icon",
  "default",
  "error",
  "favicon",
  "forbidden",
  "global-error",
  "icon",
  "instrumentation",
  "layout",
  "loading",
  "manifest",
  "middleware",
  "not-found",
  "opengraph-image",
  "page",
  "proxy",
  "robots",
  "route",
  "sitemap",
  "template",
  "twitter-image",
  "unauthorized",
];

/** The route folder that level pages share with the career's own pages. */
const CAREER_ROUTE_FOLDER = ["app", "careers", "[career]"];

/**
 * Level slugs the site cannot give to a level: every entry of the career's route folder (such as
 * `compare` or `opengraph-image`), read from the app itself so that a new route is reserved the
 * moment it exists, and Next.js's file conventions.
 */
export function reservedLevelSlugs(): Set<string> {
  const folder = path.join(/* turbopackIgnore: true */ process.cwd(), ...CAREER_ROUTE_FOLDER);
  const routes = readdirSync(folder)
    .filter((name) => !name.startsWith("["))
    .map((name) => name.replace(/\.[^.]+$/, ""));
  return new Set([...routes, ...NEXT_FILE_CONVENTIONS]);
}
