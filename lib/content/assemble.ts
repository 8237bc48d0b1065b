import { latestDate } from "./history";
import type { Career, Level, LevelRef, RequirementGroup } from "./model";
import { previousStepOf } from "./ladder-rules";
import { inLadderOrder } from "./ladder-sections";
import type { ValidCareer, ValidLevel } from "./valid-file";
import type { ScannedCareer } from "./scan";

/**
 * Stage 6 of the pipeline: the typed models the pages read, from a career whose every file read,
 * validated, kept the rules and rendered. Levels come in ladder order, each with what it
 * inherits; dates come from the frontmatter or, failing that, from the history.
 */

/** A file with its rendered markdown body. */
export type Rendered<File> = File & { html: string };

const refOf = ({ slug, title, rank }: LevelRef): LevelRef => ({ slug, title, rank });

function assembleLevels(levels: readonly Rendered<ValidLevel>[], ordered: readonly Rendered<ValidLevel>[], commitDates: ReadonlyMap<string, string>): Level[] {
  const ranks = [...new Set(ordered.map(({ frontmatter }) => frontmatter.rank))];
  const built = new Map<string, Level>();
  // Lower levels come first, so the levels a level grows from are always built already.
  for (const level of ordered) {
    const { slug, file, frontmatter, html } = level;
    const base = frontmatter.buildsOn === undefined ? undefined : built.get(frontmatter.buildsOn);
    const previous = built.get(previousStepOf(level, levels) ?? "");
    const alsoFrom = (frontmatter.alsoFrom ?? []).flatMap((other) => built.get(other) ?? []);
    const inheritedRequirements: RequirementGroup[] = base ? [...base.inheritedRequirements, { level: refOf(base), requirements: base.requirements }] : [];
    built.set(slug, {
      slug,
      title: frontmatter.title,
      rank: frontmatter.rank,
      step: ranks.indexOf(frontmatter.rank) + 1,
      track: frontmatter.track,
      roles: frontmatter.roles,
      requirements: frontmatter.requirements,
      inheritedRequirements: inheritedRequirements.filter((group) => group.requirements.length > 0),
      buildsOn: base && refOf(base),
      previousStep: previous && refOf(previous),
      alsoFrom: alsoFrom.map(refOf),
      nextSteps: [],
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
    for (const from of [...(previous ? [previous] : []), ...alsoFrom]) from.nextSteps.push(refOf(built.get(slug)!));
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
  const { tracks, ordered } = inLadderOrder(levels);
  const ladder = assembleLevels(levels, ordered, commitDates);
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
    tracks,
    sourcePath: file.path,
    levelsFolder: scanned.levelsFolder,
    updated: latestDate([frontmatter.updated ?? commitDates.get(file.path), ...ladder.map((level) => level.updated)]),
    aliases: frontmatter.aliases ?? [],
  };
}
