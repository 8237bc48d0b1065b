
// Without SITE_URL, `npm start` (which builds first) links to the port it serves on; `npm run export` requires SITE_URL.
const siteUrl = new URL(process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`);

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
  basePath: siteUrl.pathname.replace(/\/+$/, ""),
  repositoryUrl: (process.env.REPOSITORY_URL ?? "https://github.com/career-guide/career-guide").replace(/\/+$/, ""),
  repositoryBranch: process.env.REPOSITORY_BRANCH ?? "main",
  locale: "en_US",
} as const;

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
  // Listings split into parts (lib/browse/): the first part at the listing's own address, the others numbered under it.
  family: (familySlug: string, part = 1) => onSite(`/families/${familySlug}/${part > 1 ? `${part}/` : ""}`),
  titleIndex: (groupSlug: string, part = 1) => onSite(`/a-z/${groupSlug}/${part > 1 ? `${part}/` : ""}`),
  // The card a social-card.png route draws for the page at `pagePath` (itself a path from here): a
  // file name that tells any static host it is a PNG.
  socialCard: (pagePath: string) => `${pagePath}social-card.png`,
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

/** `2026-03-01` as "March 1, 2026", the same on every machine. */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(isoDate));
}

/** `text` cut to `length` characters at most, ending in an ellipsis when cut. */
export function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/** React writes these characters into HTML as entities (`&amp;`…), and html-validate measures a title as written. */
const ENTITY_LENGTHS: Record<string, number> = { "&": 5, "<": 4, ">": 4, '"': 6, "'": 6 };

/** The length of `text` in a page's HTML source, where each of & < > " ' takes an entity's length. */
export const lengthInHtml = (text: string) => [...text].reduce((length, character) => length + (ENTITY_LENGTHS[character] ?? character.length), 0);

/** html-validate's long-title rule, and about what search results and browser tabs show of a title. */
export const PAGE_TITLE_MAX_LENGTH = 70;

/** `text` cut, at a word where one is near, so that it and an ellipsis fit `maxLength` as written in HTML. */
function clipToHtmlLength(text: string, maxLength: number): string {
  const characters = [...text];
  while (characters.length > 0 && lengthInHtml(characters.join("")) > maxLength - 1) characters.pop();
  const cut = characters.join("");
  const lastSpace = cut.lastIndexOf(" ");
  const atWord = lastSpace > cut.length * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.trimEnd()}…`;
}

/** What a page's `<title>` says, and the part of it that may be shortened to fit (the career's name, say). */
export interface TitleParts {
  title: string;
  shortenable?: string;
}

/**
 * A page's `<title>` within PAGE_TITLE_MAX_LENGTH, however long its career's and level's names
 * are: the site's name is dropped first, then the shortenable part is shortened, and only then the
 * whole title. The page's heading always shows the whole title.
 */
export function documentTitle({ title, shortenable }: TitleParts): string {
  const withSite = `${title} | ${site.name}`;
  if (lengthInHtml(withSite) <= PAGE_TITLE_MAX_LENGTH) return withSite;
  if (lengthInHtml(title) <= PAGE_TITLE_MAX_LENGTH) return title;
  const at = shortenable ? title.indexOf(shortenable) : -1;
  if (shortenable && at >= 0) {
    const before = title.slice(0, at);
    const after = title.slice(at + shortenable.length);
    const room = PAGE_TITLE_MAX_LENGTH - lengthInHtml(before) - lengthInHtml(after);
    // A name cut to a word or two still says which career the page is about.
    if (room >= 12) return `${before}${clipToHtmlLength(shortenable, room)}${after}`;
  }
  return clipToHtmlLength(title, PAGE_TITLE_MAX_LENGTH);
}
