import { lstatSync, readdirSync, type Dirent } from "node:fs";
import path from "node:path";
import { ContentError, type ContentIssue } from "./errors";
import { lastCommitDates, latestDate } from "./history";
import { renderMarkdown } from "./markdown";
import type { Career, Level, LevelRef, RequirementGroup } from "./model";
import { reservedLevelSlugs } from "./reserved-names";
import { buildsOnIssues, duplicateRankIssues, repeatIssues, type ParsedLevel } from "./rules";
import { careerFrontmatterSchema, hasInvisibleCharacter, levelFrontmatterSchema, SLUG_MAX_LENGTH, SLUG_PATTERN } from "./schema";
import { fileIssue, notARegularFile, readSourceFile, repositoryPath, type SourceFile } from "./source-file";
import { validateFrontmatter } from "./validate";
import { contentVersion } from "./version";

export interface LoadedContent {
  careers: Career[];
  /** Every error and warning in every file; careers with errors are left out of `careers`. */
  issues: ContentIssue[];
}

/** `CONTENT_DIR` points the site at another content tree (the benchmark's synthetic careers). */
export function contentDirectory(): string {
  // Pages are prerendered at build, so the server bundle never needs the content traced into it.
  return path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR ?? "content");
}

/** What one step of loading gives: a value when it succeeded, and the problems it found either way. */
interface Checked<Value> {
  value?: Value;
  issues: ContentIssue[];
}

const hasErrors = (issues: readonly ContentIssue[]) => issues.some((issue) => issue.severity === "error");

/** The entries of a folder, sorted so that problems are reported in the same order on every file system. */
const entriesOf = (folder: string): Dirent[] =>
  readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** Files editors' tools leave behind (`.DS_Store`, `.gitkeep`) are not content and need no word. */
const isHidden = (entry: Dirent) => entry.name.startsWith(".");
const LOOKS_LIKE_MARKDOWN = /\.(?:md|markdown|mdown|mkdn?|mdx|txt)$/i;

function slugIssues(absolutePath: string, slug: string, kind: "folder" | "file"): ContentIssue[] {
  const where = repositoryPath(absolutePath);
  if (!SLUG_PATTERN.test(slug)) {
    return [fileIssue(where, `the ${kind} name "${slug}" must be lowercase words joined by hyphens, like "senior-manager"; it becomes the page's address`)];
  }
  if (slug.length > SLUG_MAX_LENGTH) {
    return [fileIssue(where, `the ${kind} name "${slug}" is ${slug.length} characters long; use at most ${SLUG_MAX_LENGTH}, as it becomes the page's address`)];
  }
  return [];
}

/** The markdown body as HTML, or the reason it cannot be shown, on the file's own line. */
function markdownHtml(file: SourceFile): Checked<string> {
  const invisibleLine = file.body.split("\n").findIndex(hasInvisibleCharacter);
  if (invisibleLine >= 0) {
    const message = "the text contains an invisible or control character (such as a zero-width space or a right-to-left override); retype the line without it";
    return { issues: [file.issue("error", [], message, { line: file.bodyLine + invisibleLine, column: 1 })] };
  }
  const rendered = renderMarkdown(file.body);
  if ("html" in rendered) return { value: rendered.html, issues: [] };
  return { issues: rendered.problems.map(({ error, line }) => file.issue("error", [], error, { line: file.bodyLine + line - 1, column: 1 })) };
}

function parseLevel(absolutePath: string, reserved: ReadonlySet<string>): Checked<ParsedLevel> {
  const slug = path.basename(absolutePath, ".md");
  const nameIssues = slugIssues(absolutePath, slug, "file");
  if (nameIssues.length > 0) return { issues: nameIssues };
  if (reserved.has(slug)) {
    return { issues: [fileIssue(repositoryPath(absolutePath), `"${slug}" is a reserved name: the site uses it for its own pages and files; rename the file`)] };
  }
  const read = readSourceFile(absolutePath);
  if (!read.file) return { issues: read.issues };
  const frontmatter = validateFrontmatter(read.file, levelFrontmatterSchema);
  const narrative = markdownHtml(read.file);
  const issues = [...frontmatter.issues, ...narrative.issues];
  if (!frontmatter.value || narrative.value === undefined) return { issues };
  return { value: { slug, file: read.file, frontmatter: frontmatter.value, narrativeHtml: narrative.value }, issues };
}

/**
 * The level files of a career and the problems with what else is in its levels folder: files
 * and folders that look like levels but would not be read are named rather than skipped.
 */
