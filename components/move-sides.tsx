import type { CareerLevel } from "@/lib/pages/move";
import { paths } from "@/lib/site";
import { BulletList } from "./bullet-list";
import { headingLinkClass } from "./link-class";

function Side({ side, where, id }: { side: CareerLevel; where: string; id: string }) {
  const { career, level } = side;
  return (
    <section aria-labelledby={id} className="rounded-xl border border-edge p-5">
      <h3 id={id} className="text-lg font-semibold text-balance">
        {/* Inside the heading, so that it names the side wherever the heading is read. */}
        <span className="mb-1 block text-sm font-semibold uppercase tracking-wider text-teal-700 dark:text-teal-300">{where} </span>
        <a href={paths.level(career.slug, level.slug)} className={headingLinkClass}>
          {career.title}: {level.title.toLowerCase()}
        </a>
      </h3>
      <h4 className="mt-4 mb-2 font-semibold">Roles</h4>
      <BulletList items={level.roles} />
      <h4 className="mt-4 mb-2 font-semibold">Duties</h4>
      <BulletList items={level.duties} />
      {level.certifications.length > 0 && (
        <>
          <h4 className="mt-4 mb-2 font-semibold">Certifications</h4>
          <BulletList items={level.certifications.map((certification) => certification.name)} />
        </>
      )}
    </section>
  );
}

/** The two levels of a move side by side (one above the other on a phone): their roles, duties and certifications. */
export function MoveSides({ from, to }: { from: CareerLevel; to: CareerLevel }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Side side={from} where="From" id="move-from" />
      <Side side={to} where="To" id="move-to" />
    </div>
  );
}
