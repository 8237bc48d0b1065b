import type { MetadataRoute } from "next";
import type { Page } from "./pages";
import { absoluteUrl } from "./site";

/** Every page with the date its content last changed, so crawlers revisit only what changed. */
export function sitemapEntries(pages: Page[]): MetadataRoute.Sitemap {
  return pages.map(({ path, lastModified }) => ({ url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}) }));
}
