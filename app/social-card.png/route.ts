import { socialCardRoute } from "@/lib/og/card-route";

// The home page's card, drawn once at build, also into the static export.
export const dynamic = "force-static";

export const { GET } = socialCardRoute("home");
