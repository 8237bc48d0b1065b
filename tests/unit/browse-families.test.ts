import { describe, expect, it } from "vitest";
import { familiesOf, MAJOR_GROUPS, majorGroupOf } from "@/lib/browse";
import { onetSocCodeProblem } from "@/lib/content";
import { catalogueCareer, onet } from "./catalogue-fixtures";

describe("the SOC 2018 major groups", () => {
  it("are the BLS's 23, each with its code's two digits and a slug made from its name", () => {
    expect(MAJOR_GROUPS).toHaveLength(23);
    expect(MAJOR_GROUPS[1]).toEqual({
      code: "13-0000",
      prefix: "13",
      name: "Business and Financial Operations Occupations",
      slug: "business-and-financial-operations",
    });
    expect(MAJOR_GROUPS.map((group) => group.slug)).toContain("arts-design-entertainment-sports-and-media");
    expect(MAJOR_GROUPS.at(-1)).toMatchObject({ prefix: "55", name: "Military Specific Occupations", slug: "military-specific" });
    expect(new Set(MAJOR_GROUPS.map((group) => group.slug)).size).toBe(23);
  });
});

describe("an O*NET-SOC code", () => {
  it("is accepted when it has the code's shape and a known major group", () => {
    expect(onetSocCodeProblem("13-1071.00")).toBeUndefined();
    expect(onetSocCodeProblem("55-3015.00")).toBeUndefined();
  });

  it("is refused, with what was expected, when its shape is wrong", () => {
    expect(onetSocCodeProblem("13-1071")).toMatchInlineSnapshot(
      `"expected an O*NET-SOC code like 13-1071.00 (two digits, a hyphen, four digits, a dot, two digits)"`,
    );
    for (const code of ["131071.00", "13-1071.0", " 13-1071.00", "13-1071.00x", "１３-1071.00"])
      expect(onetSocCodeProblem(code), code).toMatch(/^expected an O\*NET-SOC code/);
  });

  it("is refused, with where the groups are listed, when its major group does not exist", () => {
    expect(onetSocCodeProblem("99-1071.00")).toMatchInlineSnapshot(
      `"expected an O*NET-SOC code whose first two digits are a SOC 2018 major group ("99" is not one; the groups are listed at https://www.bls.gov/soc/2018/major_groups.htm)"`,
    );
    expect(onetSocCodeProblem("12-1071.00")).toContain('"12" is not one');
  });
});

describe("a career's family", () => {
  it("is the major group of its first O*NET-SOC code, other systems' codes aside", () => {
    const career = catalogueCareer("hr", "HR Generalist", {
      codes: [{ system: "ISCO-08", code: "2423", title: "Personnel professionals" }, onet("13-1071.00"), onet("11-3121.00")],
    });
    expect(majorGroupOf(career)?.prefix).toBe("13");
  });

  it("lists a career with two codes under the first one's family only", () => {
    const families = familiesOf([catalogueCareer("hr", "HR Generalist", { codes: [onet("13-1071.00"), onet("11-3121.00")] })]);
    expect(families.map((family) => [family.slug, family.careers.map((career) => career.slug)])).toEqual([["business-and-financial-operations", ["hr"]]]);
  });

  it("is Other careers without an O*NET-SOC code, or with one of no known group", () => {
    const careers = [
      catalogueCareer("none", "Astronaut", { codes: [] }),
      catalogueCareer("isco", "Analyst", { codes: [{ system: "ISCO-08", code: "2511", title: "Systems analysts" }] }),
      catalogueCareer("bad", "Baker", { codes: [onet("99-1011.00")] }),
    ];
    expect(familiesOf(careers)).toEqual([{ slug: "other", name: "Other careers", careers: [careers[1], careers[0], careers[2]] }]);
  });
});

describe("the families", () => {
  it("are those with careers, in the official order with Other careers last, each one's careers by title", () => {
    const careers = [
      catalogueCareer("nurse", "Nurse", { codes: [onet("29-1141.00")] }),
      catalogueCareer("zoo", "Zookeeper", { codes: [] }),
      catalogueCareer("recruiter", "Recruiter", { codes: [onet("13-1071.00")] }),
      catalogueCareer("accountant", "Accountant", { codes: [onet("13-2011.00")] }),
      catalogueCareer("eclair", "Éclair Baker", { codes: [onet("13-9999.00")] }),
      catalogueCareer("ceo", "Chief Executive", { codes: [onet("11-1011.00")] }),
    ];
    expect(familiesOf(careers).map((family) => `${family.name}: ${family.careers.map((career) => career.title).join(", ")}`)).toEqual([
      "Management Occupations: Chief Executive",
      "Business and Financial Operations Occupations: Accountant, Éclair Baker, Recruiter",
      "Healthcare Practitioners and Technical Occupations: Nurse",
      "Other careers: Zookeeper",
    ]);
  });
});
