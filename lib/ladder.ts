import type { Career, Level, LevelRef } from "./content";

/** A track's levels in one stretch of the ladder where the career runs as tracks side by side. */
interface TrackColumn {
  track: string;
  levels: Level[];
}

/** A stretch of a career's ladder: one level on the common part, or the tracks side by side. */
export type LadderSection = { kind: "level"; level: Level } | { kind: "tracks"; columns: TrackColumn[] };

/**
 * The ladder as every page draws it, lowest first: levels on no track one after another, and each
 * run of levels on tracks as columns side by side, one per track of the career, in its order.
 */
export function ladderSections(career: Career): LadderSection[] {
  const sections: LadderSection[] = [];
  for (const level of career.levels) {
    const { track } = level;
    if (track === undefined) {
      sections.push({ kind: "level", level });
      continue;
    }
    const last = sections.at(-1);
    const columns = last?.kind === "tracks" ? last.columns : career.tracks.map((name) => ({ track: name, levels: [] as Level[] }));
    if (last?.kind !== "tracks") sections.push({ kind: "tracks", columns });
    columns.find((column) => column.track === track)!.levels.push(level);
  }
  return sections;
}

/** How many steps the career's ladder has: fewer than its levels where two tracks run side by side. */
export function stepCount(career: Career): number {
  return Math.max(...career.levels.map((level) => level.step));
}

/** One way up a career: the levels a reader on one track passes, the common ones included. */
export interface CareerPath {
  /** The track the path follows; none on a career that does not fork. */
  track?: string;
  levels: Level[];
}

/** Each way up the career, one per track, or the whole ladder on a career that does not fork. */
export function careerPaths(career: Career): CareerPath[] {
  if (career.tracks.length === 0) return [{ levels: career.levels }];
  return career.tracks.map((track) => ({ track, levels: career.levels.filter((level) => level.track === undefined || level.track === track) }));
}

/** The levels that follow `level` on their paths: those that build on it, not those also reached from it. */
export function branchesOf(career: Career, level: Level): Level[] {
  return career.levels.filter((other) => other.previousStep?.slug === level.slug);
}

/** The levels where the career forks: those more than one level follows. */
export function forksOf(career: Career): Level[] {
  return career.levels.filter((level) => branchesOf(career, level).length > 1);
}

/** The career's level a reference names. */
export function levelOf(career: Career, ref: LevelRef): Level {
  return career.levels.find((level) => level.slug === ref.slug)!;
}

/** The levels before `level` on its path, lowest first, and it. */
export function pathTo(career: Career, level: Level): Level[] {
  const path = [level];
  for (let previous = level.previousStep; previous; previous = levelOf(career, previous).previousStep) path.unshift(levelOf(career, previous));
  return path;
}
