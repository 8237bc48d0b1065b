import type { Graph } from "schema-dts";
import { serializeJsonLd } from "@/lib/structured-data";

interface JsonLdProps {
  data: Graph;
}

/** Structured data for search engines; the serializer escapes anything that could end the script. */
export function JsonLd({ data }: JsonLdProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
