import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";
import { SITEMAP_PATH } from "@/lib/sitemap";

// Written once at build, also into the static export.
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" }, sitemap: absoluteUrl(SITEMAP_PATH) };
}
