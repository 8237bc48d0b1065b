// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ComparisonTable } from "@/components/comparison-table";
import { sampleCareer } from "./sample-career";

afterEach(cleanup);

describe("ComparisonTable", () => {
  it("is one captioned table with a column per level in rank order", () => {
    render(<ComparisonTable career={sampleCareer} />);
    const table = screen.getByRole("table", { name: /Carpentry/ });
    expect(within(table).getAllByRole("columnheader").map((header) => header.textContent)).toEqual(["Apprentice", "Journeyman", "Master"]);
    expect(within(table).getAllByRole("rowheader").map((header) => header.textContent)).toEqual(["Types of roles", "Requirements", "Duties"]);
  });

  it("scrolls inside a focusable region labelled by the caption", () => {
    render(<ComparisonTable career={sampleCareer} />);
    const region = screen.getByRole("region", { name: /Carpentry/ });
    expect(region).toHaveProperty("tabIndex", 0);
    expect(within(region).getAllByRole("table")).toHaveLength(1);
  });

  it("lists requirements cumulatively, with what is new at each level first", () => {
    render(<ComparisonTable career={sampleCareer} />);
    const requirementsRow = screen.getAllByRole("row")[2]!;
    const masterCell = within(requirementsRow).getAllByRole("cell")[2]!;
    expect(within(masterCell).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Master's certificate",
      "Basic tool safety",
      "Four years on site",
    ]);
    const newFirst = within(masterCell).getByText("New at this level").compareDocumentPosition(within(masterCell).getByText("From Journeyman"));
    expect(newFirst & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("links each column header to its level page", () => {
    render(<ComparisonTable career={sampleCareer} />);
    const header = screen.getByRole("columnheader", { name: "Journeyman" });
    expect(within(header).getByRole("link").getAttribute("href")).toBe("/careers/carpentry/journeyman/");
  });
});
