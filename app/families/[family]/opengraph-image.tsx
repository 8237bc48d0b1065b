import { socialCardRoute } from "@/lib/og/card-route";

// One card per family, drawn at build; every part of its listing shows it (lib/pages/family.ts).
export const dynamicParams = false;

const card = socialCardRoute("family");
export const { alt, size, contentType, generateStaticParams } = card;
export default card.Image;
