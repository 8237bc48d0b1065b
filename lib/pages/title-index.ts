import type { TitleEntry, TitleGroupListing } from "../browse";
import { truncate } from "../clip-text";
import { paths } from "../site";
import { browseModelOf, letterBarOf, partName, partParams, type LetterLinks } from "./browse";
import { collectionPage } from "./family";
import { homeCrumb } from "./home";
import type { PageKind } from "./kind";

export interface TitleIndexContent {
  group: TitleGroupListing;
  /** 1 for the first part of the group's listing. */
  part: number;
  /** This part's titles, in the reader's order. */
  entries: readonly TitleEntry[];
  /** Every letter of the index, so a reader goes from one to the next without going home. */
  letters: readonly LetterLinks[];
}

const indexPath = ({ group, part }: Pick<TitleIndexContent, "group" | "part">) => paths.titleIndex(group.slug, part);
/** "Job titles: A", or "Job titles: Α (Greek)" for a letter that may look like a Latin one. */
export const groupHeading = (group: TitleGroupListing) => `Job titles: ${group.label}${group.script ? ` (${group.script})` : ""}`;
const groupName = ({ group, part }: Pick<TitleIndexContent, "group" | "part">) => partName(groupHeading(group), part, group.parts.length);

/**
 * The A-Z index of career and job titles, one listing per first letter (or digit, or script), in
 * parts that fit a page: each title links to the overview or the level page that holds it.
 */
export const titleIndexPage = {
  kind: "titleIndex",
  source: {
    site: (careers) => {
      const letters = letterBarOf(careers);
      return browseModelOf(careers).titleGroups.flatMap((group) => group.parts.map((entries, index) => ({ group, part: index + 1, entries, letters })));
    },
  },
  params: ({ group, part }) => ({ group: group.slug, part: partParams(part) }),
  path: (content) => indexPath(content),
  lastModified: () => undefined,
  dataPath: () => paths.careersData(),
  text: (content) => {
    const { group, part, entries } = content;
    const range = entries.length > 1 ? `${entries[0]!.title} to ${entries.at(-1)!.title}` : (entries[0]?.title ?? "");
    // The part comes first: a title held in more places than a page lists fills several parts
    // alone, and a long range is clipped, yet each page's description must be its own.
    const listing = group.parts.length > 1 ? `Part ${part} of ${group.parts.length} of the job titles` : "Job titles";
    return {
      title: groupName(content),
      description: truncate(
        `${listing} and careers under ${group.label}, from ${range}, each linked to the level of the career that holds it: find where your job sits on a career ladder.`,
        160,
      ),
    };
  },
  breadcrumbs: (content) => [homeCrumb, { name: groupName(content), href: indexPath(content) }],
  structuredData: (content) => [
    collectionPage(
      groupName(content),
      indexPath(content),
      // One address an entry, its first place: the list says what the page lists without repeating every link.
      content.entries.map((entry) => entry.places[0]!.href),
    ),
  ],
  socialCard: {
    alt: "Job titles in the Career Guide's A to Z",
    parts: ({ group }) => ({ kicker: "Job titles A to Z", title: group.label, subtitle: "Find your job title, and where it sits on a career ladder" }),
    perListing: { params: ({ group }) => ({ group: group.slug }), path: ({ group }) => paths.titleIndex(group.slug) },
  },
} satisfies PageKind<"titleIndex", { group: string; part: string[] }, TitleIndexContent>;
