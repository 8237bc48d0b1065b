import type { Level } from "@/lib/content";
import { BulletList } from "./bullet-list";

interface RequirementsProps {
  level: Level;
}

const countOf = (items: string[]) => `${items.length} requirement${items.length === 1 ? "" : "s"}`;

/**
 * What a level asks for: its own requirements first and standing out, then one collapsed line per
 * level it builds on, nearest first, so every page reads in the same order.
 */
export function Requirements({ level }: RequirementsProps) {
  const inherited = level.inheritedRequirements.toReversed();
  return (
    <div className="space-y-3">
      {level.requirements.length > 0 && (
        <div className="rounded-lg border-l-4 border-teal-600 bg-teal-50 py-3 pr-3 pl-4 text-slate-900 dark:border-teal-400 dark:bg-slate-900 dark:text-slate-100">
          {inherited.length > 0 && <p className="mb-2 text-sm font-semibold text-teal-800 dark:text-teal-300">New at this level</p>}
          <BulletList items={level.requirements} />
        </div>
      )}
      {inherited.map((group) => (
        <details key={group.level.slug} className="rounded-lg border border-edge">
          <summary className="min-h-6 cursor-pointer px-4 py-2 text-slate-700 dark:text-slate-300">
            Plus from {group.level.title}: {countOf(group.requirements)}
          </summary>
          <div className="px-4 pb-3 text-slate-700 dark:text-slate-300">
            <BulletList items={group.requirements} />
          </div>
        </details>
      ))}
    </div>
  );
}
