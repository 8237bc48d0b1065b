import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ContentError } from "./issues";
import type { Career } from "./model";
import { contentDirectory, loadContent } from "./pipeline";
import { contentVersion } from "./version";

/**
 * The careers the pages show, and the queries over them. A build compiles the content once
 * (`compileContent`, from next.config.ts) and every build worker reads the compiled file instead
 * of reading, validating and rendering the catalogue again; `npm run dev` loads it again after
 * each save; the changes command hands it each side's load (`provideCareers`); anything else
 * (tests, scripts) loads it once per process.
 */

/** Names the compiled file to the build workers, which inherit the environment of the process that compiled it. */
const COMPILED_CONTENT = "CAREER_GUIDE_COMPILED_CONTENT";

interface Compiled {
  contentDir: string;
  careers: Career[];
}

/** Where a build keeps the compiled content of `contentDir`: one file per content folder, so builds of other content never share one. */
function compiledFile(contentDir: string): string {
  const name = Buffer.from(contentDir).toString("base64url").slice(-80);
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), "node_modules/.cache/career-guide", `${name}.json`);
}

/** Writes careers that loaded without errors where the build workers will read them, and tells them where. */
export function compileContent(careers: Career[], contentDir = contentDirectory()): void {
  const file = compiledFile(contentDir);
  mkdirSync(path.dirname(file), { recursive: true });
  // Written aside, then renamed: a worker never reads half a file.
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, JSON.stringify({ contentDir, careers } satisfies Compiled));
  renameSync(partial, file);
  process.env[COMPILED_CONTENT] = file;
}

/** Whether this process, or the one that started it, compiled the content already. */
export const contentIsCompiled = () => process.env[COMPILED_CONTENT] !== undefined;

let loaded: { contentDir: string; version?: string; careers: Career[] } | undefined;

function loadOrThrow(contentDir: string): Career[] {
  const { value, issues } = loadContent(contentDir);
  const errors = issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) throw new ContentError(errors);
  return value;
}

function readCompiled(file: string, contentDir: string): Career[] | undefined {
  const compiled = JSON.parse(readFileSync(file, "utf8")) as Compiled;
  return compiled.contentDir === contentDir ? compiled.careers : undefined;
}

/**
 * Every career: from the compiled file in a build, loaded once per content folder elsewhere, and
 * in development again after each save; throws a ContentError listing every broken file.
 */
export function getCareers(): Career[] {
  const contentDir = contentDirectory();
  // `npm run dev` asks several times a request, and its open page checks every second: the
  // content's version (file names and times) is cheap to read, and a change to it is what makes
  // reading and rendering every file again worth it.
  const version = process.env.NODE_ENV === "development" ? contentVersion(contentDir) : undefined;
  if (loaded?.contentDir === contentDir && loaded.version === version) return loaded.careers;
  const compiledPath = version === undefined ? process.env[COMPILED_CONTENT] : undefined;
  const careers = (compiledPath && readCompiled(compiledPath, contentDir)) || loadOrThrow(contentDir);
  loaded = { contentDir, version, careers };
  return careers;
}

/**
 * Has getCareers answer for `contentDir` with careers loaded from it already, without errors: the
 * changes command renders each side's pages from the load it compares rather than load it again.
 */
export function provideCareers(careers: Career[], contentDir = contentDirectory()): void {
  loaded = { contentDir, careers };
}

/** The career with this slug, or `undefined`. */
export function getCareer(slug: string): Career | undefined {
  return getCareers().find((career) => career.slug === slug);
}
