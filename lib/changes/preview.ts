/**
 * The preview a pull request's checks upload as one artifact: the site exported for
 * http://localhost:8080/ (`out/`) and screenshots of the pages the change touches
 * (`screenshots/`). The changes report names both, so that a reviewer finds them from it.
 */
export const PREVIEW_ARTIFACT = "site-preview";

/** A phone and a desktop: the widths a reviewer needs to see a change read well on both. */
export const PREVIEW_WIDTHS = [360, 1280] as const;

/** The origin the preview is exported for, which the serve command below serves it on. */
export const PREVIEW_SITE_URL = "http://localhost:8080/";

/** The one command that serves the downloaded, unzipped artifact at PREVIEW_SITE_URL. */
export const SERVE_PREVIEW_COMMAND = `python3 -m http.server 8080 --directory ${PREVIEW_ARTIFACT}/out`;

/** The screenshot of the page at `pagePath` (`/careers/hr-generalist/entry/`) at `width` px: `careers_hr-generalist_entry-360.png`. */
export function screenshotName(pagePath: string, width: number, colorScheme: "light" | "dark" = "light"): string {
  const name = pagePath.replace(/^\/|\/$/g, "").replace(/\//g, "_") || "home";
  return `${name}-${width}${colorScheme === "light" ? "" : "-dark"}.png`;
}
