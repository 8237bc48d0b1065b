import { socialCardRoute } from "@/lib/og/card-route";

// One card per career, drawn at build; its level and comparison pages show it too (lib/pages/).
export const dynamicParams = false;

const card = socialCardRoute("career");
export const { alt, size, contentType, generateStaticParams } = card;
export default card.Image;
