import type { CollectionPage } from "schema-dts";
import type { FamilyListing } from "../browse";
import { latestDate, type Career } from "../content";
import { truncate } from "../clip-text";
import { absoluteUrl, paths } from "../site";
import { browseModelOf, partName, partParams } from "./browse";
import { homeCrumb } from "./home";
import type { PageKind } from "./kind";

export interface FamilyContent {
  family: FamilyListing;
  /** 1 for the first part of the family's listing. */
  part: number;
  /** This part's careers, by title. */
  careers: readonly Career[];
}

/** A listing page as schema.org's CollectionPage: what it is, and the pages it lists in order. */
export function collectionPage(name: string, path: string, items: readonly string[]): CollectionPage {
  return {
    "@type": "CollectionPage",
    name,
    url: absoluteUrl(path),
    mainEntity: {
      "@type": "ItemList",
      numberOfItems: items.length,
      itemListElement: items.map((item, index) => ({ "@type": "ListItem", position: index + 1, url: absoluteUrl(item) })),
    },
  };
}

const familyPath = ({ family, part }: Pick<FamilyContent, "family" | "part">) => paths.family(family.slug, part);

/** A family of careers (a SOC 2018 major group, or "Other careers"): each career's promise and the span of its ladder, in parts that fit a page. */
export const familyPage = {
  kind: "family",
  source: {
    site: (careers) => browseModelOf(careers).families.flatMap((family) => family.parts.map((careers, index) => ({ family, part: index + 1, careers }))),
  },
  params: ({ family, part }) => ({ family: family.slug, part: partParams(part) }),
  path: (content) => familyPath(content),
  lastModified: ({ careers }) => latestDate(careers.map((career) => career.updated)),
  dataPath: () => paths.careersData(),
  text: ({ family, part }) => ({
    title: partName(family.name, part, family.parts.length),
    // A family in parts says which part first, so that each page's description is its own.
    description: truncate(
      `${family.parts.length > 1 ? `Part ${part} of ${family.parts.length} of the ` : ""}${
        family.majorGroup
          ? `${family.careers.length} career guides in ${family.name} (SOC 2018 major group ${family.majorGroup.code})`
          : `${family.careers.length} career guides without an occupation code`
      }: what each career promises and its ladder from entry level up.`,
      160,
    ),
  }),
  breadcrumbs: ({ family, part }) => [homeCrumb, { name: partName(family.name, part, family.parts.length), href: familyPath({ family, part }) }],
  structuredData: ({ family, part, careers }) => [
    collectionPage(
      partName(family.name, part, family.parts.length),
      familyPath({ family, part }),
      careers.map((career) => paths.career(career.slug)),
    ),
  ],
  socialCard: {
    alt: "A family of careers in the Career Guide",
    parts: ({ family }) => ({
      kicker: "Career family",
      title: family.name,
      subtitle: `${family.careers.length} career guides, from entry level to senior roles`,
    }),
    perListing: { params: ({ family }) => ({ family: family.slug }), path: ({ family }) => paths.family(family.slug) },
  },
} satisfies PageKind<"family", { family: string; part: string[] }, FamilyContent>;
