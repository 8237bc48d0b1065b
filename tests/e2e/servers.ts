import { site } from "../../lib/site";

/**
 * The two ways the site is served in the browser tests. The export is built for another origin
 * than `next start`, so the tests also see that absolute URLs follow SITE_URL.
 */
export const servers = {
  nextStart: { port: Number(process.env.E2E_PORT ?? 3105), siteUrl: site.url.origin },
  staticExport: { port: Number(process.env.E2E_EXPORT_PORT ?? 8105), siteUrl: process.env.EXPORT_SITE_URL ?? "https://careers.example.org" },
};
