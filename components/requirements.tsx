import type { Level } from "@/lib/content/model";
import { paths } from "@/lib/site";
import { BulletList } from "./bullet-list";

interface RequirementsProps {
  level: Level;
}

/** What a level asks for: what it carries over from lower levels, then its own requirements. */
export function Requirements({ level }: RequirementsProps) {
  const hasInherited = level.inheritedRequirements.length > 0;
  return (
    <div className="space-y-6">
      {level.inheritedRequirements.map((group) => (
        <div key={group.level.slug} className="rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900">
          <h3 className="mb-3 text-sm font-semibold text-slate-700 dark:text-slate-300">
            Everything from{" "}
            <a href={paths.level(level.careerSlug, group.level.slug)} className="text-teal-700 underline underline-offset-2 dark:text-teal-300">
              {group.level.title}
            </a>
          </h3>
          <BulletList items={group.requirements} className="text-slate-700 dark:text-slate-300" />
        </div>
      ))}
      {level.requirements.length > 0 && (
        <div>
          {hasInherited && <h3 className="mb-3 text-sm font-semibold text-slate-700 dark:text-slate-300">New at this level</h3>}
          <BulletList items={level.requirements} />
        </div>
      )}
    </div>
  );
}
