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

/** A career's tracks in the order every page shows them: that of their first levels, by rank, then by name. */
export function tracksInOrder<L>(levels: readonly L[], rankOf: (level: L) => number, trackOf: (level: L) => string | undefined): string[] {
  const ordered = [...levels].sort((a, b) => rankOf(a) - rankOf(b) || (trackOf(a) ?? "").localeCompare(trackOf(b) ?? "", "en"));
  return [...new Set(ordered.flatMap((level) => trackOf(level) ?? []))];
}
