import { readdirSync } from "node:fs";
import path from "node:path";

/** Where `npm run export` writes the site; lib/export/finish.ts finishes it there. */
export const EXPORT_DIR = "out";

/** The address of every page in the export in `outDir`, `/` first: each folder holding an `index.html`. */
export function exportedPagePaths(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === "index.html")
    .map((entry) => `/${path.relative(outDir, entry.parentPath).split(path.sep).join("/")}/`.replace("//", "/"))
    .sort((a, b) => (a === "/" ? -1 : b === "/" ? 1 : a < b ? -1 : a > b ? 1 : 0));
}
