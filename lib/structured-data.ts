import type { BreadcrumbList, CategoryCode, EducationalOccupationalCredential, Graph, Occupation, WebSite } from "schema-dts";
import type { Career, Level } from "./content";
import { trails, type Crumb } from "./navigation";
import { absoluteUrl, levelDescription, paths, site } from "./site";

/** Where a page sits in the site, for search results that show the path instead of the URL. */
export function breadcrumbList(trail: Crumb[]): BreadcrumbList {
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

function occupationalCategories(career: Career): CategoryCode[] {
  return career.occupationCodes.map((code) => ({
    "@type": "CategoryCode",
    codeValue: code.code,
    name: code.title,
    inCodeSet: { "@type": "CategoryCodeSet", name: code.system },
    ...(code.url ? { url: code.url } : {}),
  }));
}

/** A level's requirements including everything it builds on, lowest level first. */
function cumulativeRequirements(level: Level): string[] {
  return [...level.inheritedRequirements.flatMap((group) => group.requirements), ...level.requirements];
}

/** A level's certifications as credentials, each recognized by the body that awards it. */
function credentials(level: Level): EducationalOccupationalCredential[] {
  return level.certifications.map((certification) => ({
    "@type": "EducationalOccupationalCredential",
    name: certification.name,
    credentialCategory: "certification",
    url: certification.url,
    recognizedBy: { "@type": "Organization", name: certification.issuer },
  }));
}

/** The career as a whole: what it takes to start (the entry level's requirements and certifications) and every duty on the ladder. */
export function careerOccupation(career: Career): Occupation {
  const entry = career.levels[0];
  return {
    "@type": "Occupation",
    name: career.title,
    description: career.description,
    url: absoluteUrl(paths.career(career.slug)),
    occupationalCategory: occupationalCategories(career),
    qualifications: entry ? cumulativeRequirements(entry) : [],
    educationRequirements: entry ? credentials(entry) : [],
    responsibilities: [...new Set(career.levels.flatMap((level) => level.duties))],
  };
}

export function levelOccupation(career: Career, level: Level): Occupation {
  return {
    "@type": "Occupation",
    name: `${level.title} ${career.title}`,
    alternateName: level.roles,
    description: levelDescription(career, level),
    url: absoluteUrl(paths.level(career.slug, level.slug)),
    occupationalCategory: occupationalCategories(career),
    qualifications: cumulativeRequirements(level),
    educationRequirements: credentials(level),
    responsibilities: level.duties,
  };
}

const graph = (...nodes: Graph["@graph"]): Graph => ({ "@context": "https://schema.org", "@graph": nodes });

/** The structured data of each kind of page, one graph per page. */
export const structuredData = {
  home: () => graph(webSite()),
  career: (career: Career) => graph(breadcrumbList(trails.career(career)), careerOccupation(career)),
  level: (career: Career, level: Level) => graph(breadcrumbList(trails.level(career, level)), levelOccupation(career, level)),
  compare: (career: Career) => graph(breadcrumbList(trails.compare(career))),
};

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
