import { z } from "zod";
import { PREVIEW_WIDTHS, screenshotName } from "../../lib/changes/preview";

/** One screenshot to take: a page's address, the browser's width and colour scheme, and the file it goes to. */
export interface Shot {
  pagePath: string;
  url: string;
  width: number;
  colorScheme: "light" | "dark";
  file: string;
  /** 200 but for the not-found page, so that a page that fails to serve does not pass as its screenshot. */
  expectedStatus: number;
}

/** A path no page has, to photograph the not-found page too. */
export const NOT_FOUND_PATH = "/no-such-page/";

const EVERY_PAGE_WIDTHS = [360, 640, 1280] as const;

/** Every page and the not-found page at phone, small-tablet and desktop widths, in light and dark. */
export function everyPageShots(baseUrl: string, pagePaths: string[]): Shot[] {
  return EVERY_PAGE_WIDTHS.flatMap((width) =>
    (["light", "dark"] as const).flatMap((colorScheme) =>
      [...pagePaths, NOT_FOUND_PATH].map((pagePath) => shot(baseUrl, pagePath, width, colorScheme, pagePath === NOT_FOUND_PATH ? 404 : 200)),
    ),
  );
}

// What `npm run changes -- <ref> --out <dir>` writes to pages.json; only the paths are read, since
// the addresses in it are on SITE_URL and the preview is served elsewhere.
const changedPagesFile = z.object({ pages: z.array(z.object({ path: z.string().startsWith("/") })) });

/**
 * The pages a change touches, named in pages.json's text, at the preview's widths in light: what a
 * reviewer finds from the changes report. Throws, naming the file, when the text is not that shape.
 */
export function changedPageShots(baseUrl: string, pagesJson: string, fileName = "pages.json"): Shot[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(pagesJson);
  } catch (error) {
    throw new Error(`${fileName}: not JSON (${error instanceof Error ? error.message : error})`);
  }
  const result = changedPagesFile.safeParse(parsed);
  if (!result.success) throw new Error(`${fileName}: expected {"pages":[{"path":"/…/"}]}: ${z.prettifyError(result.error)}`);
  const pagePaths = [...new Set(result.data.pages.map((page) => page.path))];
  return pagePaths.flatMap((pagePath) => PREVIEW_WIDTHS.map((width) => shot(baseUrl, pagePath, width, "light", 200)));
}

function shot(baseUrl: string, pagePath: string, width: number, colorScheme: "light" | "dark", expectedStatus: number): Shot {
  return { pagePath, url: pageUrl(baseUrl, pagePath), width, colorScheme, file: screenshotName(pagePath, width, colorScheme), expectedStatus };
}

/** The page at `pagePath` under `baseUrl`, path included (a site served under /guide/ keeps it), and never on another origin. */
function pageUrl(baseUrl: string, pagePath: string): string {
  const base = new URL(baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  const url = new URL(pagePath.replace(/^\/+/, ""), base);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) throw new Error(`${pagePath}: not a page of ${base}`);
  return url.toString();
}
