import { describe, expect, it } from "vitest";
import { getPages, pagesOf, pageText, type Page } from "@/lib/pages";
import { HOME_MOST_INDEX_PART_LINKS, titleKey } from "@/lib/browse";
import { syntheticCatalogue } from "./catalogue-fixtures";

const careers = syntheticCatalogue(50);
const pages = getPages(careers);

/** The pages a page links to, as the registry's content gives them. */
const homeLinks = (page: Extract<Page, { kind: "home" }>) => [
  ...page.browse.families.map((family) => family.href),
  ...page.browse.letters.flatMap((letter) => letter.parts),
];

describe("browsing a catalogue of 50 careers", () => {
  const [home] = pagesOf("home", pages);
  const families = pagesOf("family", pages);
  const indexParts = pagesOf("titleIndex", pages);

  it("files every career on exactly one family page", () => {
    const filed = families.flatMap((page) => page.careers.map((career) => career.slug));
    expect(filed.toSorted()).toEqual(careers.map((career) => career.slug).toSorted());
    expect(new Set(families.map((page) => page.path)).size).toBe(families.length);
    expect(families.every((page) => page.path.startsWith("/families/"))).toBe(true);
  });

  it("lists every career title and every role title of every level in the A to Z, linked to the page that holds it", () => {
    const listed = new Set(
      indexParts.flatMap((page) => page.entries.flatMap((entry) => entry.places.map((place) => `${titleKey(entry.title)} ${place.href}`))),
    );
    for (const career of careers) {
      expect(listed).toContain(`${titleKey(career.title)} /careers/${career.slug}/`);
      for (const level of career.levels) {
        for (const role of level.roles) expect(listed).toContain(`${titleKey(role)} /careers/${career.slug}/${level.slug}/`);
      }
    }
  });

  it("leads from home to every family and every part of the A to Z, instead of 50 ladders", () => {
    expect(home?.showsEveryCareer).toBe(false);
    expect(indexParts.length).toBeGreaterThan(pagesOf("titleIndex", pages).filter((page) => page.part === 1).length);
    const links = homeLinks(home!);
    for (const page of [...families.filter((family) => family.part === 1), ...indexParts]) expect(links).toContain(page.path);
  });

  it("describes each listing as a CollectionPage of the pages it lists", async () => {
    const { structuredDataOf } = await import("@/lib/pages");
    for (const page of [families[0]!, indexParts[0]!]) {
      const graph = structuredDataOf(page)["@graph"] as { "@type": string; mainEntity?: { itemListElement: unknown[] } }[];
      expect(graph.map((node) => node["@type"])).toEqual(["BreadcrumbList", "CollectionPage"]);
      expect(graph[1]!.mainEntity!.itemListElement.length).toBeGreaterThan(0);
    }
  });
});

describe("a small guide", () => {
  it("shows every career with its ladder on the home page, and still links the A to Z", () => {
    const [home] = pagesOf("home", getPages(careers.slice(0, 1)));
    expect(home?.showsEveryCareer).toBe(true);
    expect(home?.browse.letters.length).toBeGreaterThan(0);
  });
});

describe("a catalogue of 1,000 careers", () => {
  const large = getPages(syntheticCatalogue(1000));
  const indexParts = pagesOf("titleIndex", large);

  it("numbers the later parts of a listing under its own address", () => {
    const later = indexParts.filter((page) => page.part > 1);
    expect(later.length).toBeGreaterThan(0);
    for (const page of later) expect(page.path).toBe(`/a-z/${page.group.slug}/${page.part}/`);
  });

  it("gives every listing page its own title and description, a title held by more careers than a page lists filling several parts alone", () => {
    const listings = large.filter((page) => page.kind === "family" || page.kind === "titleIndex");
    expect(indexParts.some((page) => page.entries.length === 1 && page.entries[0]!.continued)).toBe(true);
    for (const field of ["title", "description"] as const) {
      const texts = listings.map((page) => pageText(page)[field]);
      expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
    }
  });

  it("links more parts of the A to Z than the home page lists through each letter's first part, so every part is within two clicks of home", () => {
    expect(indexParts.length).toBeGreaterThan(HOME_MOST_INDEX_PART_LINKS);
    const [home] = pagesOf("home", large);
    const links = new Set(homeLinks(home!));
    // Each letter's first part, whose page links every part of its letter (components/listing-parts.tsx).
    for (const page of indexParts) expect(links.has(page.path)).toBe(page.part === 1);
  });
});