function levelFiles(levelsDir: string): { files: string[]; issues: ContentIssue[] } {
  const files: string[] = [];
  const issues: ContentIssue[] = [];
  for (const entry of entriesOf(levelsDir)) {
    const where = repositoryPath(path.join(levelsDir, entry.name));
    if (isHidden(entry)) continue;
    if (entry.isDirectory()) {
      issues.push(fileIssue(where, "folders inside levels/ are not read; move the level files directly into levels/"));
    } else if (!entry.name.endsWith(".md")) {
      issues.push(
        LOOKS_LIKE_MARKDOWN.test(entry.name)
          ? fileIssue(where, `this file is not read: level files end in .md; rename it to ${entry.name.replace(LOOKS_LIKE_MARKDOWN, "").toLowerCase()}.md`)
          : fileIssue(where, "this file is not read: a levels folder holds only level files ending in .md", "warning"),
      );
    } else {
      const notRegular = notARegularFile(entry);
      if (notRegular) issues.push(fileIssue(where, notRegular));
      else files.push(path.join(levelsDir, entry.name));
    }
  }
  return { files, issues };
}

/** Problems with anything in a career folder besides index.md and levels/. */
function strayEntryIssues(careerDir: string, entries: readonly Dirent[]): ContentIssue[] {
  return entries
    .filter((entry) => !isHidden(entry) && entry.name !== "index.md" && entry.name !== "levels")
    .map((entry) => fileIssue(repositoryPath(path.join(careerDir, entry.name)), "this is not read: a career folder holds index.md and a levels folder", "warning"));
}

const refOf = ({ slug, title, rank }: LevelRef): LevelRef => ({ slug, title, rank });

/** The levels in ladder order, each with what it inherits; the ladder's rules have already held. */
function buildLevels(careerSlug: string, parsed: readonly ParsedLevel[], commitDates: ReadonlyMap<string, string>): { levels: Level[]; issues: ContentIssue[] } {
  const ordered = [...parsed].sort((a, b) => a.frontmatter.rank - b.frontmatter.rank);
  const built = new Map<string, Level>();
  const issues: ContentIssue[] = [];
  // Lower levels come first, so the level a level builds on is always built already.
  for (const [index, level] of ordered.entries()) {
    const { slug, file, frontmatter, narrativeHtml } = level;
    const base = frontmatter.buildsOn === undefined ? undefined : built.get(frontmatter.buildsOn);
    const inheritedRequirements: RequirementGroup[] = base
      ? [...base.inheritedRequirements, { level: refOf(base), requirements: base.requirements }]
      : [];
    issues.push(...repeatIssues(level, inheritedRequirements));
    built.set(slug, {
      slug,
      title: frontmatter.title,
      rank: frontmatter.rank,
      step: index + 1,
      careerSlug,
      roles: frontmatter.roles,
      requirements: frontmatter.requirements,
      inheritedRequirements: inheritedRequirements.filter((group) => group.requirements.length > 0),
      buildsOn: base && refOf(base),
      duties: frontmatter.duties,
      certifications: frontmatter.certifications ?? [],
      narrativeHtml,
      sourcePath: file.path,
      updated: frontmatter.updated ?? commitDates.get(file.path),
    });
  }
  return { levels: [...built.values()], issues };
}

