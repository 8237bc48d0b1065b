import type { Certification, OccupationCode, Resource } from "./schema";

/** Enough of a level to name and link it. */
export interface LevelRef {
  slug: string;
  title: string;
  rank: number;
}

/** Requirements that a level takes over from a lower one, kept with the level they come from. */
export interface RequirementGroup {
  level: LevelRef;
  requirements: string[];
}

export interface Level extends LevelRef {
  /** 1-based position on the career's ladder. */
  step: number;
  careerSlug: string;
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
}

export interface Career {
  slug: string;
  title: string;
  tagline: string;
  description: string;
  occupationCodes: OccupationCode[];
  resources: Resource[];
  /** The role description, as sanitized HTML. */
  roleHtml: string;
  /** Ordered by rank, entry first. */
  levels: Level[];
  sourcePath: string;
  /** Repository-relative path of the folder holding the level files. */
  levelsFolder: string;
  /** `YYYY-MM-DD`: the latest update of the overview file or any level. */
  updated?: string;
}
