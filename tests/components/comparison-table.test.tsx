// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CareerComparison } from "@/components/career-comparison";
import { fixtureCareer } from "./fixture-career";

afterEach(cleanup);

describe("ComparisonTable", () => {
  it("is one captioned table with a column per level in rank order and a row per field", () => {
    render(<CareerComparison career={fixtureCareer} />);
    const table = screen.getByRole("table", { name: /Data Analyst/ });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((header) => header.textContent),
    ).toEqual(["Intern", "Analyst", "Senior analyst", "Lead"]);
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((header) => header.textContent),
    ).toEqual(["Types of roles", "Requirements", "Certifications", "Duties"]);
  });

  it("shows each level's certifications linked to the issuer's page", () => {
    render(<CareerComparison career={fixtureCareer} />);
    const certificationsRow = within(screen.getByRole("table")).getAllByRole("row")[3]!;
    const [intern, analyst] = within(certificationsRow).getAllByRole("cell");
    expect(intern!.textContent).toBe("None listed");
    expect(within(analyst!).getByRole("link", { name: "Certified Analytics Professional" }).getAttribute("href")).toBe("https://www.certifiedanalytics.org/");
    expect(within(analyst!).getByRole("listitem").textContent).toBe("Certified Analytics ProfessionalINFORMS");
  });

  it("also gives each level a block of its own for narrow screens, headed by a link to its page", () => {
    render(<CareerComparison career={fixtureCareer} />);
    const block = screen.getByRole("region", { name: "Analyst" });
    expect(within(block).getByRole("heading", { level: 2 }).querySelector("a")?.getAttribute("href")).toBe("/careers/data-analyst/analyst/");
    expect(
      within(block)
        .getAllByRole("heading", { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(["Types of roles", "Requirements", "Certifications", "Duties"]);
  });
});
