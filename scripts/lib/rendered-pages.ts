import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Parser } from "htmlparser2";
import { provideCareers, type Career } from "../../lib/content";
import { getPages, hasMoved, pageMetadata, type CurrentPage, type Page } from "../../lib/pages";
import { site } from "../../lib/site";

/**
 * What each page shows a reader, as its own route renders it: the route's page component with
 * the page's params, rendered to markup, then to text, with the title and description a browser
 * tab and a search result show. The addresses an editor wrote (a certification's, a resource's)
 * count, for a reader follows them; the site's own links do not: they follow slugs, which the
 * pages added and removed already tell, and an edit link follows the file's path on disk.
 */

type RouteParams = CurrentPage["params"];
type Route = { default: (props: { params: Promise<RouteParams> }) => Promise<ReactElement> | ReactElement };

/**
 * The route of each kind, imported when first asked for: the home route works out its metadata
 * from the content as it is imported, which must wait until CONTENT_DIR names the content to read
 * (and never read a catalogue with errors, which the report shows instead).
 */
const ROUTES: Record<CurrentPage["kind"], () => Promise<unknown>> = {
  home: () => import("../../app/page"),
  family: () => import("../../app/families/[family]/[[...part]]/page"),
  titleIndex: () => import("../../app/a-z/[group]/[[...part]]/page"),
  career: () => import("../../app/careers/[career]/page"),
  level: () => import("../../app/careers/[career]/[level]/[[...move]]/page"),
  compare: () => import("../../app/careers/[career]/compare/page"),
  move: () => import("../../app/careers/[career]/[level]/[[...move]]/page"),
};

/** A link of the site itself (a path of its own, an edit link), rather than one an editor wrote. */
const isSiteLink = (href: string) => href.startsWith("/") || href.startsWith("#") || href.startsWith(site.repositoryUrl);

/** The text of `markup`, one piece per element, with the addresses of the links an editor wrote; scripts (its JSON-LD) are not shown. */
function shownText(markup: string): string {
  const pieces: string[] = [];
  let scripts = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "script") scripts++;
        if (name === "a" && attributes.href !== undefined && !isSiteLink(attributes.href)) pieces.push(`<${attributes.href}>`);
        pieces.push("\n");
      },
      ontext(text) {
        if (scripts === 0) pieces.push(text);
      },
      onclosetag(name) {
        if (name === "script") scripts--;
        pieces.push("\n");
      },
    },
    { decodeEntities: true },
  );
  parser.end(markup);
  return pieces
    .join("")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}

async function renderedPage(page: Page): Promise<string> {
  // A former address is served by the route of the page that moved.
  const route = (await ROUTES[hasMoved(page) ? page.route : page.kind]()) as Route;
  const markup = renderToStaticMarkup(await route.default({ params: Promise.resolve(page.params) }));
  // Every route's metadata is its page's (metadataFor).
  const { title, description } = pageMetadata(page);
  return [JSON.stringify([title, description]), shownText(markup)].join("\n");
}

/** What every page of the site built from `careers`, loaded without errors from `contentDir`, shows, by its path. */
export async function renderedPages(contentDir: string, careers: Career[]): Promise<Map<string, string>> {
  const previous = process.env.CONTENT_DIR;
  // The routes read the content CONTENT_DIR names, through the catalogue getCareers keeps for it.
  process.env.CONTENT_DIR = contentDir;
  provideCareers(careers);
  try {
    const texts = new Map<string, string>();
    for (const page of getPages()) texts.set(page.path, await renderedPage(page));
    return texts;
  } finally {
    if (previous === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = previous;
  }
}
