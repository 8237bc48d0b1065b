import type { Source } from "@/lib/content";
import { formatDate } from "@/lib/site";
import { linkClass } from "./link-class";
import { Section } from "./section";

/** Each source a career's facts come from, linked, with who publishes it and the date it gives. */
export function Sources({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <Section id="sources" title="Sources">
      <p className="mb-4 max-w-prose text-slate-700 dark:text-slate-300">
        The facts on this career’s pages come from these sources, as of the dates they give.
      </p>
      <ul className="space-y-3">
        {sources.map((source, index) => (
          <li key={index}>
            <a href={source.url} className={linkClass}>
              {source.title}
            </a>
            <span className="block text-sm text-slate-600 dark:text-slate-400">
              {source.publisher}, <time dateTime={source.date}>{formatDate(source.date)}</time>
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The sources of a page's facts in one line at its end, each linked with its publisher and date. */
export function SourcesLine({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <p className="mt-10 text-sm text-slate-600 dark:text-slate-400">
      Sources:{" "}
      {sources.map((source, index) => (
        <span key={index}>
          <a href={source.url} className={linkClass}>
            {source.title}
          </a>{" "}
          ({source.publisher}, <time dateTime={source.date}>{formatDate(source.date)}</time>){index < sources.length - 1 ? "; " : "."}
        </span>
      ))}
    </p>
  );
}
