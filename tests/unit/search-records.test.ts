import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { familiesOf } from "@/lib/browse";
import { FAMILY_FILTER, SEARCH_META, searchRecords } from "@/lib/search";
import { catalogueCareer, onet } from "./catalogue-fixtures";

type Node = { type: string; name?: string; attribs?: Record<string, string>; data?: string; children?: Node[] };

const textOf = (node: Node): string => (node.type === "text" ? node.data! : (node.children ?? []).map(textOf).join(""));
function elements(node: Node): Node[] {
  const children = node.children ?? [];
  return [...children.filter((child) => child.type === "tag"), ...children.flatMap(elements)];
}
const parsed = (html: string) => elements(parseDocument(html) as unknown as Node);

const hostileTitle = '<img src=x onerror=alert(1)> </mark> "R&D"';
const careers = [
  catalogueCareer("hr-generalist", "Human Resources Generalist", { roles: [["Recruiter", "Benefits specialist"], ["HR manager"]] }),
  catalogueCareer("hostile", hostileTitle, { codes: [onet("15-2051.00")], roles: [[`${hostileTitle} analyst`]] }),
];
const records = searchRecords(careers);
const recordAt = (url: string) => parsed(records.find((record) => record.url === url)!.html);

describe("the search index's records", () => {
  it("hold every career's overview and every level page once, at its address from the site's root", () => {
    expect(records.map((record) => record.url).sort()).toEqual(
      careers.flatMap((career) => [`/careers/${career.slug}/`, ...career.levels.map((level) => `/careers/${career.slug}/${level.slug}/`)]).sort(),
    );
  });

  it("weigh a page's title and the job titles it names above the rest of its text", () => {
    const entry = recordAt("/careers/hr-generalist/entry/");
    const weightOf = (text: string) => {
      const holder = entry.find((element) => element.name !== "ul" && textOf(element) === text);
      expect(holder, text).toBeDefined();
      return Number(holder!.attribs?.["data-pagefind-weight"] ?? 1);
    };
    expect(weightOf("Entry level")).toBe(10);
    expect(weightOf("Recruiter, Benefits specialist")).toBe(10);
    expect(weightOf("Human Resources Generalist")).toBeGreaterThan(1);
    expect(weightOf("Work")).toBe(1);
  });

  it("carry what a result shows, and the family as a filter kept out of the words searched", () => {
    const entry = recordAt("/careers/hr-generalist/entry/");
    const meta = (name: string) => textOf(entry.find((element) => element.attribs?.["data-pagefind-meta"] === name)!);
    expect(meta(SEARCH_META.career)).toBe("Human Resources Generalist");
    expect(meta(SEARCH_META.roles)).toBe("Recruiter, Benefits specialist");
    const filter = entry.find((element) => element.attribs?.["data-pagefind-filter"] === FAMILY_FILTER)!;
    expect(textOf(filter)).toBe(familiesOf(careers).find((family) => family.careers.some((career) => career.slug === "hr-generalist"))!.name);
    expect(entry.find((element) => element.attribs?.["data-pagefind-ignore"] === "index" && elements(element).includes(filter))).toBeDefined();
  });

  it("keep a title's markup as text, so the index holds it as written and no element of it", () => {
    const overview = recordAt("/careers/hostile/");
    expect(textOf(overview.find((element) => element.name === "h1")!)).toBe(hostileTitle);
    expect(overview.some((element) => element.name === "img" || element.name === "mark")).toBe(false);
    expect(textOf(recordAt("/careers/hostile/entry/").find((element) => element.attribs?.["data-pagefind-meta"] === SEARCH_META.roles)!)).toBe(
      `${hostileTitle} analyst`,
    );
  });
});
