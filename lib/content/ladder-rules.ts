import type { ContentIssue } from "./issues";
import { inLadderOrder, ladderSectionsOf } from "./ladder-sections";
import { limits } from "./limits";
import type { ValidLevel } from "./valid-file";

/**
 * The rules that keep a career's levels drawable as a ladder: one line from the entry level, which
 * may fork into named tracks side by side and meet again. A level grows from the level it
 * `buildsOn` (or follows the one just below it) and may also be reached from the levels in
 * `alsoFrom`; all must be lower, so every level is reached from an entry level.
 */

/**
 * The level `level` follows on the ladder: its `buildsOn`, or, on a ladder written without it, the
 * one level ranked just below it, which it follows without inheriting from it. A level just below
 * on a track, or two side by side, leave it on no path.
 */
export function previousStepOf(level: ValidLevel, levels: readonly ValidLevel[]): string | undefined {
  if (level.frontmatter.buildsOn !== undefined) return level.frontmatter.buildsOn;
  const lower = levels.filter((other) => other.frontmatter.rank < level.frontmatter.rank);
  const highest = Math.max(...lower.map((other) => other.frontmatter.rank));
  const below = lower.filter((other) => other.frontmatter.rank === highest);
  return below.length === 1 && below[0]!.frontmatter.track === undefined ? below[0]!.slug : undefined;
}

/** Where a mistake in the level a level grows from is shown: its `buildsOn`, or its `rank` when it follows the level just below. */
const pathField = (level: ValidLevel) => (level.frontmatter.buildsOn === undefined ? "rank" : "buildsOn");

/** Two levels share a rank only side by side, on two different tracks; the second of two is reported. */
function rankIssues(levels: readonly ValidLevel[]): ContentIssue[] {
  const byRank = new Map<number, ValidLevel[]>();
  const issues: ContentIssue[] = [];
  for (const level of levels) {
    const { rank, track } = level.frontmatter;
    const others = byRank.get(rank) ?? [];
    const clash = others.find((other) => track === undefined || other.frontmatter.track === undefined || other.frontmatter.track === track);
    if (clash) {
      const why =
        track === undefined && clash.frontmatter.track === undefined
          ? "each level needs its own rank"
          : track !== undefined && clash.frontmatter.track === track
            ? "levels of one track each need their own rank"
            : "levels share a rank only side by side, each on its own track";
      issues.push(level.file.issue("error", ["rank"], `rank ${rank} is already used by ${clash.file.path}; ${why}`));
    }
    byRank.set(rank, [...others, level]);
  }
  return issues;
}

/** The levels a level grows from, with the field that names each. */
function grownFrom(level: ValidLevel): { field: "buildsOn" | "alsoFrom"; index?: number; slug: string }[] {
  const { buildsOn, alsoFrom = [] } = level.frontmatter;
  return [
    ...(buildsOn === undefined ? [] : [{ field: "buildsOn" as const, slug: buildsOn }]),
    ...alsoFrom.map((slug, index) => ({ field: "alsoFrom" as const, index, slug })),
  ];
}

/** The path from `level` back to itself through the levels it grows from, if there is one, with the field it leaves by. */
function cycleThrough(level: ValidLevel, bySlug: ReadonlyMap<string, ValidLevel>): { field: "buildsOn" | "alsoFrom"; chain: string[] } | undefined {
  const visited = new Set<string>();
  const search = (current: ValidLevel, chain: string[]): string[] | undefined => {
    for (const { slug } of grownFrom(current)) {
      if (slug === level.slug) return [...chain, slug];
      const next = bySlug.get(slug);
      if (!next || visited.has(slug)) continue;
      visited.add(slug);
      const found = search(next, [...chain, slug]);
      if (found) return found;
    }
    return undefined;
  };
  for (const { field, slug } of grownFrom(level)) {
    const next = bySlug.get(slug);
    // A level naming itself is reported on its item, not as a cycle.
    const chain = slug === level.slug ? undefined : next && search(next, [level.slug, slug]);
    if (chain) return { field, chain };
  }
  return undefined;
}

/**
 * `buildsOn` and `alsoFrom` must name other levels of the career, each once, lower than this one,
 * never going round in a cycle; `levelFileSlugs` names every level file, including those that
 * failed to read, which are reported in their own file.
 */
