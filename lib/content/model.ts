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
  /** The level's place on its career's ladder, 1 for the first. */
  step: number;
  roles: string[];
  /** This level's own requirements, beyond what it builds on. */
  requirements: string[];
  /** What the level includes through `buildsOn`, lowest level first. */
  inheritedRequirements: RequirementGroup[];
  buildsOn?: LevelRef;
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
  /** Ordered by rank, entry first. */
  levels: Level[];
  sourcePath: string;
  /** Repository path of the career's `levels` folder, where a new level is added. */
  levelsFolder: string;
  /** `YYYY-MM-DD`: the latest update of the overview file or any level. */
  updated?: string;
  /** The career's former folder names, each an address that sends readers here; empty when it has none. */
  aliases: string[];
}
