import { titleKey } from "./characters";
import type { ContentIssue } from "./issues";
import { ladderIssues } from "./ladder-rules";
import type { SourceFile } from "./read";
import { RESERVED_BY_WINDOWS } from "./scan";
import type { ValidLevel } from "./valid-file";

/**
 * Stage 4 of the pipeline: the rules that span files, on files that read and validated on their
 * own. Each rule is a pure function returning issues; `careerRuleIssues` runs them all.
 */

/** The requirements a level includes through `buildsOn`, from every level below it on its chain; the chain is known to end. */
function inheritedRequirements(level: ValidLevel, bySlug: ReadonlyMap<string, ValidLevel>): string[] {
  const requirements: string[] = [];
  for (let base = bySlug.get(level.frontmatter.buildsOn ?? ""); base; base = bySlug.get(base.frontmatter.buildsOn ?? "")) {
    requirements.push(...base.frontmatter.requirements);
  }
  return requirements;
}

/**
 * Items a level lists twice, and requirements it repeats from the levels it builds on, matched as
 * the A-Z index matches titles: case, spacing and punctuation aside.
 */
function repeatIssues(levels: readonly ValidLevel[]): ContentIssue[] {
  const bySlug = new Map(levels.map((level) => [level.slug, level]));
  return levels.flatMap((level) => {
    const fields = [
      ["requirements", new Set(inheritedRequirements(level, bySlug).map(titleKey))],
      ["duties", new Set<string>()],
      ["roles", new Set<string>()],
    ] as const;
    return fields.flatMap(([field, alreadyIncluded]) => {
      const seen = new Set<string>();
      return level.frontmatter[field].flatMap((item, index) => {
        const key = titleKey(item);
        const repeated = seen.has(key);
        seen.add(key);
        if (repeated) return [level.file.issue("warning", [field, index], `"${item}" is listed twice in this level`)];
        if (alreadyIncluded.has(key)) return [level.file.issue("warning", [field, index], `"${item}" is already included through buildsOn; remove it here`)];
        return [];
      });
    });
  });
}

/**
 * Every rule across a career's level files. Repeats are looked for only along a ladder whose ranks
 * and `buildsOn` hold. `reserved` are the names the site keeps for its own pages beside the levels'.
 */
export function careerRuleIssues(levels: readonly ValidLevel[], levelFileSlugs: readonly string[], reserved: ReadonlySet<string>): ContentIssue[] {
  const ladder = ladderIssues(levels, levelFileSlugs);
  const named = levels.map(({ slug, file, frontmatter }) => ({ slug, file, aliases: frontmatter.aliases ?? [] }));
  return [...(ladder.length > 0 ? ladder : repeatIssues(levels)), ...aliasIssues(named, levelFileSlugs, "level", reserved)];
}

/** A file that names its former addresses in `aliases`, with the name it has today. */
export interface NamedFile {
  slug: string;
  file: SourceFile;
  aliases: readonly string[];
}

/** Why a former name cannot be an address of its own when the site or Windows keeps it. */
function reservedNameProblem(alias: string, reserved: ReadonlySet<string>): string | undefined {
  if (reserved.has(alias)) return `expected a name the site does not use for its own pages and files, found "${alias}"`;
  if (RESERVED_BY_WINDOWS.test(alias)) return `expected a name Windows does not keep for a device (the export could not be copied there), found "${alias}"`;
  return undefined;
}

/**
 * Each former name becomes an address of its own (lib/pages/moved.ts), so it must be free: not
 * the name the file has today, not listed twice, not kept by the site, and no other career's (or
 * level's) name, today's or former. `otherSlugs` are names taken by files that failed to read; of
 * two files claiming one former name, the second is reported.
 */
export function aliasIssues(
  files: readonly NamedFile[],
  otherSlugs: readonly string[],
  what: "career" | "level",
  reserved: ReadonlySet<string>,
): ContentIssue[] {
  const taken = new Map<string, string>([...otherSlugs, ...files.map((named) => named.slug)].map((slug) => [slug, `another ${what}'s name today`]));
  const issues: ContentIssue[] = [];
  for (const { slug, file, aliases } of files) {
    const listed = new Set<string>();
    for (const [index, alias] of aliases.entries()) {
      const owner = taken.get(alias);
      const problem =
        alias === slug
          ? `expected a former name of this ${what}, found "${alias}", its name today`
          : listed.has(alias)
            ? `expected each former name once, found "${alias}" again`
            : (reservedNameProblem(alias, reserved) ?? (owner === undefined ? undefined : `expected a name no other ${what} has, found "${alias}", ${owner}`));
      listed.add(alias);
      if (problem) issues.push(file.issue("error", ["aliases", index], problem));
      else taken.set(alias, `already a former name of the ${what} "${slug}"`);
    }
  }
  return issues;
}
