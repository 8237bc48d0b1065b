import { describe, expect, it } from "vitest";
import { PREVIEW_WIDTHS } from "@/lib/changes/preview";
import { changedPageShots, everyPageShots, NOT_FOUND_PATH } from "@/scripts/lib/screenshot-shots";

const pagesJson = (paths: string[]) => JSON.stringify({ pages: paths.map((path) => ({ path, url: `https://careers.example.org${path}`, kind: "level" })) });

describe("the preview's screenshots (npm run screenshots -- <baseUrl> <outDir> --pages pages.json)", () => {
  it("takes each changed page at the preview's widths in light, named after the page, on the served preview rather than SITE_URL", () => {
    const shots = changedPageShots("http://localhost:8080/", pagesJson(["/careers/hr-generalist/entry/", "/"]));
    expect(shots.map(({ url, width, colorScheme, file }) => ({ url, width, colorScheme, file }))).toEqual([
      { url: "http://localhost:8080/careers/hr-generalist/entry/", width: 360, colorScheme: "light", file: "careers_hr-generalist_entry-360.png" },
      { url: "http://localhost:8080/careers/hr-generalist/entry/", width: 1280, colorScheme: "light", file: "careers_hr-generalist_entry-1280.png" },
      { url: "http://localhost:8080/", width: 360, colorScheme: "light", file: "home-360.png" },
      { url: "http://localhost:8080/", width: 1280, colorScheme: "light", file: "home-1280.png" },
    ]);
    expect(PREVIEW_WIDTHS).toEqual([360, 1280]);
    expect(shots.every((shot) => shot.expectedStatus === 200)).toBe(true);
  });

  it("keeps the path of a site served under one, and takes a page listed twice once", () => {
    const shots = changedPageShots("http://127.0.0.1:8080/guide", pagesJson(["/careers/a/compare/", "/careers/a/compare/"]));
    expect(shots.map((shot) => shot.url)).toEqual(["http://127.0.0.1:8080/guide/careers/a/compare/", "http://127.0.0.1:8080/guide/careers/a/compare/"]);
  });

  it("takes nothing when no page changes", () => {
    expect(changedPageShots("http://localhost:8080/", pagesJson([]))).toEqual([]);
  });

  it("never sends the browser off the served site", () => {
    expect(() => changedPageShots("http://localhost:8080/", pagesJson(["https://elsewhere.example/"]))).toThrow(/must start with "\/"/);
    expect(() => changedPageShots("http://localhost:8080/guide/", pagesJson(["/../../admin/"]))).toThrow(
      "/../../admin/: not a page of http://localhost:8080/guide/",
    );
    expect(changedPageShots("http://localhost:8080/", pagesJson(["//elsewhere.example/"]))[0]?.url).toBe("http://localhost:8080/elsewhere.example/");
  });

  it("names the file when it is not JSON or not the changes command's shape", () => {
    expect(() => changedPageShots("http://localhost:8080/", "{", "changes/pages.json")).toThrow(/^changes\/pages\.json: not JSON/);
    expect(() => changedPageShots("http://localhost:8080/", '{"pages":[{"url":"/x/"}]}', "changes/pages.json")).toThrow(
      /^changes\/pages\.json: expected .*pages\[0\]\.path/s,
    );
  });
});

describe("every page's screenshots (npm run screenshots -- <baseUrl> <outDir>)", () => {
  it("takes every page and the not-found page at 360, 640 and 1280 px, light and dark, each to its own file", () => {
    const shots = everyPageShots("http://127.0.0.1:3000", ["/", "/careers/a/"]);
    expect(shots).toHaveLength(3 * 3 * 2);
    expect(new Set(shots.map((shot) => shot.file)).size).toBe(shots.length);
    expect(shots.map((shot) => shot.file)).toEqual(expect.arrayContaining(["home-360.png", "careers_a-640-dark.png", "no-such-page-1280-dark.png"]));
    expect(shots.filter((shot) => shot.expectedStatus === 404).map((shot) => shot.url)).toEqual(Array(6).fill(`http://127.0.0.1:3000${NOT_FOUND_PATH}`));
  });
});
