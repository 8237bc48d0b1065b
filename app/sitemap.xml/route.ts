import { getPages } from "@/lib/pages";
import { sitemapOfPages, xmlResponse } from "@/lib/sitemap";

// Written once at build, also into the static export.
export const dynamic = "force-static";

export function GET() {
  return xmlResponse(sitemapOfPages(getPages()).index);
}