function loadCareer(careerDir: string, commitDates: ReadonlyMap<string, string>, reserved: ReadonlySet<string>): Checked<Career> {
  const slug = path.basename(careerDir);
  const nameIssues = slugIssues(careerDir, slug, "folder");
  if (nameIssues.length > 0) return { issues: nameIssues };

  const indexPath = path.join(careerDir, "index.md");
  const levelsDir = path.join(careerDir, "levels");
  const listing = entriesOf(careerDir);
  const entries = new Map(listing.map((entry) => [entry.name, entry]));
  const issues: ContentIssue[] = strayEntryIssues(careerDir, listing);

  const indexEntry = entries.get("index.md");
  const index = indexEntry ? readSourceFile(indexPath) : { issues: [fileIssue(repositoryPath(careerDir), "a career folder needs an index.md with the role description")] };
  const frontmatter = index.file ? validateFrontmatter(index.file, careerFrontmatterSchema) : { issues: [] };
  const role = index.file ? markdownHtml(index.file) : { issues: [] };
  issues.push(...(index.issues ?? []), ...frontmatter.issues, ...role.issues);

  const levelsEntry = entries.get("levels");
  const levelsProblem = levelsEntry && (levelsEntry.isSymbolicLink() || !levelsEntry.isDirectory()) ? "levels must be a folder holding the level files, not a link or a file" : undefined;
  if (levelsProblem) issues.push(fileIssue(repositoryPath(levelsDir), levelsProblem));
  const { files, issues: folderIssues } = levelsEntry && !levelsProblem ? levelFiles(levelsDir) : { files: [], issues: [] };
  issues.push(...folderIssues);
  if (files.length === 0) {
    issues.push(fileIssue(index.file ? index.file.path : repositoryPath(careerDir), `the career has no levels: add at least one file like ${repositoryPath(levelsDir)}/entry.md`));
  }
  const levels = files.map((file) => parseLevel(file, reserved));
  const parsed = levels.flatMap((level) => (level.value ? [level.value] : []));
  const levelSlugs = files.map((file) => path.basename(file, ".md"));
  issues.push(...levels.flatMap((level) => level.issues), ...duplicateRankIssues(parsed), ...buildsOnIssues(parsed, levelSlugs));

  if (!index.file || !frontmatter.value || role.value === undefined || hasErrors(issues)) return { issues };

  const ladder = buildLevels(slug, parsed, commitDates);
  issues.push(...ladder.issues);
  const updates = [frontmatter.value.updated ?? commitDates.get(index.file.path), ...ladder.levels.map((level) => level.updated)];
  return {
    value: {
      slug,
      title: frontmatter.value.title,
      tagline: frontmatter.value.tagline,
      description: frontmatter.value.description,
      occupationCodes: frontmatter.value.occupationCodes ?? [],
      resources: frontmatter.value.resources ?? [],
      roleHtml: role.value,
      levels: ladder.levels,
      sourcePath: index.file.path,
      levelsFolder: repositoryPath(levelsDir),
      updated: latestDate(updates),
    },
    issues,
  };
}

/**
 * Reads, validates and resolves every career under `contentDir`. Never throws for content
 * problems: they are all returned in `issues`, so one run can report every mistake.
 */
export function loadContent(contentDir = contentDirectory()): LoadedContent {
  const careersDir = path.join(contentDir, "careers");
  let entries: Dirent[];
  try {
    // A linked careers folder would publish whatever it points to, as a linked career folder would.
    if (lstatSync(careersDir).isSymbolicLink()) {
      return { careers: [], issues: [fileIssue(repositoryPath(careersDir), "this is a link; put the careers folder itself here")] };
    }
    entries = entriesOf(careersDir);
  } catch {
    return { careers: [], issues: [fileIssue(repositoryPath(careersDir), "there is no careers folder; each career lives in content/careers/<career>/")] };
  }
  const commitDates = lastCommitDates(contentDir);
  const reserved = reservedLevelSlugs();
  const careers: Career[] = [];
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const where = path.join(careersDir, entry.name);
    if (isHidden(entry)) continue;
    if (!entry.isDirectory()) {
      const message = entry.isSymbolicLink() ? "this is a link; put the career's folder itself here" : "this file is not read: each career is a folder in content/careers/ with an index.md";
      issues.push(fileIssue(repositoryPath(where), message, entry.isSymbolicLink() ? "error" : "warning"));
      continue;
    }
    const career = loadCareer(where, commitDates, reserved);
    issues.push(...career.issues);
    if (career.value) careers.push(career.value);
  }
  return { careers, issues };
}

let loaded: { contentDir: string; version?: string; careers: Career[] } | undefined;

/**
 * Every career, loaded once per content folder, and in development once more after each save;
 * throws a ContentError listing every broken file.
 */
export function getCareers(): Career[] {
  const contentDir = contentDirectory();
  // A build reads its content once. `npm run dev` asks several times a request, and its open page
  // checks every second: the content's version (file names and times) is cheap to read, and a
  // change to it is what makes reading and rendering every file again worth it.
  const version = process.env.NODE_ENV === "development" ? contentVersion(contentDir) : undefined;
  if (loaded?.contentDir === contentDir && loaded.version === version) return loaded.careers;
  const { careers, issues } = loadContent(contentDir);
  const errors = issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) throw new ContentError(errors);
  loaded = { contentDir, version, careers };
  return careers;
}

/** The career with this slug, or `undefined`. */
export function getCareer(slug: string): Career | undefined {
  return getCareers().find((career) => career.slug === slug);
}

export interface LevelPage {
  career: Career;
  level: Level;
  previous?: Level;
  next?: Level;
}

/** A level with its career and neighbours on the ladder, or `undefined`. */
export function getLevelPage(careerSlug: string, levelSlug: string): LevelPage | undefined {
  const career = getCareer(careerSlug);
  const index = career?.levels.findIndex((level) => level.slug === levelSlug) ?? -1;
  if (!career || index < 0) return undefined;
  return { career, level: career.levels[index]!, previous: career.levels[index - 1], next: career.levels[index + 1] };
}
