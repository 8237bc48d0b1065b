import { socialCardRoute } from "@/lib/og/card-route";

// Drawn once at build, also into the static export.
export const dynamic = "force-static";

const card = socialCardRoute("home");
export const { alt, size, contentType } = card;
export default card.Image;
