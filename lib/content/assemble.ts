import { latestDate } from "./history";
import type { Career, Level, LevelRef, RequirementGroup } from "./model";
import type { ValidCareer, ValidLevel } from "./rules";
import type { ScannedCareer } from "./scan";

/**
 * Stage 6 of the pipeline: the typed models the pages read, from a career whose every file read,
 * validated, kept the rules and rendered. Levels come in ladder order, each with what it
 * inherits; dates come from the frontmatter or, failing that, from the history.
 */

/** A file with its rendered markdown body. */
export type Rendered<File> = File & { html: string };

const refOf = ({ slug, title, rank }: LevelRef): LevelRef => ({ slug, title, rank });

function assembleLevels(levels: readonly Rendered<ValidLevel>[], commitDates: ReadonlyMap<string, string>): Level[] {
  const ordered = [...levels].sort((a, b) => a.frontmatter.rank - b.frontmatter.rank);
  const built = new Map<string, Level>();
  // Lower levels come first, so the level a level builds on is always built already.
  for (const [index, { slug, file, frontmatter, html }] of ordered.entries()) {
    const base = frontmatter.buildsOn === undefined ? undefined : built.get(frontmatter.buildsOn);
    const inheritedRequirements: RequirementGroup[] = base ? [...base.inheritedRequirements, { level: refOf(base), requirements: base.requirements }] : [];
    built.set(slug, {
      slug,
      title: frontmatter.title,
      rank: frontmatter.rank,
      step: index + 1,
      roles: frontmatter.roles,
      requirements: frontmatter.requirements,
      inheritedRequirements: inheritedRequirements.filter((group) => group.requirements.length > 0),
      buildsOn: base && refOf(base),
      duties: frontmatter.duties,
      certifications: frontmatter.certifications ?? [],
      narrativeHtml: html,
      sourcePath: file.path,
      updated: frontmatter.updated ?? commitDates.get(file.path),
      aliases: frontmatter.aliases ?? [],
      // Linked across careers once every career has loaded (moves.ts).
      movesTo: [],
      movesFrom: [],
    });
  }
  return [...built.values()];
}

export function assembleCareer(
  scanned: ScannedCareer,
  career: Rendered<ValidCareer>,
  levels: readonly Rendered<ValidLevel>[],
  commitDates: ReadonlyMap<string, string>,
): Career {
  const { frontmatter, file, html } = career;
  const ladder = assembleLevels(levels, commitDates);
  return {
    slug: scanned.slug,
    title: frontmatter.title,
    tagline: frontmatter.tagline,
    description: frontmatter.description,
    occupationCodes: frontmatter.occupationCodes ?? [],
    resources: frontmatter.resources ?? [],
    sources: frontmatter.sources ?? [],
    roleHtml: html,
    levels: ladder,
    sourcePath: file.path,
    levelsFolder: scanned.levelsFolder,
    updated: latestDate([frontmatter.updated ?? commitDates.get(file.path), ...ladder.map((level) => level.updated)]),
    aliases: frontmatter.aliases ?? [],
  };
}
