import path from "node:path";
import { assembleCareer, type Rendered } from "./assemble";
import { lastCommitDates } from "./history";
import { hasErrors, type ContentIssue, type Result } from "./issues";
import type { Career } from "./model";
import { type DeclaredMoves, linkMoves, moveIssues } from "./moves";
import { readSourceFile, type SourceFile } from "./read";
import { renderMarkdownFiles } from "./render";
import { stopRenderersWhenIdle } from "./render-threads";
import { aliasIssues, careerRuleIssues, type NamedFile } from "./rules";
import type { ValidCareer, ValidFile, ValidLevel } from "./valid-file";
import { RESERVED_LEVEL_SLUGS, scanContent, type ScannedCareer } from "./scan";
import { careerFrontmatterSchema, levelFrontmatterSchema } from "./schema";
import { validateFrontmatter } from "./validate";
import type { z } from "zod";

/**
 * The content pipeline, top to bottom, one stage per module: scan the folders (scan.ts) → read
 * each file (read.ts) → validate its frontmatter (validate.ts) → the rules across a career's files
 * (rules.ts) → render the markdown (render.ts) → assemble the typed models (assemble.ts) → link
 * the moves between careers (moves.ts). Each
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

/**
 * A career as loaded, for the rules across careers: its overview file's former names when it
 * validated, and the moves its valid level files declare.
 */
type LoadedCareer = Result<Career> & { named?: NamedFile; declared: DeclaredMoves[] };

/** A career's files read and their frontmatter checked, before their bodies are rendered. */
interface CheckedCareer {
  scanned: ScannedCareer;
  indexFile: Result<SourceFile>;
  levelFiles: Result<SourceFile>[];
  index: Result<ValidCareer>;
  levels: Result<ValidLevel>[];
  issues: ContentIssue[];
  named?: NamedFile;
  declared: DeclaredMoves[];
}

function checkCareer(scanned: ScannedCareer, scanIssues: ContentIssue[], reserved: ReadonlySet<string>): CheckedCareer {
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
  const issues = [scanIssues, indexFile.issues, issuesOf(levelFiles), index.issues, issuesOf(levels), rules].flat();
  const declared = valuesOf(levels).flatMap(({ slug, file, frontmatter }) =>
    frontmatter.movesTo ? [{ level: slug, file, movesTo: frontmatter.movesTo }] : [],
  );
  return { scanned, indexFile, levelFiles, index, levels, issues, named, declared };
}

/**
 * Every body that read, valid frontmatter or not, so that an editor hears of every mistake in a
 * file at once: the overview's first, then the levels' in their files' order.
 */
const bodiesOf = ({ indexFile, levelFiles }: CheckedCareer): SourceFile[] => valuesOf([indexFile, ...levelFiles]);

/** The career assembled from its checked files and its bodies' HTML, in bodiesOf's order. */
function finishCareer(checked: CheckedCareer, html: Result<string>[], commitDates: ReadonlyMap<string, string>): LoadedCareer {
  const { scanned, indexFile, levelFiles, index, levels, named, declared } = checked;
  const next = () => html.shift()!;
  const renderedIndex = withHtml(index.value, indexFile.value ? next() : { issues: [] });
  const renderedLevels = levelFiles.map((file, position) => withHtml(levels[position]!.value, file.value ? next() : { issues: [] }));

  const issues = [checked.issues, renderedIndex.issues, issuesOf(renderedLevels)].flat();
  const readyLevels = valuesOf(renderedLevels);
  if (!renderedIndex.value || readyLevels.length !== scanned.levels.length || hasErrors(issues)) return { issues, named, declared };
  return { value: assembleCareer(scanned, renderedIndex.value, readyLevels, commitDates), issues, named, declared };
}

/** Every career's files checked, then every body rendered in one go, side by side, then each career assembled. */
function loadCareers(scanned: readonly Result<ScannedCareer>[], commitDates: ReadonlyMap<string, string>, reserved: ReadonlySet<string>): LoadedCareer[] {
  const checked = scanned.map(({ value, issues }) => value && checkCareer(value, issues, reserved));
  const bodies = checked.map((career) => (career ? bodiesOf(career) : []));
  const html = renderMarkdownFiles(bodies.flat());
  stopRenderersWhenIdle();
  let first = 0;
  return checked.map((career, position) => {
    const own = html.slice(first, (first += bodies[position]!.length));
    return career ? finishCareer(career, own, commitDates) : { issues: scanned[position]!.issues, declared: [] };
  });
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
  const careers = loadCareers(scan.value ?? [], commitDates, RESERVED_LEVEL_SLUGS);
  // A career's former name is an address beside every other career's: it is checked against them all.
  const careerSlugs = (scan.value ?? []).flatMap((career) => (career.value ? [career.value.slug] : []));
  const careerAliasIssues = aliasIssues(
    careers.flatMap((career) => (career.named ? [career.named] : [])),
    careerSlugs,
    "career",
    new Set(),
  );
  // Moves name levels of other careers: they are checked once every career has loaded, and linked both ways among those without errors.
  const withSlugs = careers.map((career, position) => ({ ...career, slug: scan.value?.[position]?.value?.slug ?? "" }));
  const failedSlugs = new Set(withSlugs.flatMap(({ slug, value }) => (value ? [] : [slug])));
  const formerNames = new Map(careers.flatMap(({ named }) => (named ? named.aliases.map((alias) => [alias, named.slug] as const) : [])));
  const movesIssues = moveIssues(
    withSlugs.map(({ slug, value, declared }) => ({ slug, career: value, declared })),
    failedSlugs,
    formerNames,
  );
  const crossCareerIssues = [...careerAliasIssues, ...movesIssues];
  const valid = withSlugs.filter(({ named, declared }) => {
    const files = new Set([named?.file.path, ...declared.map((moves) => moves.file.path)]);
    return !crossCareerIssues.some((issue) => files.has(issue.file));
  });
  const linked = linkMoves(valid.map(({ slug, value, declared }) => ({ slug, career: value, declared })));
  return { value: linked, issues: [...scan.issues, ...issuesOf(careers), ...crossCareerIssues].sort(byPlace) };
}
