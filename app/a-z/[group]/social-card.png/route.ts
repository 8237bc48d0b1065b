import { socialCardRoute } from "@/lib/og/card-route";

// One card per letter, drawn at build; every part of its listing shows it (lib/pages/title-index.ts).
export const dynamic = "force-static";
export const dynamicParams = false;

export const { GET, generateStaticParams } = socialCardRoute("titleIndex");