function grownFromIssues(levels: readonly ValidLevel[], levelFileSlugs: readonly string[]): ContentIssue[] {
  const bySlug = new Map(levels.map((level) => [level.slug, level]));
  const lowestRank = Math.min(...levels.map((level) => level.frontmatter.rank));
  return levels.flatMap((level) => {
    const { rank, buildsOn } = level.frontmatter;
    const cycle = cycleThrough(level, bySlug);
    if (cycle) return [level.file.issue("error", [cycle.field], `the levels this one grows from go round in a cycle: ${cycle.chain.join(" → ")}`)];
    const issues: ContentIssue[] = [];
    if (rank > lowestRank && previousStepOf(level, levels) === undefined)
      issues.push(
        level.file.issue(
          "error",
          ["rank"],
          `this level has rank ${rank} and builds on no level, and the levels just below it are on tracks, so no path from an entry level (rank ${lowestRank}) reaches it: name the level it grows from in buildsOn${level.frontmatter.track === undefined ? "" : `, or, if it starts its track at the first step, give it rank ${lowestRank}`}`,
        ),
      );
    const named = new Set<string>();
    const follows = buildsOn === undefined ? previousStepOf(level, levels) : undefined;
    for (const { field, index, slug } of grownFrom(level)) {
      const at = index === undefined ? [field] : [field, index];
      const base = bySlug.get(slug);
      if (slug === level.slug) issues.push(level.file.issue("error", at, `a level cannot grow from itself`));
      else if (slug === follows)
        issues.push(
          level.file.issue(
            "error",
            at,
            `"${slug}" is the level just below, which this level follows already; name in alsoFrom only the other levels people come from`,
          ),
        );
      else if (named.has(slug))
        issues.push(
          level.file.issue(
            "error",
            at,
            `"${slug}" is already named ${field === "alsoFrom" && slug === buildsOn ? "in buildsOn" : "here"}; name each level once`,
          ),
        );
      else if (!base) {
        // A level whose own file is broken is reported there; naming it here is not a second mistake.
        if (!levelFileSlugs.includes(slug)) {
          const known = levelFileSlugs.filter((other) => other !== level.slug).join(", ") || "none";
          issues.push(level.file.issue("error", at, `there is no level "${slug}" in this career (levels: ${known})`));
        }
      } else if (base.frontmatter.rank >= rank) {
        const verb = field === "buildsOn" ? "build on" : "be reached from";
        issues.push(
          level.file.issue(
            "error",
            at,
            `a level can only ${verb} a lower one, but "${slug}" has rank ${base.frontmatter.rank} and this level has rank ${rank}`,
          ),
        );
      }
      named.add(slug);
    }
    return issues;
  });
}

/**
 * Tracks are drawn as columns side by side: a level continues the track of the level it builds
 * on, or starts one from a level on none; where two levels build on one, the career forks, and
 * each branch names a track of its own; a career has at most `limits.tracks` tracks.
 */
function trackIssues(levels: readonly ValidLevel[]): ContentIssue[] {
  const bySlug = new Map(levels.map((level) => [level.slug, level]));
  const ordered = [...levels].sort((a, b) => a.frontmatter.rank - b.frontmatter.rank);
  const tracks = new Set<string>();
  const branches = new Map<string, ValidLevel[]>();
  const issues: ContentIssue[] = [];
  for (const level of ordered) {
    const { track } = level.frontmatter;
    if (track !== undefined && !tracks.has(track)) {
      if (tracks.size >= limits.tracks.value)
        issues.push(
          level.file.issue(
            "error",
            ["track"],
            `a career has at most ${limits.tracks.value} tracks, drawn side by side on a phone's screen, and this level names one more: ${[...tracks, track].map((name) => `"${name}"`).join(", ")}`,
          ),
        );
      tracks.add(track);
    }
    const base = bySlug.get(previousStepOf(level, levels) ?? "");
    if (!base) continue;
    const baseTrack = base.frontmatter.track;
    if (baseTrack !== undefined && track !== undefined && baseTrack !== track)
      issues.push(
        level.file.issue(
          "error",
          ["track"],
          `this level is on the track "${track}" but builds on "${base.slug}", on the track "${baseTrack}": a level continues its base's track, and a level people also reach from another track names it in alsoFrom`,
        ),
      );
    branches.set(base.slug, [...(branches.get(base.slug) ?? []), level]);
  }
  for (const [baseSlug, children] of branches) {
    if (children.length < 2) continue;
    const names = children.map((child) => `"${child.slug}"`);
    const shown = `${names.slice(0, -1).join(", ")} and ${names.at(-1)} ${names.length === 2 ? "both" : "all"}`;
    const onTrack = new Map<string, ValidLevel>();
    for (const child of children) {
      const { track } = child.frontmatter;
      const earlier = track === undefined ? undefined : onTrack.get(track);
      if (track === undefined)
        issues.push(
          child.file.issue(
            "error",
            [pathField(child)],
            `${shown} grow from "${baseSlug}", so the career forks there: name this level's track (track: Management) so the ladder draws the branches side by side, or build it on the level just below it`,
          ),
        );
      else if (earlier)
        issues.push(
          child.file.issue(
            "error",
            ["track"],
            `"${earlier.slug}" also grows from "${baseSlug}" on the track "${track}": give each branch of a fork a track of its own`,
          ),
        );
      else onTrack.set(track, child);
    }
  }
  return issues;
}

