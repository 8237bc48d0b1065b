import type { Level } from "@/lib/content";
import { growsFrom, requirementsToReach } from "@/lib/ladder";

interface ReadinessCheckProps {
  /** Sets the check's heading and checkbox ids apart from another check's on the same page. */
  id: string;
  /** What the reader gets ready for, as the heading names it: the next level, a level of another career. */
  target: string;
  /** What it asks for that the reader's path has not given yet, as a checklist. */
  requirements: string[];
  /** What the checklist is for, and how to use it, above it. */
  intro: string;
  /** What the checklist is, as its group's name. */
  legend: string;
  /** Said instead of a checklist when it asks for nothing new. */
  nothingNew: string;
}

/**
 * What a next step asks for as a checklist to prepare a conversation with a manager. The count is
 * kept by CSS counters (globals.css), so it works with no script; nothing is sent. A step that
 * asks for nothing new gets a note saying so, not a missing section.
 */
export function ReadinessCheck({ id, target, requirements, intro, legend, nothingNew }: ReadinessCheckProps) {
  return (
    <section aria-labelledby={id} className="readiness mt-12 rounded-xl border border-edge p-5 sm:p-6">
      <h2 id={id} className="text-xl font-semibold tracking-tight text-slate-900 dark:text-white">
        Ready for {target}?
      </h2>
      {requirements.length > 0 ? (
        <Checklist id={id} requirements={requirements} intro={intro} legend={legend} />
      ) : (
        <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">{nothingNew}</p>
      )}
    </section>
  );
}

/**
 * What a next level asks for, on the page of a level below it; where the career forks, one for
 * each track's level, named with its track. A level reached from here through `alsoFrom` asks for
 * what the path here does not name, inherited requirements included. A check after one with a
 * checklist points to it rather than say again how to use it.
 */
export function NextLevelCheck({ current, next, forks, afterAnother = false }: { current: Level; next: Level; forks: boolean; afterAnother?: boolean }) {
  const alongThePath = growsFrom(next, current);
  return (
    <ReadinessCheck
      id={`ready-for--${next.slug}`}
      target={forks && next.track ? `${next.title} (${next.track})` : next.title}
      requirements={requirementsToReach(current, next)}
      intro={
        afterAnother
          ? "As with the check above, tick what you can already show, with an example for each. Nothing you tick is stored or sent anywhere."
          : "A guide for a conversation with your manager, not a test: tick what you can already show, and think of an example for each. Print the page to take your ticks along, with room for notes. Nothing you tick is stored or sent anywhere."
      }
      legend={alongThePath ? `What ${next.title} adds` : `What ${next.title} asks that your path does not name`}
      nothingNew={
        alongThePath
          ? `${next.title} adds no requirements of its own: it asks for what the levels below it already ask for. Its duties show what changes, and make a good start for a conversation with your manager.`
          : `Your path already names everything ${next.title} asks for. Its duties show what changes, and make a good start for a conversation with your manager.`
      }
    />
  );
}

function Checklist({ id, requirements, intro, legend }: Pick<ReadinessCheckProps, "id" | "requirements" | "intro" | "legend">) {
  return (
    <>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">{intro}</p>
      <form className="readiness-form mt-4" aria-labelledby={id}>
        <fieldset>
          <legend className="font-semibold text-slate-900 dark:text-white">{legend}</legend>
          <ul className="mt-3 space-y-2">
            {requirements.map((requirement, index) => (
              // Two requirements may read the same; the position tells them apart.
              <li key={index} className="grid grid-cols-[auto_1fr] items-start gap-x-3">
                <input id={`${id}--${index + 1}`} type="checkbox" className="mt-0.5 size-6 accent-teal-700 dark:accent-teal-400" />
                <label htmlFor={`${id}--${index + 1}`} className="min-h-6">
                  {requirement}
                </label>
              </li>
            ))}
          </ul>
          <p className="readiness-count mt-4 text-sm font-semibold text-slate-700 dark:text-slate-300">{`of ${requirements.length} ticked`}</p>
        </fieldset>
        <button
          type="reset"
          className="mt-3 min-h-8 rounded-md border border-edge px-3 text-sm text-slate-700 hover:border-teal-600 print:hidden dark:text-slate-300"
        >
          Clear the ticks
        </button>
      </form>
    </>
  );
}
