import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { buildCareer } from "./career";

// The deploy's origin; lib/site reads SITE_URL when first imported, hence the dynamic imports.
const ORIGIN = "https://careers.example.org";
vi.stubEnv("SITE_URL", ORIGIN);
const { serializeJsonLd } = await import("@/lib/structured-data");
const { getPages, pagesOf, structuredDataOf } = await import("@/lib/pages");
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
    .array(
      z.object({
        "@type": z.literal("CategoryCode"),
        codeValue: text,
        name: text,
        inCodeSet: z.object({ "@type": z.literal("CategoryCodeSet"), name: text }),
        url: z.url().optional(),
      }),
    )
    .min(1),
  qualifications: z.array(text).min(1),
  // A level's page only: the overview shows neither certifications nor duties.
  educationRequirements: z
    .array(
      z.object({
        "@type": z.literal("EducationalOccupationalCredential"),
        name: text,
        credentialCategory: z.literal("certification"),
        url: z.url(),
        recognizedBy: z.object({ "@type": z.literal("Organization"), name: text }),
      }),
    )
    .optional(),
  responsibilities: z.array(text).min(1).optional(),
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
  const pages = getPages([career]);
  const [home] = pagesOf("home", pages);
  const [overview] = pagesOf("career", pages);
  const levels = pagesOf("level", pages);
  const [entry, mid, senior] = levels;
  const [comparison] = pagesOf("compare", pages);

  it("describes the site on the home page", () => {
    expect(emitted(structuredDataOf(home!))).toEqual([expect.objectContaining({ "@type": "WebSite", name: "Career Guide", url: `${ORIGIN}/` })]);
  });

  it("gives the overview its breadcrumb and the career as an Occupation of what the overview shows: its codes and what it takes to start", () => {
    const nodes = emitted(structuredDataOf(overview!));
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
    });
  });

  it("lists a level's requirements cumulatively, from the levels it builds on first", () => {
    const occupation = nodeOfType(emitted(structuredDataOf(senior!)), "Occupation");
    expect(occupation?.qualifications).toEqual(["Bachelor's degree in statistics", "Three years of experience", "People management"]);
    expect(occupation?.responsibilities).toEqual(["Set the analytics roadmap"]);
    expect(occupation?.url).toBe(`${ORIGIN}/careers/data-analyst/senior/`);
    expect(nodeOfType(emitted(structuredDataOf(mid!)), "Occupation")?.name).toBe("Mid level Data Analyst");
    expect(nodeOfType(emitted(structuredDataOf(entry!)), "Occupation")?.qualifications).toEqual(["Bachelor's degree in statistics"]);
  });

  it("describes each level's certifications as credentials recognized by their issuer", () => {
    const credentialsOf = (page: (typeof levels)[number]) => nodeOfType(emitted(structuredDataOf(page)), "Occupation")?.educationRequirements;
    for (const page of levels) {
      expect(credentialsOf(page), page.path).toEqual(
        page.level.certifications.map((certification) => ({
          "@type": "EducationalOccupationalCredential",
          name: certification.name,
          credentialCategory: "certification",
          url: certification.url,
          recognizedBy: { "@type": "Organization", name: certification.issuer },
        })),
      );
    }
    expect(credentialsOf(senior!)).toEqual([
      {
        "@type": "EducationalOccupationalCredential",
        name: "CAP",
        credentialCategory: "certification",
        url: "https://www.certifiedanalytics.org/",
        recognizedBy: { "@type": "Organization", name: "INFORMS" },
      },
    ]);
    expect(credentialsOf(mid!)).toEqual([]);
  });

  it("ends the level and comparison breadcrumbs at the page itself", () => {
    const levelTrail = nodeOfType(emitted(structuredDataOf(mid!)), "BreadcrumbList")?.itemListElement;
    expect(levelTrail?.map((crumb) => crumb.item)).toEqual([`${ORIGIN}/`, `${ORIGIN}/careers/data-analyst/`, `${ORIGIN}/careers/data-analyst/mid/`]);
    const compareTrail = nodeOfType(emitted(structuredDataOf(comparison!)), "BreadcrumbList")?.itemListElement;
    expect(compareTrail?.at(-1)).toEqual({ "@type": "ListItem", position: 3, name: "Compare levels", item: `${ORIGIN}/careers/data-analyst/compare/` });
  });
});

describe("serializeJsonLd", () => {
  const hostile = `</script><script>alert(1)</script> & <!-- \u2028\u2029`;
  const [overview] = pagesOf("career", getPages([buildCareer({ title: hostile, description: hostile })]));
  const data = structuredDataOf(overview!);

  it("escapes every character that could end the script element or break a parser", () => {
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- \\u2028\\u2029");
    expect(JSON.parse(json)).toEqual(data);
  });

  it("renders one script element whatever the content says", () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { data }));
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/?script/g)).toEqual(["<script", "</script"]);
  });
});
