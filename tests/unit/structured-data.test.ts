import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { buildCareer } from "./career";

// The deploy's origin; lib/site reads SITE_URL when first imported, hence the dynamic imports.
const ORIGIN = "https://careers.example.org";
vi.stubEnv("SITE_URL", ORIGIN);
const { serializeJsonLd, structuredData } = await import("@/lib/structured-data");
const { JsonLd } = await import("@/components/json-ld");

const text = z.string().trim().min(1);
const urlOnSite = z.string().refine((url) => url.startsWith(`${ORIGIN}/`) && url.endsWith("/"), "an absolute URL on the site, ending in /");

const breadcrumbListSchema = z.object({
  "@type": z.literal("BreadcrumbList"),
  itemListElement: z.array(z.object({ "@type": z.literal("ListItem"), position: z.number().int().positive(), name: text, item: urlOnSite })).min(2),
});
const occupationSchema = z.object({
  "@type": z.literal("Occupation"),
  name: text,
  description: text,
  url: urlOnSite,
  occupationalCategory: z
    .array(z.object({ "@type": z.literal("CategoryCode"), codeValue: text, name: text, inCodeSet: z.object({ "@type": z.literal("CategoryCodeSet"), name: text }), url: z.url().optional() }))
    .min(1),
  qualifications: z.array(text).min(1),
  educationRequirements: z.array(
    z.object({
      "@type": z.literal("EducationalOccupationalCredential"),
      name: text,
      credentialCategory: z.literal("certification"),
      url: z.url(),
      recognizedBy: z.object({ "@type": z.literal("Organization"), name: text }),
    }),
  ),
  responsibilities: z.array(text).min(1),
});
const webSiteSchema = z.object({ "@type": z.literal("WebSite"), name: text, description: text, url: urlOnSite, inLanguage: z.literal("en") });
const graphSchema = z.object({
  "@context": z.literal("https://schema.org"),
  "@graph": z.array(z.discriminatedUnion("@type", [breadcrumbListSchema, occupationSchema, webSiteSchema])).min(1),
});

/** What a crawler reads: the serialized JSON, parsed and checked against the required properties. */
const emitted = (data: Parameters<typeof serializeJsonLd>[0]) => graphSchema.parse(JSON.parse(serializeJsonLd(data)))["@graph"];
const nodeOfType = <T extends z.infer<typeof graphSchema>["@graph"][number]["@type"]>(nodes: z.infer<typeof graphSchema>["@graph"], type: T) =>
  nodes.find((node): node is Extract<typeof node, { "@type": T }> => node["@type"] === type);

describe("structured data", () => {
  const career = buildCareer();
  const [entry, mid, senior] = career.levels;

  it("describes the site on the home page", () => {
    expect(emitted(structuredData.home())).toEqual([
      expect.objectContaining({ "@type": "WebSite", name: "Career Guide", url: `${ORIGIN}/` }),
    ]);
  });

  it("gives the overview its breadcrumb and the career as an Occupation", () => {
    const nodes = emitted(structuredData.career(career));
    expect(nodeOfType(nodes, "BreadcrumbList")?.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: `${ORIGIN}/` },
      { "@type": "ListItem", position: 2, name: "Data Analyst", item: `${ORIGIN}/careers/data-analyst/` },
    ]);
    expect(nodeOfType(nodes, "Occupation")).toEqual({
      "@type": "Occupation",
      name: "Data Analyst",
      description: career.description,
      url: `${ORIGIN}/careers/data-analyst/`,
      occupationalCategory: [
        {
          "@type": "CategoryCode",
          codeValue: "15-2051.01",
          name: "Business Intelligence Analysts",
          inCodeSet: { "@type": "CategoryCodeSet", name: "O*NET-SOC" },
          url: "https://www.onetonline.org/link/summary/15-2051.01",
        },
        { "@type": "CategoryCode", codeValue: "2511", name: "Systems analysts", inCodeSet: { "@type": "CategoryCodeSet", name: "ISCO-08" } },
      ],
      qualifications: ["Bachelor's degree in statistics"],
      educationRequirements: [],
      responsibilities: ["Clean data", "Build reports", "Own the reporting pipeline", "Set the analytics roadmap"],
    });
  });

  it("lists a level's requirements cumulatively, from the levels it builds on first", () => {
    const occupation = nodeOfType(emitted(structuredData.level(career, senior!)), "Occupation");
    expect(occupation?.qualifications).toEqual(["Bachelor's degree in statistics", "Three years of experience", "People management"]);
    expect(occupation?.responsibilities).toEqual(["Set the analytics roadmap"]);
    expect(occupation?.url).toBe(`${ORIGIN}/careers/data-analyst/senior/`);
    expect(nodeOfType(emitted(structuredData.level(career, mid!)), "Occupation")?.name).toBe("Mid level Data Analyst");
    expect(nodeOfType(emitted(structuredData.level(career, entry!)), "Occupation")?.qualifications).toEqual(["Bachelor's degree in statistics"]);
  });

  it("links a level's certifications as credentials recognized by their issuer", () => {
    expect(nodeOfType(emitted(structuredData.level(career, senior!)), "Occupation")?.educationRequirements).toEqual([
      {
        "@type": "EducationalOccupationalCredential",
        name: "CAP",
        credentialCategory: "certification",
        url: "https://www.certifiedanalytics.org/",
        recognizedBy: { "@type": "Organization", name: "INFORMS" },
      },
    ]);
    expect(nodeOfType(emitted(structuredData.level(career, mid!)), "Occupation")?.educationRequirements).toEqual([]);
  });

  it("ends the level and comparison breadcrumbs at the page itself", () => {
    const levelTrail = nodeOfType(emitted(structuredData.level(career, mid!)), "BreadcrumbList")?.itemListElement;
    expect(levelTrail?.map((crumb) => crumb.item)).toEqual([`${ORIGIN}/`, `${ORIGIN}/careers/data-analyst/`, `${ORIGIN}/careers/data-analyst/mid/`]);
    const compareTrail = nodeOfType(emitted(structuredData.compare(career)), "BreadcrumbList")?.itemListElement;
    expect(compareTrail?.at(-1)).toEqual({ "@type": "ListItem", position: 3, name: "Compare levels", item: `${ORIGIN}/careers/data-analyst/compare/` });
  });
});

describe("serializeJsonLd", () => {
  const hostile = `</script><script>alert(1)</script> & <!-- \u2028\u2029`;
  const career = buildCareer({ title: hostile, description: hostile });

  it("escapes every character that could end the script element or break a parser", () => {
    const json = serializeJsonLd(structuredData.career(career));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- \\u2028\\u2029");
    expect(JSON.parse(json)).toEqual(structuredData.career(career));
  });

  it("renders one script element whatever the content says", () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { data: structuredData.career(career) }));
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/?script/g)).toEqual(["<script", "</script"]);
  });
});
