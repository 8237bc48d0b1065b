/** A stretch of a ladder: one level on no track, or a run of levels on tracks, in columns side by side. */
export type LadderSection<Level> = { kind: "level"; level: Level } | { kind: "tracks"; columns: { track: string; levels: Level[] }[] };

/**
 * A ladder as every page draws it, from its levels lowest first: levels on no track one after
 * another, and each run of levels on tracks as a column per track of the career, in `tracks`'
 * order. The content rules check the ladder in these sections, so what they accept is what is drawn.
 */
export function ladderSectionsOf<Level>(
  ordered: readonly Level[],
  trackOf: (level: Level) => string | undefined,
  tracks: readonly string[],
): LadderSection<Level>[] {
  const sections: LadderSection<Level>[] = [];
  for (const level of ordered) {
    const track = trackOf(level);
    if (track === undefined) {
      sections.push({ kind: "level", level });
      continue;
    }
    const last = sections.at(-1);
    const columns = last?.kind === "tracks" ? last.columns : tracks.map((name) => ({ track: name, levels: [] as Level[] }));
    if (last?.kind !== "tracks") sections.push({ kind: "tracks", columns });
    columns.find((column) => column.track === track)!.levels.push(level);
  }
  return sections;
}
