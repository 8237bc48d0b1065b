import { placeLabel, type TitleEntry } from "@/lib/browse";
import { linkClass } from "./link-class";

interface TitleIndexListingProps {
  entries: readonly TitleEntry[];
}

/** Titles of the A-Z index, each with a link to every career and level that holds it. */
export function TitleIndexListing({ entries }: TitleIndexListingProps) {
  return (
    <ol className="divide-y divide-edge">
      {entries.map((entry) => (
        <li key={`${entry.key}${entry.continued ? "+" : ""}${entry.places[0]?.href}`} className="py-2">
          <p className="font-semibold">
            {entry.title}
            {entry.continued ? " (continued)" : ""}
          </p>
          {/* A 24 px line apart, as WCAG 2.2 asks of targets stacked one above another (2.5.8). */}
          <ul className="mt-1 text-sm leading-6">
            {entry.places.map((place) => (
              <li key={place.href}>
                <a href={place.href} className={linkClass}>
                  {placeLabel(place)}
                </a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
