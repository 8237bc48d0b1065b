import { notFound } from "next/navigation";
import { cardStaticParams, findCardPage, ownCard, type CardKindName } from "../pages";
import type { RouteParams } from "../pages/kind";
import { socialCardSize, socialCardType } from "./card-format";
import { drawSocialCard } from "./social-card";

/**
 * Everything the opengraph-image route of `kind` exports but its segment config: the params of
 * every card to prerender, the image's alt text, size and type, and the image itself.
 */
export function socialCardRoute(kind: CardKindName) {
  const card = ownCard(kind);
  return {
    generateStaticParams: () => cardStaticParams(kind),
    alt: card.alt,
    size: socialCardSize,
    contentType: socialCardType,
    // Next.js hands a route without dynamic segments (the home page's card) no params at all.
    async Image({ params }: { params: Promise<RouteParams | undefined> }): Promise<Response> {
      const page = findCardPage(kind, (await params) ?? {});
      if (!page) notFound();
      return drawSocialCard(card.parts(page));
    },
  };
}
