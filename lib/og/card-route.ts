import { cardStaticParams, findCardPage, ownCard, type CardKindName } from "../pages";
import type { RouteParams } from "../pages/kind";
import { drawSocialCard } from "./social-card";

/**
 * What the social-card.png route of `kind` exports but its segment config: the params of every
 * card to prerender, and the card itself. A route handler rather than Next.js's opengraph-image
 * convention, whose files the export writes without an extension, so that a static host that
 * types files by their name (GitHub Pages) serves them as images; the pages name their cards in
 * their metadata (lib/pages/index.ts).
 */
export function socialCardRoute(kind: CardKindName) {
  const card = ownCard(kind);
  return {
    generateStaticParams: () => cardStaticParams(kind),
    // Next.js hands a route without dynamic segments (the home page's card) no params at all.
    async GET(_request: Request, { params }: { params: Promise<RouteParams | undefined> }): Promise<Response> {
      const page = findCardPage(kind, (await params) ?? {});
      return page ? drawSocialCard(card.parts(page)) : new Response(null, { status: 404 });
    },
  };
}
