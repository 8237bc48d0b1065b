import { socialCardRoute } from "@/lib/og/card-route";

// One card per letter, drawn at build; every part of its listing shows it (lib/pages/title-index.ts).
export const dynamicParams = false;

const card = socialCardRoute("titleIndex");
export const { alt, size, contentType, generateStaticParams } = card;
export default card.Image;
