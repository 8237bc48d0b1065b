import type { Career, Level } from "@/lib/content";
import { ladderSections } from "@/lib/ladder";
import { MOST_LEVELS_ACROSS } from "@/lib/navigation";
import { paths } from "@/lib/site";
import { headingLinkClass } from "./link-class";

interface LevelLadderProps {
  career: Career;
}

/** One level as a card that links to its page: its step's number, its name, its roles, and the levels on other tracks people also come from. */
function LevelCard({ career, level, layout, titleSize }: { career: Career; level: Level; layout: string; titleSize: string }) {
  return (
    <a
      href={paths.level(career.slug, level.slug)}
      className={`flex h-full rounded-xl border border-edge bg-white text-slate-700 hover:border-teal-600 hover:bg-teal-50 dark:bg-slate-900 dark:text-slate-300 dark:hover:border-teal-400 dark:hover:bg-slate-800 ${layout}`}
    >
      <span
        aria-hidden="true"
        className="flex size-9 shrink-0 items-center justify-center rounded-full bg-teal-700 font-semibold text-white dark:bg-teal-400 dark:text-slate-950"
      >
        {level.step}
      </span>
      <span className="min-w-0">
        <span className="sr-only">Step {level.step}: </span>
        <span className={`block font-semibold ${titleSize} ${headingLinkClass}`}>{level.title}</span>
        <span className="mt-1 block text-sm">{level.roles.join(", ")}</span>
        {level.alsoFrom.length > 0 && (
          <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">Also from {level.alsoFrom.map((from) => from.title).join(", ")}</span>
        )}
      </span>
    </a>
  );
}

/**
 * The career's levels as numbered steps joined by a line, most junior first; each whole card links
 * to its level. Where the career forks, its tracks run side by side as columns under their names,
 * on a phone too (limits.tracks says why two fit), and the common levels run across the page.
 */
export function LevelLadder({ career }: LevelLadderProps) {
  const across = career.tracks.length === 0 && career.levels.length <= MOST_LEVELS_ACROSS;
  // Cards across the page stand their number over their name from 40rem; a track's narrow column always does.
  const cardLayout = across ? "gap-3 p-4 sm:flex-col sm:gap-2" : "gap-3 p-4";
  const sections = ladderSections(career);
  // A career that forks twice has each track twice: the level each fork follows tells them apart.
  const forksTwice = sections.filter((section) => section.kind === "tracks").length > 1;
  const trackName = (track: string, before: (typeof sections)[number] | undefined) =>
    forksTwice && before?.kind === "level" ? `${track} track after ${before.level.title}` : `${track} track`;
  return (
    <ol aria-label={`${career.title} levels`} className={`ladder grid gap-4 ${across ? "ladder-across sm:auto-cols-fr sm:grid-flow-col" : ""}`}>
      {sections.map((section, index) =>
        section.kind === "level" ? (
          <li key={section.level.slug}>
            <LevelCard career={career} level={section.level} layout={cardLayout} titleSize="text-lg" />
          </li>
        ) : (
          <li key={section.columns.map((column) => column.levels[0]?.slug).join(" ")} className="ladder-fork grid grid-cols-2 gap-x-2 sm:gap-x-4">
            {section.columns.map((column) => (
              <div key={column.track} className="ladder-track row-span-2 grid min-w-0 grid-rows-subgrid pt-3">
                <p className="mb-2 pl-10 text-sm font-semibold text-slate-600 dark:text-slate-400">{column.track}</p>
                <ol aria-label={trackName(column.track, sections[index - 1])} className="ladder grid content-start gap-4">
                  {column.levels.map((level) => (
                    <li key={level.slug}>
                      {/* 1rem keeps a title of about twelve letters, such as "Coordinator", on one line of a 140 px column (limits.tracks). */}
                      <LevelCard career={career} level={level} layout="flex-col gap-2 p-3 pl-4" titleSize="text-base" />
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </li>
        ),
      )}
    </ol>
  );
}
