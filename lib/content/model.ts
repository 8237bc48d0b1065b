import type { Certification, OccupationCode, Resource, Source } from "./schema";

/** Enough of a level to name and link it. */
export interface LevelRef {
  slug: string;
  title: string;
  rank: number;
}

/** A level of another career, enough to name and link it. */
export interface CareerLevelRef {
  career: { slug: string; title: string };
  level: LevelRef;
}

/** Requirements that a level takes over from a lower one, kept with the level they come from. */
export interface RequirementGroup {
  level: LevelRef;
  requirements: string[];
}

export interface Level extends LevelRef {
  /** The level's place on its career's ladder, 1 for the first; levels side by side on two tracks share one. */
  step: number;
  /** The track the level is on where the career forks; none on the common part of the ladder. */
  track?: string;
  roles: string[];
  /** This level's own requirements, beyond what it builds on. */
  requirements: string[];
  /** What the level includes through `buildsOn`, lowest level first. */
  inheritedRequirements: RequirementGroup[];
  buildsOn?: LevelRef;
  /** The level before this one on its path: its `buildsOn`, or on a ladder written without it, the level ranked just below. */
  previousStep?: LevelRef;
  /** Other levels people also reach this one from (`alsoFrom`): drawn as paths, not inherited. */
  alsoFrom: LevelRef[];
  /** The levels that grow from this one, through their `buildsOn` or `alsoFrom`: more than one where the career forks. */
  nextSteps: LevelRef[];
  duties: string[];
  /** Certifications that fit this level; empty when the file lists none. */
  certifications: Certification[];
  /** The optional narrative, as sanitized HTML. */
  narrativeHtml: string;
  /** Repository-relative path of the level's markdown file. */
  sourcePath: string;
  /** `YYYY-MM-DD`: frontmatter `updated`, else the last commit to the file. */
  updated?: string;
  /** The level's former file names, each an address that sends readers here; empty when it has none. */
  aliases: string[];
  /** Levels of other careers people commonly move to from this one: its `movesTo`, in the file's order. */
  movesTo: CareerLevelRef[];
  /** Levels of other careers whose `movesTo` names this one, by career title, then rank. */
  movesFrom: CareerLevelRef[];
}

export interface Career {
  slug: string;
  title: string;
  tagline: string;
  description: string;
  occupationCodes: OccupationCode[];
  resources: Resource[];
  /** Where the facts of its pages come from, each with the date it gives; empty for a career written from the first guide alone. */
  sources: Source[];
  /** The role description, as sanitized HTML. */
  roleHtml: string;
  /** Ordered by rank, entry first; levels of one rank in the order of their tracks. */
  levels: Level[];
  /** The tracks the career forks into, in the order their first levels come; empty for a single ladder. */
  tracks: string[];
  sourcePath: string;
  /** Repository path of the career's `levels` folder, where a new level is added. */
  levelsFolder: string;
  /** `YYYY-MM-DD`: the latest update of the overview file or any level. */
  updated?: string;
  /** The career's former folder names, each an address that sends readers here; empty when it has none. */
  aliases: string[];
}
