import { socialCards, socialCardSize } from "@/lib/og/social-card";
import { site } from "@/lib/site";

// Drawn once at build, also into the static export.
export const dynamic = "force-static";
export const alt = `${site.name}: career paths from entry level to senior roles`;
export const size = socialCardSize;
export const contentType = "image/png";

export default function Image() {
  return socialCards.home();
}
