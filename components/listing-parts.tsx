import { linkClass } from "./link-class";

interface ListingPartsProps {
  /** What the listing is, for the navigation's name. */
  name: string;
  /** Each part's address, the first part's first. */
  parts: readonly string[];
  /** The part this page shows, 1 for the first. */
  current: number;
  /** The links at the end of the list: the parts before and after this one, named apart from the first (landmarks need names of their own). */
  atEnd?: boolean;
}

/** How many parts on either side of the one shown the later parts link, beside the first and the last. */
const NEIGHBOURS = 2;

/**
 * The parts a page links at its top: every part from the first, which home links, so that every
 * part is two clicks from home; from a later part, the first, the last and the nearest, as a list
 * of every part on every page of a letter of over a hundred parts pushed them past the page budget
 * at a thousand careers. `undefined` stands for the parts left out between two shown.
 */
function partsShown(count: number, current: number): (number | undefined)[] {
  const all = Array.from({ length: count }, (_, index) => index + 1);
  if (current === 1) return all;
  const shown = all.filter((part) => part === 1 || part === count || Math.abs(part - current) <= NEIGHBOURS);
  return shown.flatMap((part, index) => (index > 0 && part - shown[index - 1]! > 1 ? [undefined, part] : [part]));
}

/**
 * Links to the parts of a listing split over several pages: at its top, the parts partsShown
 * gives; at its end, the parts before and after alone. Nothing for a listing of one page.
 */
export function ListingParts({ name, parts, current, atEnd = false }: ListingPartsProps) {
  if (parts.length < 2) return null;
  if (atEnd) {
    const neighbours = [
      { href: parts[current - 2], rel: "prev", label: "Previous:", part: current - 1 },
      { href: parts[current], rel: "next", label: "Next:", part: current + 1 },
    ];
    return (
      <nav aria-label={`Parts of ${name}, at the end of the list`} className="my-6">
        <ul className="flex flex-wrap justify-between gap-2">
          {neighbours.map(
            ({ href, rel, label, part }) =>
              href && (
                <li key={rel} className={rel === "next" ? "ml-auto" : ""}>
                  <a href={href} rel={rel} className={`inline-block py-1 ${linkClass}`}>
                    {rel === "prev" && <span aria-hidden="true">← </span>}
                    <span className="sr-only">{label}</span> {`Part ${part} of ${parts.length}`}
                    {rel === "next" && <span aria-hidden="true"> →</span>}
                  </a>
                </li>
              ),
          )}
        </ul>
      </nav>
    );
  }
  return (
    <nav aria-label={`Parts of ${name}`} className="my-6">
      <ol className="flex flex-wrap gap-2">
        {partsShown(parts.length, current).map((part, index) =>
          part === undefined ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 py-1 text-slate-600 dark:text-slate-400">
              …
            </li>
          ) : (
            <li key={part}>
              {part === current ? (
                <span
                  aria-current="page"
                  className="inline-block min-w-8 rounded-md bg-teal-700 px-2 py-1 text-center font-semibold text-white dark:bg-teal-400 dark:text-slate-950"
                >
                  {part}
                </span>
              ) : (
                <a href={parts[part - 1]} className={`inline-block min-w-8 px-2 py-1 text-center ${linkClass}`}>
                  {part}
                </a>
              )}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
