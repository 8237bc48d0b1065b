import { describe, expect, it } from "vitest";
import {
  buildBrowseModel,
  HOME_CARDS_MOST_CAREERS,
  HOME_CARDS_MOST_JOB_TITLES,
  HOME_CARDS_MOST_LEVELS,
  homeShowsEveryCareer,
  relatedCareers,
  type RelatedCareer,
} from "@/lib/browse";
import { catalogueCareer, onet } from "./catalogue-fixtures";

const business = [onet("13-1071.00")];
const careers = [
  catalogueCareer("hr", "HR Generalist", {
    codes: business,
    roles: [
      ["Recruiter", "Benefits specialist"],
      ["HR manager", "Operations manager"],
    ],
  }),
  catalogueCareer("payroll", "Payroll Analyst", { codes: business, roles: [["Payroll clerk"], ["Operations manager"]] }),
  catalogueCareer("benefits", "Benefits Adviser", { codes: business, roles: [["benefits specialist"], ["H.R. manager"]] }),
  catalogueCareer("auditor", "Auditor", { codes: business, roles: [["Audit assistant"]] }),
  catalogueCareer("buyer", "Buyer", { codes: business, roles: [["Purchasing assistant"]] }),
  catalogueCareer("compliance", "Compliance Officer", { codes: business, roles: [["Compliance assistant"]] }),
  catalogueCareer("talent", "Talent Partner", { codes: [onet("41-3091.00")], roles: [["Recruiter"]] }),
  catalogueCareer("warehouse", "Warehouse Lead", { codes: [onet("53-1047.00")], roles: [["Operations manager"]] }),
  catalogueCareer("astronaut", "Astronaut", { codes: [], roles: [["Operations manager"]] }),
  catalogueCareer("diver", "Diver", { codes: [], roles: [["Deckhand"]] }),
];
const model = buildBrowseModel(careers);
const named = (related: RelatedCareer[]) =>
  related.map(({ career, sharedTitles }) => `${career.title}${sharedTitles.length ? ` (${sharedTitles.join(", ")})` : ""}`);

describe("related careers", () => {
  it("offer the family's careers sharing the most role titles first, then the family's others by title, never the career itself", () => {
    const related = relatedCareers(model, careers[0]!);
    expect(related.family).toEqual({ slug: "business-and-financial-operations", name: "Business and Financial Operations Occupations" });
    expect(named(related.sameFamily)).toEqual([
      "Benefits Adviser (benefits specialist, H.R. manager)",
      "Payroll Analyst (Operations manager)",
      "Auditor",
      "Buyer",
    ]);
  });

  it("offer careers of other families that share a role title, the most shared first, then by title", () => {
    expect(named(relatedCareers(model, careers[0]!).sharingRoles)).toEqual([
      "Astronaut (Operations manager)",
      "Talent Partner (Recruiter)",
      "Warehouse Lead (Operations manager)",
    ]);
  });

  it("are the same whatever order the careers come in", () => {
    const reversed = buildBrowseModel([...careers].reverse());
    for (const career of careers) expect(relatedCareers(reversed, career), career.slug).toEqual(relatedCareers(model, career));
  });

  it("offer no family for Other careers, and at most the limit of each kind", () => {
    const related = relatedCareers(model, careers[8]!, 2);
    expect(related.family.name).toBe("Other careers");
    expect(related.sameFamily).toEqual([]);
    expect(named(related.sharingRoles)).toEqual(["HR Generalist (Operations manager)", "Payroll Analyst (Operations manager)"]);
  });
});

describe("the home page's plan", () => {
  it("shows every career's card for a guide of a career or two, and the families and the A-Z index beyond", () => {
    expect(homeShowsEveryCareer(careers.slice(0, HOME_CARDS_MOST_CAREERS))).toBe(true);
    expect(homeShowsEveryCareer(careers.slice(0, HOME_CARDS_MOST_CAREERS + 1))).toBe(false);
  });

  it("leads to the families and the A-Z index instead when the cards would show too many levels or job titles", () => {
    const ladder = (levels: number, jobTitlesEach: number) => [
      catalogueCareer("long", "Long Ladder", {
        roles: Array.from({ length: levels }, (_, level) => Array.from({ length: jobTitlesEach }, (_, index) => `Role ${level}.${index}`)),
      }),
    ];
    expect(homeShowsEveryCareer(ladder(HOME_CARDS_MOST_LEVELS, 1))).toBe(true);
    expect(homeShowsEveryCareer(ladder(HOME_CARDS_MOST_LEVELS + 1, 1))).toBe(false);
    expect(homeShowsEveryCareer(ladder(1, HOME_CARDS_MOST_JOB_TITLES))).toBe(true);
    expect(homeShowsEveryCareer(ladder(1, HOME_CARDS_MOST_JOB_TITLES + 1))).toBe(false);
  });
});
