import { linkClass } from "./link-class";

interface ListingPartsProps {
  /** What the listing is, for the navigation's name. */
  name: string;
  /** Each part's address, the first part's first. */
  parts: readonly string[];
  /** The part this page shows, 1 for the first. */
  current: number;
  /** The same links again at the end of the list, named apart from the first (landmarks need names of their own). */
  atEnd?: boolean;
}

/** Links to every part of a listing split over several pages; nothing for a listing of one page. */
export function ListingParts({ name, parts, current, atEnd = false }: ListingPartsProps) {
  if (parts.length < 2) return null;
  return (
    <nav aria-label={`Parts of ${name}${atEnd ? ", at the end of the list" : ""}`} className="my-6">
      <ol className="flex flex-wrap gap-2">
        {parts.map((href, index) => (
          <li key={href}>
            {index + 1 === current ? (
              <span
                aria-current="page"
                className="inline-block min-w-8 rounded-md bg-teal-700 px-2 py-1 text-center font-semibold text-white dark:bg-teal-400 dark:text-slate-950"
              >
                {index + 1}
              </span>
            ) : (
              <a href={href} className={`inline-block min-w-8 px-2 py-1 text-center ${linkClass}`}>
                {index + 1}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
