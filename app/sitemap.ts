import type { MetadataRoute } from "next";
import { getPages } from "@/lib/pages";
import { sitemapEntries } from "@/lib/sitemap";

// Written once at build, also into the static export.
export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getPages());
}
