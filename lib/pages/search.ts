import type { Metadata } from "next";
import { getCareers, type Career } from "../content";
import { browseLinksOf, type BrowseLinks } from "./browse";

/** What the search page offers: a filter by family, and the ways in without search. */
export interface SearchPageModel {
  /**
   * The A-Z letters, and the families: the ones a reader may narrow results to, as the index files
   * careers (lib/search), and the ways in for a browser that runs no script or a query that finds nothing.
   */
  browse: BrowseLinks;
  /** What to do when the index does not load. */
  unavailable: string;
}

export function searchPage(careers: readonly Career[] = getCareers()): SearchPageModel {
  return {
    browse: browseLinksOf(careers),
    // `npm run dev` serves the index of the last build, and there is none before the first.
    unavailable:
      process.env.NODE_ENV === "development"
        ? "The search index is written by a build: run npm run build once, then reload this page."
        : "Search could not load here. Every career and job title is also listed A to Z and by family on the home page.",
  };
}

/** Results change with every query and the pages they lead to are indexed: search engines keep this page out. */
export const searchPageMetadata: Metadata = {
  title: "Search careers and job titles",
  description: "Find a career, a level or a job title by typing: results show as you type.",
  robots: { index: false, follow: true },
};
