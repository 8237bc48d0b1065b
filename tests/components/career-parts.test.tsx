// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CareerAtAGlance } from "@/components/career-at-a-glance";
import { CareerCard } from "@/components/career-card";
import { EditFooter } from "@/components/edit-footer";
import { LevelLadder } from "@/components/level-ladder";
import { PayAndOutlook } from "@/components/pay-and-outlook";
import { Sources, SourcesLine } from "@/components/sources";
import { fixtureCareer } from "./fixture-career";

afterEach(cleanup);

describe("LevelLadder", () => {
  it("is a numbered list with one link per level, in rank order, each naming its step and roles", () => {
    render(<LevelLadder career={fixtureCareer} />);
    const ladder = screen.getByRole("list", { name: "Data Analyst levels" });
    expect(
      within(ladder)
        .getAllByRole("link")
        .map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["1Step 1: InternData intern", "/careers/data-analyst/intern/"],
      ["2Step 2: AnalystData analyst", "/careers/data-analyst/analyst/"],
      ["3Step 3: Senior analystSenior data analyst", "/careers/data-analyst/senior/"],
      ["4Step 4: LeadAnalytics lead", "/careers/data-analyst/lead/"],
    ]);
  });
});

describe("CareerCard", () => {
  it("links the career's title to its guide, draws its ladder and links the comparison, each destination once", () => {
    render(<CareerCard career={fixtureCareer} />);
    const card = screen.getByRole("article");
    expect(within(card).getByRole("heading", { level: 2, name: "Data Analyst" }).querySelector("a")?.getAttribute("href")).toBe("/careers/data-analyst/");
    expect(within(card).getByText(/decisions/).textContent).toBe("Turn data into decisions.");
    expect(within(card).getByRole("link", { name: "Compare the levels side by side" }).getAttribute("href")).toBe("/careers/data-analyst/compare/");
    const hrefs = within(card)
      .getAllByRole("link")
      .map((link) => link.getAttribute("href"));
    expect(hrefs).toHaveLength(fixtureCareer.levels.length + 2);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });
});

describe("CareerAtAGlance", () => {
  it("says how many levels, the roles from first to last and what the first level asks for", () => {
    render(<CareerAtAGlance career={fixtureCareer} />);
    const terms = screen.getAllByRole("term").map((term) => term.textContent);
    const definitions = screen.getAllByRole("definition").map((definition) => definition.textContent);
    expect(terms.map((term, index) => [term, definitions[index]])).toEqual([
      ["Levels", "4"],
      ["Roles", "From Data intern to Analytics lead"],
      ["To start", "Basic statistics"],
    ]);
  });
});

describe("PayAndOutlook", () => {
  it("says where to find pay and outlook, and links each source and occupation code", () => {
    render(<PayAndOutlook career={fixtureCareer} />);
    const section = screen.getByRole("region", { name: "Where to find pay and outlook" });
    expect(within(section).getByRole("link", { name: "Data scientists" }).getAttribute("href")).toBe("https://www.bls.gov/ooh/math/data-scientists.htm");
    expect(within(section).getByRole("link", { name: "Data scientists" }).nextElementSibling?.textContent).toBe("U.S. Bureau of Labor Statistics");
    expect(within(section).getByRole("link", { name: "15-2051.01" }).getAttribute("href")).toBe("https://www.onetonline.org/link/summary/15-2051.01");
  });

  it("is titled by the occupation codes when it holds nothing else, and says nothing of pay", () => {
    render(<PayAndOutlook career={{ ...fixtureCareer, resources: [] }} />);
    const section = screen.getByRole("region", { name: "Occupation codes" });
    expect(within(section).getByRole("link", { name: "15-2051.01" }).getAttribute("href")).toBe("https://www.onetonline.org/link/summary/15-2051.01");
    expect(section.textContent).not.toMatch(/pay/i);
    expect(
      within(section)
        .getAllByRole("heading")
        .map((heading) => heading.textContent),
    ).toEqual(["Occupation codes"]);
  });

  it("is left out when the career names no pages for pay and no codes", () => {
    const { container } = render(<PayAndOutlook career={{ ...fixtureCareer, occupationCodes: [], resources: [] }} />);
    expect(container.innerHTML).toBe("");
  });
});

describe("Sources", () => {
  const sources = [
    { title: "Human Resources Specialists (13-1071.00)", publisher: "O*NET OnLine", url: "https://www.onetonline.org/link/summary/13-1071.00", date: "2025" },
    { title: "Human Resources Specialists", publisher: "Occupational Outlook Handbook", url: "https://www.bls.gov/ooh/hr.htm", date: "2025-08-28" },
    { title: "Pay", publisher: "Occupational Employment and Wage Statistics", url: "https://www.bls.gov/oes/", date: "2024-05" },
  ];

  it("links each source on the overview with its publisher and the date it gives, as precisely as it gives it", () => {
    render(<Sources sources={sources} />);
    const section = screen.getByRole("region", { name: "Sources" });
    expect(
      within(section)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Human Resources Specialists (13-1071.00)O*NET OnLine, 2025",
      "Human Resources SpecialistsOccupational Outlook Handbook, August 28, 2025",
      "PayOccupational Employment and Wage Statistics, May 2024",
    ]);
    expect(within(section).getByRole("link", { name: "Pay" }).getAttribute("href")).toBe("https://www.bls.gov/oes/");
    expect(section.querySelectorAll("time")[2]?.getAttribute("datetime")).toBe("2024-05");
  });

  it("names them in one line at the end of a level's page, and nothing where a career has none", () => {
    render(<SourcesLine sources={sources.slice(0, 2)} />);
    expect(screen.getByText(/^Sources:/).textContent).toBe(
      "Sources: Human Resources Specialists (13-1071.00) (O*NET OnLine, 2025); Human Resources Specialists (Occupational Outlook Handbook, August 28, 2025).",
    );
    cleanup();
    expect(render(<SourcesLine sources={[]} />).container.innerHTML).toBe("");
    expect(render(<Sources sources={[]} />).container.innerHTML).toBe("");
  });
});

describe("EditFooter", () => {
  it("dates the page, links its file for editing and carries its address for paper", () => {
    render(<EditFooter editHref="https://github.com/example/edit/main/a.md" updated="2024-04-20" path="/careers/data-analyst/" />);
    const footer = screen.getByRole("contentinfo");
    expect(within(footer).getByText("April 20, 2024").getAttribute("datetime")).toBe("2024-04-20");
    expect(within(footer).getByRole("link", { name: "Edit this page" }).getAttribute("href")).toBe("https://github.com/example/edit/main/a.md");
    expect(within(footer).getByText(/^Printed from/).textContent).toMatch(/^Printed from https?:\/\/[^/]+\/careers\/data-analyst\/$/);
  });

  it("leaves the date out when there is none", () => {
    render(<EditFooter editHref="https://github.com/example/edit/main/a.md" path="/" />);
    const footer = screen.getByRole("contentinfo");
    expect(footer.querySelector("time")).toBeNull();
    expect(footer.textContent).not.toMatch(/updated/i);
  });
});
