import { socialCardRoute } from "@/lib/og/card-route";

// One card per career, drawn at build; its level and comparison pages show it too (lib/pages/).
export const dynamic = "force-static";
export const dynamicParams = false;

export const { GET, generateStaticParams } = socialCardRoute("career");
