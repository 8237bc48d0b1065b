import { getPages } from "@/lib/pages";
import { sitemapOfPages, xmlResponse } from "@/lib/sitemap";

// Written once at build, also into the static export, as /sitemaps/<n>.xml.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return sitemapOfPages(getPages()).parts.map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">) {
  const { file } = await params;
  const part = sitemapOfPages(getPages()).parts.find((candidate) => candidate.file === file);
  return part ? xmlResponse(part.xml) : new Response(null, { status: 404 });
}
