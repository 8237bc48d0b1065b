import { notFound } from "next/navigation";
import { getCareers, getLevelPage } from "@/lib/content/load";
import { staticParams } from "@/lib/navigation";
import { socialCards, socialCardSize } from "@/lib/og/social-card";
import { site } from "@/lib/site";

export const dynamicParams = false;
export const alt = `One level of a ${site.name} career path`;
export const size = socialCardSize;
export const contentType = "image/png";

// The static export prerenders one image per level, so it needs the list itself.
export function generateStaticParams() {
  return staticParams.levels(getCareers());
}

export default async function Image({ params }: { params: Promise<{ career: string; level: string }> }) {
  const { career, level } = await params;
  const page = getLevelPage(career, level);
  if (!page) notFound();
  return socialCards.level(page.career, page.level);
}
