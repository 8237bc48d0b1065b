import type { ValidLevel } from "./valid-file";

/** A stretch of a ladder: one level on no track, or a run of levels on tracks, in columns side by side. */
export type LadderSection<L> = { kind: "level"; level: L } | { kind: "tracks"; columns: { track: string; levels: L[] }[] };

/**
 * A ladder as every page draws it, from its levels lowest first: levels on no track one after
 * another, and each run of levels on tracks as a column per track of the career, in `tracks`'
 * order. The content rules check the ladder in these sections, so what they accept is what is drawn.
 */
export function ladderSectionsOf<L>(ordered: readonly L[], trackOf: (level: L) => string | undefined, tracks: readonly string[]): LadderSection<L>[] {
  const sections: LadderSection<L>[] = [];
  for (const level of ordered) {
    const track = trackOf(level);
    if (track === undefined) {
      sections.push({ kind: "level", level });
      continue;
    }
    const last = sections.at(-1);
    const columns = last?.kind === "tracks" ? last.columns : tracks.map((name) => ({ track: name, levels: [] as L[] }));
    if (last?.kind !== "tracks") sections.push({ kind: "tracks", columns });
    columns.find((column) => column.track === track)!.levels.push(level);
  }
  return sections;
}

/**
 * A career's levels in the order every page draws them, by rank and, side by side, by track, with
 * its tracks in the order of their first levels (by rank, then by name). The rules and the model
 * both take the ladder in this order, so what the rules check is what the pages draw.
 */
export function inLadderOrder<L extends ValidLevel>(levels: readonly L[]): { tracks: string[]; ordered: L[] } {
  const rankThen = (compare: (a: L, b: L) => number) => (a: L, b: L) => a.frontmatter.rank - b.frontmatter.rank || compare(a, b);
  const byName = [...levels].sort(rankThen((a, b) => (a.frontmatter.track ?? "").localeCompare(b.frontmatter.track ?? "", "en")));
  const tracks = [...new Set(byName.flatMap((level) => level.frontmatter.track ?? []))];
  // A level on no track comes before the tracks beside it (indexOf gives it -1).
  const trackOrder = (level: L) => tracks.indexOf(level.frontmatter.track ?? "");
  return { tracks, ordered: [...levels].sort(rankThen((a, b) => trackOrder(a) - trackOrder(b))) };
}
