import type { APIRequestContext } from "@playwright/test";
import { z } from "zod";
import { getCareers } from "../../lib/content";
import type { CareerDocument, CareersIndex } from "../../lib/open-data";
import { paths } from "../../lib/site";
import { compileJsonSchema } from "../json-schema";
import { expect, headOf, pagesToRead, test } from "./fixtures";

// Generated from the content: every career's document, and every page with the data it links.
const careers = getCareers();
const pages = pagesToRead();

/** Fetches JSON from the server under test by the path of `url`, which may name the deploy's origin. */
async function fetchJson(request: APIRequestContext, url: string, contentType: string): Promise<unknown> {
  const response = await request.get(new URL(url, "http://site").pathname);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]?.split(";")[0], url).toBe(contentType);
  expect(response.headers()["access-control-allow-origin"], url).toBe("*");
  return response.json();
}

/** A document, checked against the JSON Schema its `$schema` names, fetched from the same site. */
async function fetchDocument<T>(request: APIRequestContext, path: string, siteUrl: string): Promise<T> {
  const document = await fetchJson(request, path, "application/json");
  const { $schema } = z.object({ $schema: z.string() }).parse(document);
  expect($schema.startsWith(new URL(paths.dataSchema(""), siteUrl).href), $schema).toBe(true);
  const schema = z.record(z.string(), z.unknown()).parse(await fetchJson(request, $schema, "application/schema+json"));
  expect(schema.$id).toBe($schema);
  const validate = compileJsonSchema<T>(schema);
  if (!validate(document)) throw new Error(`${path} does not match ${$schema}: ${JSON.stringify(validate.errors, null, 2)}`);
  return document;
}

test.describe("open data", () => {
  test("the index lists every career's document and matches its schema", async ({ request, siteUrl }) => {
    const index = await fetchDocument<CareersIndex>(request, paths.careersData(), siteUrl);
    expect(index.careers.map((career) => career.data)).toEqual(careers.map((career) => new URL(paths.careerData(career.slug), siteUrl).href));
  });

  for (const career of careers) {
    test(`${paths.careerData(career.slug)} gives every level in rank order and matches its schema`, async ({ request, siteUrl }) => {
      const document = await fetchDocument<CareerDocument>(request, paths.careerData(career.slug), siteUrl);
      expect(document.title).toBe(career.title);
      expect(document.levels.map(({ slug, roles, requirements, duties }) => ({ slug, roles, requirements, duties }))).toEqual(
        career.levels.map(({ slug, roles, requirements, duties }) => ({ slug, roles, requirements, duties })),
      );
      expect(document.levels.map((level) => level.inheritedRequirements.map((group) => group.level))).toEqual(
        career.levels.map((level) => level.inheritedRequirements.map((group) => group.level.slug)),
      );
    });
  }

  test("only the data is open to pages on other origins", async ({ request }) => {
    const response = await request.get(paths.home());
    expect(response.headers()["access-control-allow-origin"]).toBeUndefined();
  });

  test("every page links its data as a JSON alternate", async ({ request, siteUrl }) => {
    for (const { path, dataPath } of pages) {
      const href = (await headOf(request, path)).link("alternate", "application/json");
      expect(href, path).toBe(new URL(dataPath, siteUrl).href);
      await fetchJson(request, href!, "application/json");
    }
  });
});
