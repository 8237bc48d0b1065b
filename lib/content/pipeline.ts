import path from "node:path";
import { assembleCareer, type Rendered } from "./assemble";
import { lastCommitDates } from "./history";
import { hasErrors, type ContentIssue, type Result } from "./issues";
import type { Career } from "./model";
import { readSourceFile, type SourceFile } from "./read";
import { renderMarkdown } from "./render";
import { aliasIssues, careerRuleIssues, type NamedFile, type ValidCareer, type ValidFile, type ValidLevel } from "./rules";
import { reservedLevelSlugs, scanContent, type ScannedCareer } from "./scan";
import { careerFrontmatterSchema, levelFrontmatterSchema } from "./schema";
import { validateFrontmatter } from "./validate";
import type { z } from "zod";

/**
 * The content pipeline, top to bottom, one stage per module: scan the folders (scan.ts) → read
 * each file (read.ts) → validate its frontmatter (validate.ts) → the rules across a career's files
 * (rules.ts) → render the markdown (render.ts) → assemble the typed models (assemble.ts). Each
 * stage returns its value beside its issues, so one run reports every mistake in every file.
 */

/** `CONTENT_DIR` points the site at another content tree (the benchmark's and the tests' generated careers). */
export function contentDirectory(): string {
  // Pages are prerendered at build, so the server bundle never needs the content traced into it.
  return path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR ?? "content");
}

const valuesOf = <Value>(results: readonly Result<Value>[]) => results.flatMap((result) => (result.value === undefined ? [] : [result.value]));
const issuesOf = (results: readonly Result<unknown>[]) => results.flatMap((result) => result.issues);

/** A file's frontmatter, validated against `schema`, beside the file. */
function validated<Schema extends z.ZodType>(file: SourceFile, schema: Schema): Result<ValidFile<z.infer<Schema>>> {
  const { value: frontmatter, issues } = validateFrontmatter(file, schema);
  return { value: frontmatter === undefined ? undefined : { file, frontmatter }, issues };
}

/** A valid file with its body's HTML, when the body rendered. */
const withHtml = <File extends ValidFile<unknown>>(valid: File | undefined, html: Result<string>): Result<Rendered<File>> => ({
  value: valid && html.value !== undefined ? { ...valid, html: html.value } : undefined,
  issues: html.issues,
});

/** A career as loaded, with its overview file's former names when it validated, for the rule across careers. */
type LoadedCareer = Result<Career> & { named?: NamedFile };

function loadCareer({ value: scanned, issues: scanIssues }: Result<ScannedCareer>, commitDates: ReadonlyMap<string, string>, reserved: ReadonlySet<string>): LoadedCareer {
  if (!scanned) return { issues: scanIssues };
  const indexFile = scanned.indexPath ? readSourceFile(scanned.indexPath) : { issues: [] };
  const levelFiles = scanned.levels.map((level) => readSourceFile(level.absolutePath));

  const index: Result<ValidCareer> = indexFile.value ? validated(indexFile.value, careerFrontmatterSchema) : { issues: [] };
  const levels = levelFiles.map((file, position): Result<ValidLevel> => {
    if (!file.value) return { issues: [] };
    const level = validated(file.value, levelFrontmatterSchema);
    return { value: level.value && { ...level.value, slug: scanned.levels[position]!.slug }, issues: level.issues };
  });

  const rules = careerRuleIssues(valuesOf(levels), scanned.levelFileSlugs, reserved);
  const named = index.value && { slug: scanned.slug, file: index.value.file, aliases: index.value.frontmatter.aliases ?? [] };

  // Every body that read is rendered, valid frontmatter or not, so that an editor hears of every mistake in a file at once.
  const renderedIndex = withHtml(index.value, indexFile.value ? renderMarkdown(indexFile.value) : { issues: [] });
  const renderedLevels = levelFiles.map((file, position) => withHtml(levels[position]!.value, file.value ? renderMarkdown(file.value) : { issues: [] }));

  const issues = [scanIssues, indexFile.issues, issuesOf(levelFiles), index.issues, issuesOf(levels), rules, renderedIndex.issues, issuesOf(renderedLevels)].flat();
  const readyLevels = valuesOf(renderedLevels);
  if (!renderedIndex.value || readyLevels.length !== scanned.levels.length || hasErrors(issues)) return { issues, named };
  return { value: assembleCareer(scanned, renderedIndex.value, readyLevels, commitDates), issues, named };
}

/** Problems in file order, then by line, so an editor reads them as they go through the files. */
const byPlace = (a: ContentIssue, b: ContentIssue) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);

/**
 * Reads, validates and resolves every career under `contentDir`. Never throws for content
 * problems: they are all returned in `issues` (careers with errors are left out of `value`).
 */
export function loadContent(contentDir = contentDirectory()): Required<Result<Career[]>> {
  const scan = scanContent(contentDir);
  // The history is read once for the whole tree, and only when there is content to date.
  const commitDates = scan.value && scan.value.length > 0 ? lastCommitDates(contentDir) : new Map<string, string>();
  const reserved = reservedLevelSlugs();
  const careers = (scan.value ?? []).map((career) => loadCareer(career, commitDates, reserved));
  // A career's former name is an address beside every other career's: it is checked against them all.
  const careerSlugs = (scan.value ?? []).flatMap((career) => (career.value ? [career.value.slug] : []));
  const careerAliasIssues = aliasIssues(careers.flatMap((career) => (career.named ? [career.named] : [])), careerSlugs, "career", new Set());
  const valid = careers.filter(({ named }) => !careerAliasIssues.some((issue) => issue.file === named?.file.path));
  return { value: valuesOf(valid), issues: [...scan.issues, ...issuesOf(careers), ...careerAliasIssues].sort(byPlace) };
}
