import { dataSchema, dataSchemaParams, jsonResponse } from "@/lib/open-data";
import { jsonSchemaType } from "@/lib/security-headers";

// Written once at build, also into the static export, as /data/schema/<shape>.<version>.json.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return dataSchemaParams();
}

export async function GET(_request: Request, { params }: RouteContext<"/data/schema/[file]">) {
  const schema = dataSchema((await params).file);
  return schema ? jsonResponse(schema, jsonSchemaType) : new Response(null, { status: 404 });
}
