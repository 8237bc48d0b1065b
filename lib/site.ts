
/** Site-wide settings; the deploy sets SITE_URL and REPOSITORY_URL (see README). */
export const site = {
  name: "Career Guide",
  description: "Clear, practical guides to careers: what the work is, and how to move from entry level to senior roles.",
  // Without SITE_URL, `npm start` (which builds first) links to the port it serves on; `npm run export` requires SITE_URL.
  url: new URL(process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`),
  repositoryUrl: (process.env.REPOSITORY_URL ?? "https://github.com/career-guide/career-guide").replace(/\/+$/, ""),
  repositoryBranch: process.env.REPOSITORY_BRANCH ?? "main",
  locale: "en_US",
} as const;

export const paths = {
  home: () => "/",
  career: (careerSlug: string) => `/careers/${careerSlug}/`,
  level: (careerSlug: string, levelSlug: string) => `/careers/${careerSlug}/${levelSlug}/`,
  compare: (careerSlug: string) => `/careers/${careerSlug}/compare/`,
  // Where Next.js serves the card an opengraph-image route draws for the page at `pagePath`.
  socialCard: (pagePath: string) => `${pagePath}opengraph-image`,
  // The open data (lib/open-data.ts): files, so no trailing slash.
  careersData: () => "/data/careers.json",
  careerData: (careerSlug: string) => `/data/careers/${careerSlug}.json`,
  dataSchema: (fileName: string) => `/data/schema/${fileName}`,
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

/** An absolute URL on this site, for canonical links, the sitemap and structured data. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).toString();
}

/** `2026-03-01` as "March 1, 2026", the same on every machine. */
export function formatDate(isoDate: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(isoDate));
}

/** `text` cut to `length` characters at most, ending in an ellipsis when cut. */
export function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
