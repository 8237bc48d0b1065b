import { getCareers } from "@/lib/content";
import { careerDocumentFor, careerDocumentParams, jsonResponse } from "@/lib/open-data";

// Written once at build, also into the static export, as /data/careers/<career>.json.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return careerDocumentParams(getCareers());
}

export async function GET(_request: Request, { params }: RouteContext<"/data/careers/[file]">) {
  const document = careerDocumentFor(getCareers(), (await params).file);
  return document ? jsonResponse(document) : new Response(null, { status: 404 });
}
