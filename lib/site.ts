import { basePathOf, localSiteUrl, parseSiteUrl } from "./site-url";

// Without SITE_URL, `npm start` (which builds first) links to the port it serves on; `npm run export` requires SITE_URL.
const siteUrl = process.env.SITE_URL === undefined ? localSiteUrl(process.env.PORT || "3000") : parseSiteUrl(process.env.SITE_URL);

/** Site-wide settings; the deploy sets SITE_URL and REPOSITORY_URL (see README). */
export const site = {
  name: "Career Guide",
  description: "Clear, practical guides to careers: what the work is, and how to move from entry level to senior roles.",
  url: siteUrl,
  /**
   * The path the site lives under, from SITE_URL: `/career-guide` for `https://org.github.io/career-guide/`,
   * empty at the root of a domain. Next.js's basePath (next.config.ts), so it prefixes what Next.js
   * serves; `paths` put it in front of every address the site writes itself.
   */
  basePath: basePathOf(siteUrl),
  repositoryUrl: (process.env.REPOSITORY_URL ?? "https://github.com/career-guide/career-guide").replace(/\/+$/, ""),
  repositoryBranch: process.env.REPOSITORY_BRANCH ?? "main",
  locale: "en_US",
} as const;

/**
 * Top-level folders the site names itself: the search page, and the search index Pagefind writes
 * into public/ with its script and WebAssembly (lib/search), which the search page loads.
 */
export const siteFolders = { search: "search", searchIndex: "pagefind" } as const;

/** The one script the site has, in public/: the search page's interface to the index. */
export const SEARCH_SCRIPT = "site-search.js";

/** `path` on the site: under its base path, as a reader's browser asks for it. */
const onSite = (path: string) => `${site.basePath}${path}`;

/**
 * The path of every address on the site, base path included: what a link's `href` says, and what
 * absoluteUrl makes absolute. A component or a kind of page never writes an address of its own.
 */
export const paths = {
  home: () => onSite("/"),
  career: (careerSlug: string) => onSite(`/careers/${careerSlug}/`),
  level: (careerSlug: string, levelSlug: string) => onSite(`/careers/${careerSlug}/${levelSlug}/`),
  compare: (careerSlug: string) => onSite(`/careers/${careerSlug}/compare/`),
  // A move from a level to a level of another career: under the level it starts from.
  move: (careerSlug: string, levelSlug: string, toCareerSlug: string, toLevelSlug: string) =>
    onSite(`/careers/${careerSlug}/${levelSlug}/to/${toCareerSlug}/${toLevelSlug}/`),
  // Listings split into parts (lib/browse/): the first part at the listing's own address, the others numbered under it.
  family: (familySlug: string, part = 1) => onSite(`/families/${familySlug}/${part > 1 ? `${part}/` : ""}`),
  titleIndex: (groupSlug: string, part = 1) => onSite(`/a-z/${groupSlug}/${part > 1 ? `${part}/` : ""}`),
  // The card a social-card.png route draws for the page at `pagePath` (itself a path from here): a
  // file name that tells any static host it is a PNG.
  socialCard: (pagePath: string) => `${pagePath}social-card.png`,
  // The search page, and the one script the site has, which only the search page loads (public/).
  search: () => onSite(`/${siteFolders.search}/`),
  searchScript: () => onSite(`/${SEARCH_SCRIPT}`),
  // The sitemap and its parts (lib/sitemap.ts).
  sitemap: () => onSite("/sitemap.xml"),
  sitemapPart: (fileName: string) => onSite(`/sitemaps/${fileName}`),
  // The open data (lib/open-data.ts): files, so no trailing slash.
  careersData: () => onSite("/data/careers.json"),
  careerData: (careerSlug: string) => onSite(`/data/careers/${careerSlug}.json`),
  dataSchema: (fileName: string) => onSite(`/data/schema/${fileName}`),
};

/** Where an editor changes the file behind a page. */
export function editUrl(sourcePath: string): string {
  return `${site.repositoryUrl}/edit/${site.repositoryBranch}/${sourcePath}`;
}

/** Where an editor finds the files in a content folder. */
export function browseUrl(folderPath: string): string {
  return `${site.repositoryUrl}/tree/${site.repositoryBranch}/${folderPath}`;
}

/** Where a reader suggests a change to a guide: the repository's "Suggest a change" issue form. */
export function suggestChangeUrl(): string {
  return `${site.repositoryUrl}/issues/new?template=suggest-a-change.yml`;
}

/**
 * The absolute URL of a path from `paths`, for canonical links, the sitemap and structured data.
 * On the origin, not on SITE_URL: the path carries the base path already, which resolving against
 * SITE_URL would drop or double.
 */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url.origin).toString();
}

// One formatter for every date: making one costs more than formatting with it, and a build of
// a thousand careers formats dates on every one of its pages.
const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

const monthAndYear = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/**
 * `2026-03-01` as "March 1, 2026", the same on every machine; a date as precise as a source gives
 * it, `2026-03` as "March 2026" and `2026` as itself.
 */
export function formatDate(isoDate: string): string {
  if (isoDate.length === 4) return isoDate;
  if (isoDate.length === 7) return monthAndYear.format(new Date(`${isoDate}-01`));
  return longDate.format(new Date(isoDate));
}
