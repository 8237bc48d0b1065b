import { latestDate, type Career } from "../content";
import { webSite } from "../structured-data";
import { paths, site } from "../site";
import type { Crumb } from "../navigation";
import { homeShowsEveryCareer } from "../browse";
import { browseLinksOf, type BrowseLinks } from "./browse";
import type { PageKind } from "./kind";

/** Where every trail starts. */
export const homeCrumb: Crumb = { name: "Home", href: paths.home() };

export interface HomeContent {
  careers: readonly Career[];
  /** A small guide shows every career with its ladder; a larger one leads to its families and the A-Z index. */
  showsEveryCareer: boolean;
  browse: BrowseLinks;
}

/** The home page: every career with its ladder at a glance in a small guide, and the ways into a larger one. */
export const homePage = {
  kind: "home",
  source: { site: (careers) => [{ careers, showsEveryCareer: homeShowsEveryCareer(careers), browse: browseLinksOf(careers) }] },
  params: () => ({}),
  path: () => paths.home(),
  lastModified: ({ careers }) => latestDate(careers.map((career) => career.updated)),
  dataPath: () => paths.careersData(),
  text: () => ({ title: site.name, description: site.description, absoluteTitle: `${site.name}: career paths from entry level to senior roles` }),
  structuredData: () => [webSite()],
  socialCard: {
    alt: `${site.name}: career paths from entry level to senior roles`,
    parts: () => ({ kicker: "Career guides", title: "Find your next step", subtitle: site.description }),
  },
} satisfies PageKind<"home", Record<string, never>, HomeContent>;
