import type { MetadataRoute } from "next";
import { absoluteUrl, paths } from "@/lib/site";

// Written once at build, also into the static export. Under a base path it is not at the domain's
// root, where crawlers read it: docs/deploy.md says how to hand them the sitemap then.
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: paths.home() }, sitemap: absoluteUrl(paths.sitemap()) };
}
