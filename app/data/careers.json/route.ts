import { getCareers } from "@/lib/content";
import { careersIndex, jsonResponse } from "@/lib/open-data";

// Written once at build, also into the static export.
export const dynamic = "force-static";

export function GET() {
  return jsonResponse(careersIndex(getCareers()));
}
