import type { MetadataRoute } from "next";
import { latestDate } from "./content/history";
import type { Career } from "./content/model";
import { absoluteUrl, paths } from "./site";

/** Every page with the date its content last changed, so crawlers revisit only what changed. */
export function sitemapEntries(careers: Career[]): MetadataRoute.Sitemap {
  const entry = (path: string, lastModified: string | undefined) => ({ url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}) });
  return [
    entry(paths.home(), latestDate(careers.map((career) => career.updated))),
    ...careers.flatMap((career) => [
      entry(paths.career(career.slug), career.updated),
      ...career.levels.map((level) => entry(paths.level(career.slug, level.slug), level.updated)),
      entry(paths.compare(career.slug), career.updated),
    ]),
  ];
}
