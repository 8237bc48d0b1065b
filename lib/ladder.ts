import { type Career, type LadderSection, ladderSectionsOf, type Level, type LevelRef, titleKey } from "./content";

/** The ladder as every page draws it, lowest first (ladderSectionsOf). */
export function ladderSections(career: Career): LadderSection<Level>[] {
  return ladderSectionsOf(career.levels, (level) => level.track, career.tracks);
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
  return career.levels.filter((other) => growsFrom(other, level));
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

/** The levels each way up the career starts and ends at: one of each on a single ladder, one per track where the ladder starts or ends on tracks. */
export function pathEnds(career: Career): { firsts: Level[]; lasts: Level[] } {
  const paths = careerPaths(career);
  const unique = (levels: Level[]) => [...new Set(levels)];
  return { firsts: unique(paths.map((path) => path.levels[0]!)), lasts: unique(paths.map((path) => path.levels.at(-1)!)) };
}

/** A level's requirements with those it inherits, its own first, then nearest level first. */
export function requirementsWithInherited(level: Level): string[] {
  return [...level.requirements, ...[...level.inheritedRequirements].reverse().flatMap((group) => group.requirements)];
}

/** Whether `next` is the step after `level` on its path, as opposed to a level also reached from it (`alsoFrom`). */
export function growsFrom(next: Level, level: Level): boolean {
  return next.previousStep?.slug === level.slug;
}

/**
 * What `next` asks for that a reader at `current` still has to show: its own requirements where it
 * grows from `current`; where `current` is a level it is also reached from (`alsoFrom`), all
 * it asks for, inherited included, that the path to `current` does not name (matched as the A-Z
 * matches titles).
 */
export function requirementsToReach(current: Level, next: Level): string[] {
  if (growsFrom(next, current)) return next.requirements;
  const given = new Set(requirementsWithInherited(current).map(titleKey));
  return requirementsWithInherited(next).filter((requirement) => !given.has(titleKey(requirement)));
}