/**
 * Where tracks run side by side, the ladder draws them from one fork to the level where they meet:
 * each track has levels there (a career has two tracks or none), each starts from the level just
 * before them, and the level after is reached from the top of each, through `buildsOn` and
 * `alsoFrom`. Checked on a ladder whose tracks and forks hold.
 */
function sectionIssues(levels: readonly ValidLevel[]): ContentIssue[] {
  const { tracks, ordered } = inLadderOrder(levels);
  const sections = ladderSectionsOf(ordered, (level) => level.frontmatter.track, tracks);
  const issues: ContentIssue[] = [];
  for (const [index, section] of sections.entries()) {
    if (section.kind !== "tracks") continue;
    const before = sections[index - 1];
    const fork = before?.kind === "level" ? before.level : undefined;
    const firsts = section.columns.flatMap((column) => column.levels.slice(0, 1));
    // The first section of a ladder on tracks from its first step has no fork: its first levels are entry levels.
    const starts = fork ? firsts.filter((first) => previousStepOf(first, levels) !== fork.slug) : [];
    for (const first of starts)
      issues.push(
        first.file.issue(
          "error",
          [pathField(first)],
          `this level starts the track "${first.frontmatter.track}" after "${fork!.slug}", so it builds on "${fork!.slug}", where the career forks`,
        ),
      );
    // The tracks' columns start side by side, so their first levels take one step.
    const [firstOfAll] = firsts;
    for (const first of firsts.filter((other) => other.frontmatter.rank !== firstOfAll!.frontmatter.rank))
      issues.push(
        first.file.issue(
          "error",
          ["rank"],
          `this level starts the track "${first.frontmatter.track}" beside "${firstOfAll!.slug}", which starts "${firstOfAll!.frontmatter.track}" at rank ${firstOfAll!.frontmatter.rank}: the tracks start side by side, so give it rank ${firstOfAll!.frontmatter.rank}`,
        ),
      );
    const missing = section.columns.filter((column) => column.levels.length === 0).map((column) => column.track);
    if (starts.length === 0 && (missing.length > 0 || tracks.length < 2)) {
      const others = missing.length > 0 ? `"${missing.join('", "')}" has no level beside it` : "the career has no other track";
      issues.push(
        firsts[0]!.file.issue(
          "error",
          ["track"],
          `this level is on the track "${firsts[0]!.frontmatter.track}", but ${others}: tracks are the branches of a fork, drawn side by side, so give the other track its levels here, or leave this level off a track`,
        ),
      );
    }
    const after = sections[index + 1];
    if (after?.kind !== "level") continue;
    const reachedFrom = new Set([previousStepOf(after.level, levels), ...(after.level.frontmatter.alsoFrom ?? [])]);
    const tops = section.columns.flatMap((column) => column.levels.slice(-1)).filter((top) => !reachedFrom.has(top.slug));
    if (tops.length > 0)
      issues.push(
        after.level.file.issue(
          "error",
          [after.level.frontmatter.alsoFrom === undefined ? "buildsOn" : "alsoFrom"],
          `the tracks meet again at this level, so it is reached from the top of each: add ${tops.map((top) => `"${top.slug}" (the top of "${top.frontmatter.track}")`).join(" and ")} to alsoFrom, or, if people reach it from one track only, put it on that track`,
        ),
      );
  }
  return issues;
}

/** Every rule that keeps a career's levels drawable, on files that read and validated on their own. */
export function ladderIssues(levels: readonly ValidLevel[], levelFileSlugs: readonly string[]): ContentIssue[] {
  const issues = [...rankIssues(levels), ...grownFromIssues(levels, levelFileSlugs)];
  // Tracks are checked along a ladder whose ranks and paths hold, and drawn once tracks and forks hold.
  if (issues.length > 0) return issues;
  const tracks = trackIssues(levels);
  return tracks.length > 0 ? tracks : sectionIssues(levels);
}
