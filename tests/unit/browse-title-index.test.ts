import { describe, expect, it } from "vitest";
import { titleIndexOf, titleKey, type TitleGroup } from "@/lib/browse";
import { catalogueCareer } from "./catalogue-fixtures";

const listing = (groups: TitleGroup[]) => groups.map((group) => `${group.label} (${group.slug}): ${group.entries.map((entry) => entry.title).join(", ")}`);

describe("titleKey", () => {
  it("matches titles whatever their case, spacing and punctuation", () => {
    expect(new Set(["HR manager", "HR Manager", "hr  manager ", "H.R. manager", " HR\tmanager", "ＨＲ manager"].map(titleKey))).toEqual(
      new Set(["hr manager"]),
    );
    expect(titleKey("Operations-manager")).toBe(titleKey("Operations manager".replace(" ", "")));
  });

  it("keeps symbols and accents, which can change what a title names", () => {
    expect(titleKey("C++ developer")).not.toBe(titleKey("C developer"));
    expect(titleKey("Résumé writer")).not.toBe(titleKey("Resume writer"));
    expect(titleKey("Re\u0301sume\u0301 writer")).toBe(titleKey("Résumé writer"));
  });
});

describe("the A-Z index", () => {
  const hr = catalogueCareer("hr-generalist", "HR Generalist", {
    roles: [
      ["Recruiter", "Benefits specialist"],
      ["HR manager", "Recruiter"],
    ],
  });
  // A level that lists a title twice (a content warning) holds it once.
  const talent = catalogueCareer("talent", "Talent Partner", { roles: [["recruiter", "Recruiter."], ["Head of talent"], ["H.R. Manager", "HR Generalist"]] });

  it("has one entry per title, listing each career and level that holds it", () => {
    const entries = titleIndexOf([talent, hr]).flatMap((group) => group.entries);
    expect(entries.map((entry) => [entry.title, entry.places.map((place) => place.href)])).toEqual([
      ["Benefits specialist", ["/careers/hr-generalist/entry/"]],
      ["Head of talent", ["/careers/talent/mid/"]],
      ["HR Generalist", ["/careers/hr-generalist/", "/careers/talent/senior/"]],
      ["HR manager", ["/careers/hr-generalist/mid/", "/careers/talent/senior/"]],
      ["Recruiter", ["/careers/hr-generalist/entry/", "/careers/hr-generalist/mid/", "/careers/talent/entry/"]],
      ["Talent Partner", ["/careers/talent/"]],
    ]);
  });

  it("names each place by its career and level", () => {
    const [entry] = titleIndexOf([talent, hr])
      .flatMap((group) => group.entries)
      .filter((candidate) => candidate.key === "recruiter");
    expect(entry?.places.map(({ careerTitle, level }) => [careerTitle, level?.title])).toEqual([
      ["HR Generalist", "Entry level"],
      ["HR Generalist", "Mid level"],
      ["Talent Partner", "Entry level"],
    ]);
  });

  it("files accented titles under their base letter, in the reader's order", () => {
    const careers = [catalogueCareer("a", "Editor", { roles: [["Épicier", "Zoologist", "Eagle keeper", "Øresund pilot", "Ærø guide", "Straße planner"]] })];
    expect(listing(titleIndexOf(careers))).toEqual([
      "A (a): Ærø guide",
      "E (e): Eagle keeper, Editor, Épicier",
      "O (o): Øresund pilot",
      "S (s): Straße planner",
      "Z (z): Zoologist",
    ]);
  });

  it("files titles starting with a digit under 0-9, and other scripts in groups of their own after the Latin letters", () => {
    const careers = [
      catalogueCareer("a", "Welder", {
        roles: [["3D modeller", "911 dispatcher", "Αναλυτής", "Άγγελος", "Δάσκαλος", "Аналитик", "Инженер", "محاسب", "会计", "\u201CQuoted\u201D role"]],
      }),
    ];
    expect(listing(titleIndexOf(careers))).toEqual([
      "0-9 (0-9): 3D modeller, 911 dispatcher",
      "Q (q): “Quoted” role",
      "W (w): Welder",
      "Α (greek-391): Άγγελος, Αναλυτής",
      "Δ (greek-394): Δάσκαλος",
      "А (cyrillic-410): Аналитик",
      "И (cyrillic-418): Инженер",
      "Arabic (arabic): محاسب",
      "Han (han): 会计",
    ]);
  });

  it("gives every group a slug safe in a URL", () => {
    const groupOf = (title: string) => titleIndexOf([catalogueCareer("a", title, { roles: [] })])[0]!;
    for (const title of ["Ωmega", "Юрист", "Ճարտարապետ", "ნ", "Ölçer", "½ marathoner", "🚀", "ᐃᓄᒃᑎᑐᑦ", "Ⅻ hours"])
      expect(groupOf(title).slug, title).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(groupOf("Ⅻ hours").slug).toBe("x");
    expect(groupOf("🚀").label).toBe("Symbols");
  });
});
