import { getCareers, latestDate, type Career, type Level } from "./content";
import { browseUrl, editUrl, paths } from "./site";

/**
 * Every page the site prerenders, with the content it shows, where an editor changes it and the
 * open-data document it links. Static params, the sitemap, the browser tests, the screenshots, the
 * budgets and the bench all ask this list, so a new kind of page is added here and in its route,
 * nowhere else.
 */
export type Page =
  | { kind: "home"; path: string; params: Record<string, never>; lastModified?: string; dataPath: string }
  | { kind: "career"; path: string; params: { career: string }; career: Career; lastModified?: string; editUrl: string; dataPath: string }
  | { kind: "level"; path: string; params: { career: string; level: string }; career: Career; level: Level; lastModified?: string; editUrl: string; dataPath: string }
  | { kind: "compare"; path: string; params: { career: string }; career: Career; lastModified?: string; editUrl: string; dataPath: string };

export type PageKind = Page["kind"];
export type PageOfKind<K extends PageKind> = Extract<Page, { kind: K }>;

/** Where an editor changes what each kind of page shows: the registry's edit links, and the routes' "Edit this page". */
export const editAddress = {
  career: (career: Career) => editUrl(career.sourcePath),
  level: (level: Level) => editUrl(level.sourcePath),
  // The comparison shows every level file, so its edit link opens their folder.
  compare: (career: Career) => browseUrl(career.levelsFolder),
};

/** The pages of `careers` (by default the site's content), home first, each career's pages in reading order. */
export function getPages(careers: Career[] = getCareers()): Page[] {
  return [
    { kind: "home", path: paths.home(), params: {}, lastModified: latestDate(careers.map((career) => career.updated)), dataPath: paths.careersData() },
    ...careers.flatMap((career): Page[] => {
      const params = { career: career.slug };
      const dataPath = paths.careerData(career.slug);
      return [
        { kind: "career", path: paths.career(career.slug), params, career, lastModified: career.updated, editUrl: editAddress.career(career), dataPath },
        ...career.levels.map((level): Page => ({
          kind: "level",
          path: paths.level(career.slug, level.slug),
          params: { ...params, level: level.slug },
          career,
          level,
          lastModified: level.updated,
          editUrl: editAddress.level(level),
          dataPath,
        })),
        { kind: "compare", path: paths.compare(career.slug), params, career, lastModified: career.updated, editUrl: editAddress.compare(career), dataPath },
      ];
    }),
  ];
}

/** The pages of one kind. */
export function pagesOf<K extends PageKind>(kind: K, pages: Page[] = getPages()): PageOfKind<K>[] {
  return pages.filter((page): page is PageOfKind<K> => page.kind === kind);
}

/** A route's `generateStaticParams`: the params of every page of its kind. */
export function staticParams<K extends PageKind>(kind: K): PageOfKind<K>["params"][] {
  // TypeScript does not narrow a union's member through a generic kind; pagesOf did.
  return pagesOf(kind).map((page) => page.params as PageOfKind<K>["params"]);
}

/** The first page of each kind, from the first career and its first level: what the budgets and the bench measure. */
export function samplePages(pages: Page[] = getPages()): Page[] {
  const kinds = [...new Set(pages.map((page) => page.kind))];
  return kinds.map((kind) => pages.find((page) => page.kind === kind)!);
}
