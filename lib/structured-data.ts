import type { BreadcrumbList, CategoryCode, EducationalOccupationalCredential, Graph, Thing, WebSite } from "schema-dts";
import type { Career, Level } from "./content";
import type { Crumb } from "./navigation";
import { absoluteUrl, paths, site } from "./site";

// The schema.org nodes the kinds of page (lib/pages/) build their structured data from.

/** Where a page sits in the site, for search results that show the path instead of the URL. */
function breadcrumbList(trail: Crumb[]): BreadcrumbList {
  return {
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.href),
    })),
  };
}

export function webSite(): WebSite {
  return { "@type": "WebSite", name: site.name, description: site.description, url: absoluteUrl(paths.home()), inLanguage: "en" };
}

/** A career's occupation codes (O*NET-SOC and others) as categories. */
export function occupationalCategories(career: Career): CategoryCode[] {
  return career.occupationCodes.map((code) => ({
    "@type": "CategoryCode",
    codeValue: code.code,
    name: code.title,
    inCodeSet: { "@type": "CategoryCodeSet", name: code.system },
    ...(code.url ? { url: code.url } : {}),
  }));
}

/** A level's requirements including everything it builds on, lowest level first. */
export function cumulativeRequirements(level: Level): string[] {
  return [...level.inheritedRequirements.flatMap((group) => group.requirements), ...level.requirements];
}

/** A level's certifications as credentials, each recognized by the body that awards it. */
export function credentials(level: Level): EducationalOccupationalCredential[] {
  return level.certifications.map((certification) => ({
    "@type": "EducationalOccupationalCredential",
    name: certification.name,
    credentialCategory: "certification",
    url: certification.url,
    recognizedBy: { "@type": "Organization", name: certification.issuer },
  }));
}

/** One page's structured data: its breadcrumbs, if any, then its own nodes. */
export function pageGraph(trail: Crumb[] | undefined, nodes: Thing[]): Graph {
  return { "@context": "https://schema.org", "@graph": [...(trail ? [breadcrumbList(trail)] : []), ...nodes] };
}

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * JSON for a `<script type="application/ld+json">`: with `<`, `>` and `&` escaped no content can
 * close the script element or open a comment, and U+2028/U+2029 cannot break older JS parsers.
 */
export function serializeJsonLd(data: Graph): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => UNSAFE_IN_SCRIPT[character] ?? character);
}
