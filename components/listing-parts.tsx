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

/**
 * Links to every part of a listing split over several pages, at its top; at its end, the parts
 * before and after alone. The top's list keeps every part two clicks from home; a second copy at
 * the end made a page of a letter of over a hundred parts pass the page budget at a thousand
 * careers. Nothing for a listing of one page.
 */
export function ListingParts({ name, parts, current, atEnd = false }: ListingPartsProps) {
  if (parts.length < 2) return null;
  if (atEnd) {
    const neighbours = [
      { href: parts[current - 2], rel: "prev", text: `← Part ${current - 1} of ${parts.length}` },
      { href: parts[current], rel: "next", text: `Part ${current + 1} of ${parts.length} →` },
    ];
    return (
      <nav aria-label={`Parts of ${name}, at the end of the list`} className="my-6">
        <ul className="flex flex-wrap justify-between gap-2">
          {neighbours.map(
            ({ href, rel, text }) =>
              href && (
                <li key={rel} className={rel === "next" ? "ml-auto" : ""}>
                  <a href={href} rel={rel} className={`inline-block py-1 ${linkClass}`}>
                    {text}
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
