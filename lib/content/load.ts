import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentIssue } from "./errors";
import { lastCommitDates, latestDate } from "./history";
import { renderMarkdown } from "./markdown";
import type { Career, Level, LevelRef, RequirementGroup } from "./model";
import {
  careerFrontmatterSchema,
  levelFrontmatterSchema,
  RESERVED_LEVEL_SLUGS,
  SLUG_PATTERN,
  type LevelFrontmatter,
} from "./schema";
import { readSourceFile, type SourceFile } from "./source-file";
import { validateFrontmatter } from "./validate";

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

interface Context {
  issues: ContentIssue[];
  commitDates: Map<string, string>;
  contentDir: string;
}

interface ParsedLevel {
  slug: string;
  file: SourceFile;
  frontmatter: LevelFrontmatter;
  narrativeHtml: string;
}

const repoPath = (absolutePath: string) => path.relative(process.cwd(), absolutePath).split(path.sep).join("/");

function reportFileProblem(context: Context, absolutePath: string, message: string): void {
  context.issues.push({ severity: "error", file: repoPath(absolutePath), line: 1, column: 1, field: "", message });
}

function checkSlug(context: Context, absolutePath: string, slug: string, kind: "folder" | "file"): boolean {
  if (!SLUG_PATTERN.test(slug)) {
    reportFileProblem(context, absolutePath, `the ${kind} name "${slug}" must be lowercase words joined by hyphens, like "senior-manager"; it becomes the page's address`);
    return false;
  }
  return true;
}

function lastUpdate(context: Context, file: SourceFile, fromFrontmatter: string | undefined): string | undefined {
  const relative = path.relative(context.contentDir, path.resolve(file.path)).split(path.sep).join("/");
  return fromFrontmatter ?? context.commitDates.get(relative);
}

function markdownHtml(file: SourceFile): string | undefined {
  const rendered = renderMarkdown(file.body);
  if ("html" in rendered) return rendered.html;
  file.report("error", [], rendered.error, { line: file.bodyLine + rendered.line - 1, column: 1 });
  return undefined;
}

function parseLevel(context: Context, absolutePath: string): ParsedLevel | undefined {
  const slug = path.basename(absolutePath, ".md");
  if (!checkSlug(context, absolutePath, slug, "file")) return undefined;
  if (RESERVED_LEVEL_SLUGS.includes(slug)) {
    reportFileProblem(context, absolutePath, `"${slug}" is a reserved name (the site uses /${slug}/ itself); rename the file`);
    return undefined;
  }
  const file = readSourceFile(absolutePath, repoPath(absolutePath), context.issues);
  if (!file) return undefined;
  const frontmatter = validateFrontmatter(file, levelFrontmatterSchema);
  const narrativeHtml = markdownHtml(file);
  if (!frontmatter || narrativeHtml === undefined) return undefined;
  return { slug, file, frontmatter, narrativeHtml };
}

const normalized = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

function warnAboutRepeats(file: SourceFile, field: "requirements" | "duties" | "roles", items: string[], inherited: Set<string>): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = normalized(item);
    if (seen.has(key)) file.report("warning", [field, index], `"${item}" is listed twice in this level`);
    else if (inherited.has(key)) file.report("warning", [field, index], `"${item}" is already included through buildsOn; remove it here`);
    seen.add(key);
  });
}

/**
 * Cross-file rules for one career's levels: unique ranks and a sound `buildsOn` chain.
 * `levelSlugs` names every level file, including those that failed to parse.
 */
function checkLadder(levels: ParsedLevel[], levelSlugs: string[]): boolean {
  let sound = true;
  const bySlug = new Map(levels.map((level) => [level.slug, level]));
  const byRank = new Map<number, ParsedLevel>();
  for (const level of levels) {
    const other = byRank.get(level.frontmatter.rank);
    if (other) {
      level.file.report("error", ["rank"], `rank ${level.frontmatter.rank} is already used by ${other.file.path}; each level needs its own rank`);
      sound = false;
    } else byRank.set(level.frontmatter.rank, level);
  }
  for (const level of levels) {
    const { buildsOn, rank } = level.frontmatter;
    if (buildsOn === undefined) continue;
    const base = bySlug.get(buildsOn);
    if (!base) {
      // A level whose own file is broken is reported there; naming it here is not a second mistake.
      if (!levelSlugs.includes(buildsOn)) {
        const known = levelSlugs.filter((slug) => slug !== level.slug).join(", ") || "none";
        level.file.report("error", ["buildsOn"], `there is no level "${buildsOn}" in this career (levels: ${known})`);
      }
      sound = false;
      continue;
    }
    const chain = [level.slug];
    for (let step: ParsedLevel | undefined = base; step; step = bySlug.get(step.frontmatter.buildsOn ?? "")) {
      chain.push(step.slug);
      if (step.slug === level.slug || chain.length > levels.length + 1) break;
    }
    if (chain.at(-1) === level.slug) {
      level.file.report("error", ["buildsOn"], `buildsOn goes round in a cycle: ${chain.join(" → ")}`);
      sound = false;
    } else if (base.frontmatter.rank >= rank) {
      level.file.report("error", ["buildsOn"], `a level can only build on a lower one, but "${buildsOn}" has rank ${base.frontmatter.rank} and this level has rank ${rank}`);
      sound = false;
    }
  }
  return sound;
}

