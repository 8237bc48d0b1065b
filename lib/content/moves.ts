import type { ContentIssue } from "./issues";
import { limits } from "./limits";
import type { Career, CareerLevelRef, Level } from "./model";
import type { SourceFile } from "./read";

/**
 * Stage 7 of the pipeline: moves between careers, the one rule that spans careers beside their
 * former names. A level's `movesTo` names levels of other careers as `career/level`; each must be
 * a level that loaded, and each move shows on both levels' pages (the destination's `movesFrom`).
 */

/** A level file's `movesTo`, with the file each issue is reported in. */
export interface DeclaredMoves {
  level: string;
  file: SourceFile;
  movesTo: readonly string[];
}

/** A career whose files read, with the moves its levels declare; `career` when it loaded without errors. */
export interface CareerMoves {
  slug: string;
  career?: Career;
  declared: readonly DeclaredMoves[];
}

const refOf = (career: Career, level: Level): CareerLevelRef => ({
  career: { slug: career.slug, title: career.title },
  level: { slug: level.slug, title: level.title, rank: level.rank },
});

/**
 * The problems in every career's moves. `failedSlugs` are careers whose own files have errors: a move
 * to one of them is reported there, not here. `formerNames` gives each former name of a career
 * whose overview validated, loaded or not, the name it has today.
 */
export function moveIssues(careers: readonly CareerMoves[], failedSlugs: ReadonlySet<string>, formerNames: ReadonlyMap<string, string>): ContentIssue[] {
  const bySlug = new Map(careers.flatMap(({ career }) => (career ? [[career.slug, career] as const] : [])));
  // Moves into each level so far, in the order the careers are read: the one past the limit is reported.
  const movesInto = new Map<string, number>();
  const issues: ContentIssue[] = [];
  for (const { slug, declared } of careers) {
    let count = 0;
    for (const { file, movesTo } of declared) {
      const listed = new Set<string>();
      for (const [index, move] of movesTo.entries()) {
        count += 1;
        const [careerSlug = "", levelSlug = ""] = move.split("/");
        const target = bySlug.get(careerSlug);
        const formerOf = formerNames.get(careerSlug);
        const problem =
          careerSlug === slug || formerOf === slug
            ? `expected a level of another career, found "${move}" in this one; levels of one career follow each other by rank and buildsOn`
            : listed.has(move)
              ? `expected each move once, found "${move}" again`
              : formerOf
                ? `"${careerSlug}" is a former name of the career "${formerOf}"; write ${formerOf}/${levelSlug}`
                : target
                  ? (levelProblem(target, levelSlug) ?? overLimit(count, (movesInto.get(move) ?? 0) + 1, move))
                  : failedSlugs.has(careerSlug)
                    ? undefined
                    : `there is no career "${careerSlug}" (a folder under content/careers)`;
        listed.add(move);
        if (problem) issues.push(file.issue("error", ["movesTo", index], problem));
        else if (target) movesInto.set(move, (movesInto.get(move) ?? 0) + 1);
      }
    }
  }
  return issues;
}

/** Why a move to a level that exists is one too many: past the moves a career may declare, or the moves a level may receive. */
function overLimit(count: number, into: number, move: string): string | undefined {
  if (count > limits.moves.value)
    return `expected at most ${limits.moves.value} moves over all of this career's levels; this is move ${count} (keep the most common)`;
  if (into > limits.movesInto.value)
    return `expected at most ${limits.movesInto.value} moves into one level, and ${limits.movesInto.value} other levels already move to "${move}" (keep the most common)`;
  return undefined;
}

function levelProblem(career: Career, levelSlug: string): string | undefined {
  if (career.levels.some((level) => level.slug === levelSlug)) return undefined;
  const renamed = career.levels.find((level) => level.aliases.includes(levelSlug));
  if (renamed) return `"${levelSlug}" is a former name of the level "${renamed.slug}"; write ${career.slug}/${renamed.slug}`;
  return `there is no level "${levelSlug}" in the career "${career.slug}" (levels: ${career.levels.map((level) => level.slug).join(", ")})`;
}

/** The careers with each level's moves linked both ways: `movesTo` as declared, `movesFrom` by career title, then level rank. */
export function linkMoves(careers: readonly CareerMoves[]): Career[] {
  const loaded = careers.flatMap(({ career }) => (career ? [career] : []));
  const levelAt = new Map<string, { career: Career; level: Level }>(
    loaded.flatMap((career) => career.levels.map((level) => [`${career.slug}/${level.slug}`, { career, level }] as const)),
  );
  const movesTo = new Map<string, CareerLevelRef[]>();
  const movesFrom = new Map<string, CareerLevelRef[]>();
  const add = (map: Map<string, CareerLevelRef[]>, key: string, ref: CareerLevelRef) => map.set(key, [...(map.get(key) ?? []), ref]);
  for (const { career, declared } of careers) {
    if (!career) continue;
    for (const { level: levelSlug, movesTo: targets } of declared) {
      const origin = refOf(
        career,
        career.levels.find((level) => level.slug === levelSlug)!,
      );
      for (const target of targets) {
        const destination = levelAt.get(target);
        if (!destination) continue;
        add(movesTo, `${career.slug}/${levelSlug}`, refOf(destination.career, destination.level));
        add(movesFrom, target, origin);
      }
    }
  }
  // A fixed locale, so that every machine orders them alike; the slug tells apart careers of one title.
  const byCareerThenRank = (a: CareerLevelRef, b: CareerLevelRef) =>
    a.career.title.localeCompare(b.career.title, "en") || a.career.slug.localeCompare(b.career.slug, "en") || a.level.rank - b.level.rank;
  return loaded.map((career) => ({
    ...career,
    levels: career.levels.map((level) => ({
      ...level,
      movesTo: movesTo.get(`${career.slug}/${level.slug}`) ?? [],
      movesFrom: [...(movesFrom.get(`${career.slug}/${level.slug}`) ?? [])].sort(byCareerThenRank),
    })),
  }));
}
