import type { ContentIssue } from "./errors";
import type { RequirementGroup } from "./model";
import type { LevelFrontmatter } from "./schema";
import type { SourceFile } from "./source-file";

/** A level file that read and validated on its own, before the rules that span files. */
export interface ParsedLevel {
  slug: string;
  file: SourceFile;
  frontmatter: LevelFrontmatter;
  narrativeHtml: string;
}

/** Each level of a career needs its own rank; the second of two levels with one rank is reported. */
export function duplicateRankIssues(levels: readonly ParsedLevel[]): ContentIssue[] {
  const byRank = new Map<number, ParsedLevel>();
  const issues: ContentIssue[] = [];
  for (const level of levels) {
    const other = byRank.get(level.frontmatter.rank);
    if (other) issues.push(level.file.issue("error", ["rank"], `rank ${level.frontmatter.rank} is already used by ${other.file.path}; each level needs its own rank`));
    else byRank.set(level.frontmatter.rank, level);
  }
  return issues;
}

/**
 * `buildsOn` must name another level of the career with a lower rank, and never go round in a
 * cycle. `levelSlugs` names every level file, including those that failed to parse.
 */
export function buildsOnIssues(levels: readonly ParsedLevel[], levelSlugs: readonly string[]): ContentIssue[] {
  const bySlug = new Map(levels.map((level) => [level.slug, level]));
  const issues: ContentIssue[] = [];
  for (const level of levels) {
    const { buildsOn, rank } = level.frontmatter;
    if (buildsOn === undefined) continue;
    const base = bySlug.get(buildsOn);
    if (!base) {
      // A level whose own file is broken is reported there; naming it here is not a second mistake.
      if (!levelSlugs.includes(buildsOn)) {
        const known = levelSlugs.filter((slug) => slug !== level.slug).join(", ") || "none";
        issues.push(level.file.issue("error", ["buildsOn"], `there is no level "${buildsOn}" in this career (levels: ${known})`));
      }
      continue;
    }
    const chain = [level.slug];
    for (let step: ParsedLevel | undefined = base; step; step = bySlug.get(step.frontmatter.buildsOn ?? "")) {
      chain.push(step.slug);
      if (step.slug === level.slug || chain.length > levels.length + 1) break;
    }
    if (chain.at(-1) === level.slug) {
      issues.push(level.file.issue("error", ["buildsOn"], `buildsOn goes round in a cycle: ${chain.join(" → ")}`));
    } else if (base.frontmatter.rank >= rank) {
      issues.push(level.file.issue("error", ["buildsOn"], `a level can only build on a lower one, but "${buildsOn}" has rank ${base.frontmatter.rank} and this level has rank ${rank}`));
    }
  }
  return issues;
}

const normalized = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/** Items a level lists twice, and requirements it repeats from the levels it builds on. */
export function repeatIssues(level: ParsedLevel, inherited: readonly RequirementGroup[]): ContentIssue[] {
  const inheritedRequirements = new Set(inherited.flatMap((group) => group.requirements.map(normalized)));
  const fields = [
    ["requirements", inheritedRequirements],
    ["duties", new Set<string>()],
    ["roles", new Set<string>()],
  ] as const;
  return fields.flatMap(([field, alreadyIncluded]) => {
    const seen = new Set<string>();
    return level.frontmatter[field].flatMap((item, index) => {
      const key = normalized(item);
      const repeated = seen.has(key);
      seen.add(key);
      if (repeated) return [level.file.issue("warning", [field, index], `"${item}" is listed twice in this level`)];
      if (alreadyIncluded.has(key)) return [level.file.issue("warning", [field, index], `"${item}" is already included through buildsOn; remove it here`)];
      return [];
    });
  });
}