const refOf = ({ slug, title, rank }: LevelRef): LevelRef => ({ slug, title, rank });

function buildLevels(context: Context, careerSlug: string, parsed: ParsedLevel[]): Level[] {
  const ordered = [...parsed].sort((a, b) => a.frontmatter.rank - b.frontmatter.rank);
  const built = new Map<string, Level>();
  // Lower levels come first, so the level a level builds on is always built already.
  for (const { slug, file, frontmatter, narrativeHtml } of ordered) {
    const base = frontmatter.buildsOn === undefined ? undefined : built.get(frontmatter.buildsOn);
    const inheritedRequirements: RequirementGroup[] = base
      ? [...base.inheritedRequirements, { level: refOf(base), requirements: base.requirements }]
      : [];
    const inherited = new Set(inheritedRequirements.flatMap((group) => group.requirements.map(normalized)));
    warnAboutRepeats(file, "requirements", frontmatter.requirements, inherited);
    warnAboutRepeats(file, "duties", frontmatter.duties, new Set());
    warnAboutRepeats(file, "roles", frontmatter.roles, new Set());
    built.set(slug, {
      slug,
      title: frontmatter.title,
      rank: frontmatter.rank,
      step: built.size + 1,
      careerSlug,
      roles: frontmatter.roles,
      requirements: frontmatter.requirements,
      inheritedRequirements: inheritedRequirements.filter((group) => group.requirements.length > 0),
      buildsOn: base && refOf(base),
      duties: frontmatter.duties,
      certifications: frontmatter.certifications ?? [],
      narrativeHtml,
      sourcePath: file.path,
      updated: lastUpdate(context, file, frontmatter.updated),
    });
  }
  return [...built.values()];
}

function loadCareer(context: Context, careerDir: string): Career | undefined {
  const slug = path.basename(careerDir);
  // Only this career's issues are looked at, so checking stays linear in the number of careers.
  const firstIssue = context.issues.length;
  if (!checkSlug(context, careerDir, slug, "folder")) return undefined;

  const indexPath = path.join(careerDir, "index.md");
  const index = existsSync(indexPath) ? readSourceFile(indexPath, repoPath(indexPath), context.issues) : undefined;
  if (!existsSync(indexPath)) reportFileProblem(context, careerDir, "a career folder needs an index.md with the role description");
  const frontmatter = index && validateFrontmatter(index, careerFrontmatterSchema);
  const roleHtml = index && markdownHtml(index);

  const levelsDir = path.join(careerDir, "levels");
  // Sorted so that problems are reported in the same order on every file system.
  const levelFileNames = existsSync(levelsDir)
    ? readdirSync(levelsDir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
        .map((entry) => entry.name)
        .sort()
    : [];
  if (levelFileNames.length === 0) {
    reportFileProblem(context, index ? indexPath : careerDir, `the career has no levels: add at least one file like ${repoPath(levelsDir)}/entry.md`);
  }
  const parsed = levelFileNames
    .map((name) => parseLevel(context, path.join(levelsDir, name)))
    .filter((level): level is ParsedLevel => level !== undefined);
  const ladderIsSound = checkLadder(parsed, levelFileNames.map((name) => path.basename(name, ".md")));

  const hasErrors = context.issues.slice(firstIssue).some((issue) => issue.severity === "error");
  if (!index || !frontmatter || roleHtml === undefined || !ladderIsSound || hasErrors) return undefined;

  const levels = buildLevels(context, slug, parsed);
  const updates = [lastUpdate(context, index, frontmatter.updated), ...levels.map((level) => level.updated)];
  return {
    slug,
    title: frontmatter.title,
    tagline: frontmatter.tagline,
    description: frontmatter.description,
    occupationCodes: frontmatter.occupationCodes ?? [],
    resources: frontmatter.resources ?? [],
    roleHtml,
    levels,
    sourcePath: index.path,
    levelsFolder: repoPath(levelsDir),
    updated: latestDate(updates),
  };
}

/**
 * Reads, validates and resolves every career under `contentDir`. Never throws for content
 * problems: they are all returned in `issues`, so one run can report every mistake.
 */
export function loadContent(contentDir = contentDirectory()): LoadedContent {
  const context: Context = { issues: [], commitDates: lastCommitDates(contentDir), contentDir };
  const careersDir = path.join(contentDir, "careers");
  if (!existsSync(careersDir)) {
    reportFileProblem(context, careersDir, "there is no careers folder; each career lives in content/careers/<career>/");
    return { careers: [], issues: context.issues };
  }
  const careers = readdirSync(careersDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => loadCareer(context, path.join(careersDir, name)))
    .filter((career): career is Career => career !== undefined);
  return { careers, issues: context.issues };
}

let loaded: Career[] | undefined;

/** Every career, loaded once per process; throws a ContentError listing every broken file. */
export function getCareers(): Career[] {
  // In development content is read again on each request so that edits show up on reload.
  if (loaded && process.env.NODE_ENV !== "development") return loaded;
  const { careers, issues } = loadContent();
  const errors = issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) throw new ContentError(errors);
  loaded = careers;
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
