import type { Career } from "@/lib/content";
import { paths } from "@/lib/site";
import { LevelLadder } from "./level-ladder";
import { headingLinkClass, linkClass } from "./link-class";

interface CareerCardProps {
  career: Career;
}

/** A career on the home page: its promise and its ladder, one link to each of its pages. */
export function CareerCard({ career }: CareerCardProps) {
  return (
    <article className="rounded-2xl border border-edge p-5 sm:p-6">
      <h2 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">
        <a href={paths.career(career.slug)} className={headingLinkClass}>
          {career.title}
        </a>
      </h2>
      <p className="mt-2 mb-5 text-slate-700 dark:text-slate-300">{career.tagline}</p>
      <LevelLadder career={career} />
      <p className="mt-5">
        <a href={paths.compare(career.slug)} className={linkClass}>
          Compare the levels side by side
        </a>
      </p>
    </article>
  );
}
