import { notFound } from "next/navigation";
import { getCareer } from "@/lib/content";
import { socialCards, socialCardSize } from "@/lib/og/social-card";
import { staticParams } from "@/lib/pages";
import { site } from "@/lib/site";

export const dynamicParams = false;
export const alt = `A ${site.name} career guide`;
export const size = socialCardSize;
export const contentType = "image/png";

// The static export prerenders one image per career, so it needs the list itself.
export function generateStaticParams() {
  return staticParams("career");
}

export default async function Image({ params }: { params: Promise<{ career: string }> }) {
  const career = getCareer((await params).career);
  if (!career) notFound();
  return socialCards.career(career);
}
