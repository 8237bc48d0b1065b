import { notFound } from "next/navigation";
import { getLevelPage } from "@/lib/content";
import { socialCards, socialCardSize } from "@/lib/og/social-card";
import { staticParams } from "@/lib/pages";
import { site } from "@/lib/site";

export const dynamicParams = false;
export const alt = `One level of a ${site.name} career path`;
export const size = socialCardSize;
export const contentType = "image/png";

// The static export prerenders one image per level, so it needs the list itself.
export function generateStaticParams() {
  return staticParams("level");
}

export default async function Image({ params }: { params: Promise<{ career: string; level: string }> }) {
  const { career, level } = await params;
  const page = getLevelPage(career, level);
  if (!page) notFound();
  return socialCards.level(page.career, page.level);
}
