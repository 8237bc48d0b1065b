import { notFound } from "next/navigation";
import { getCareer } from "@/lib/content";
import { socialCards, socialCardSize } from "@/lib/og/social-card";
import { staticParams } from "@/lib/pages";
import { site } from "@/lib/site";

export const dynamicParams = false;
export const alt = `The levels of a ${site.name} career path side by side`;
export const size = socialCardSize;
export const contentType = "image/png";

// A page's own metadata replaces the parent's Open Graph tags, image included, so the
// comparison needs a card of its own; the static export prerenders one per career.
export function generateStaticParams() {
  return staticParams("compare");
}

export default async function Image({ params }: { params: Promise<{ career: string }> }) {
  const career = getCareer((await params).career);
  if (!career) notFound();
  return socialCards.compare(career);
}
