// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CareerMoves } from "@/components/career-moves";
import { CareerComparison } from "@/components/career-comparison";
import { LevelHeader } from "@/components/level-header";
import { LevelPager } from "@/components/level-pager";
import { NextLevelCheck } from "@/components/readiness-check";
import { Requirements } from "@/components/requirements";
import { loadContent } from "@/lib/content";
import { levelPage } from "@/lib/pages/level";
import { fixtureCareer } from "./fixture-career";

afterEach(cleanup);
const [intern, analyst, senior, lead] = fixtureCareer.levels;

describe("Requirements", () => {
  it("lists a level's own requirements first, then what it inherits collapsed per level, nearest first, on its page and in the comparison table", () => {
    const inherited = ["Plus from Analyst: 2 requirements", "Plus from Intern: 1 requirement"];
    render(<Requirements level={lead!} />);
    const lists = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(lists).toEqual(["SQL", "A spreadsheet tool"]);
    expect(screen.getByText("New at this level").nextElementSibling?.textContent).toBe("Team leadership");
    expect(screen.getAllByRole("group").map((details) => details.querySelector("summary")?.textContent)).toEqual(inherited);
    cleanup();

    render(<CareerComparison career={fixtureCareer} />);
    const requirementsRow = within(screen.getByRole("table")).getAllByRole("row")[2]!;
    const leadCell = within(requirementsRow).getAllByRole("cell")[3]!;
    expect(leadCell.textContent).toMatch(/^New at this levelTeam leadership/);
    expect([...leadCell.querySelectorAll("details:not([open]) > summary")].map((summary) => summary.textContent)).toEqual(inherited);
  });

  it("shows a first level's own requirements without labels or groups", () => {
    render(<Requirements level={intern!} />);
    expect(screen.queryByText("New at this level")).toBeNull();
    expect(screen.queryByRole("group")).toBeNull();
    expect(screen.getByText("Basic statistics").tagName).toBe("P");
  });
});

describe("LevelHeader", () => {
  it("names the career, the level, its roles and marks the current step on the ladder", () => {
    render(<LevelHeader career={fixtureCareer} level={analyst!} />);
    const heading = screen.getByRole("heading", { level: 1 });
    expect(heading.textContent).toBe("Analyst");
    expect(heading.previousElementSibling?.textContent).toBe("Data Analyst · step 2 of 4");
    expect(heading.nextElementSibling?.textContent).toBe("Role at this level: Data analyst.");
    const path = screen.getByRole("navigation", { name: "Data Analyst career path" });
    expect(within(path).getByText("Analyst").closest("[aria-current]")?.getAttribute("aria-current")).toBe("step");
    expect(
      within(path)
        .getAllByRole("link")
        .map((link) => link.getAttribute("href")),
    ).toEqual(["/careers/data-analyst/intern/", "/careers/data-analyst/senior/", "/careers/data-analyst/lead/"]);
  });
});

describe("NextLevelCheck", () => {
  it("offers the next level's own requirements as labelled checkboxes in a named group", () => {
    render(<NextLevelCheck current={intern!} next={analyst!} forks={false} />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Ready for Analyst?");
    const group = screen.getByRole("group", { name: "What Analyst adds" });
    const checkboxes = within(group).getAllByRole("checkbox");
    expect(checkboxes.map((checkbox) => (checkbox as HTMLInputElement).labels?.[0]?.textContent)).toEqual(["SQL", "A spreadsheet tool"]);
    expect(checkboxes.map((checkbox) => (checkbox as HTMLInputElement).checked)).toEqual([false, false]);
    expect(within(group).getByText(/ticked$/).textContent).toBe("of 2 ticked");
    expect(screen.getByRole("region", { name: "Ready for Analyst?" }).textContent).toContain("Nothing you tick is stored or sent anywhere.");
  });

  it("says so, with no checklist, when the next level adds no requirements of its own", () => {
    render(<NextLevelCheck current={analyst!} next={senior!} forks={false} />);
    const check = screen.getByRole("region", { name: "Ready for Senior analyst?" });
    expect(within(check).getByText(/adds no requirements/).textContent).toMatch(
      /^Senior analyst adds no requirements of its own: it asks for what the levels below it already ask for\./,
    );
    expect(within(check).queryByRole("checkbox")).toBeNull();
    expect(within(check).queryByRole("group")).toBeNull();
  });
});

describe("LevelPager", () => {
  it("offers the previous and next level", () => {
    render(<LevelPager careerSlug="data-analyst" previous={intern} next={[senior!]} />);
    const nav = screen.getByRole("navigation", { name: "Levels" });
    expect(
      within(nav)
        .getByRole("link", { name: /Intern/ })
        .getAttribute("href"),
    ).toBe("/careers/data-analyst/intern/");
    expect(
      within(nav)
        .getByRole("link", { name: /Senior analyst/ })
        .getAttribute("href"),
    ).toBe("/careers/data-analyst/senior/");
  });

  it("renders nothing for a career of one level", () => {
    const { container } = render(<LevelPager careerSlug="data-analyst" next={[]} />);
    expect(container.innerHTML).toBe("");
  });
});

describe("Breadcrumbs", () => {
  it("links the way back and marks the current page", () => {
    render(<Breadcrumbs trail={levelPage.breadcrumbs({ career: fixtureCareer, level: analyst! })} />);
    const nav = screen.getByRole("navigation", { name: "Breadcrumb" });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.getAttribute("href")),
    ).toEqual(["/", "/careers/data-analyst/"]);
    expect(within(nav).getByText("Analyst").getAttribute("aria-current")).toBe("page");
  });
});

describe("CareerMoves", () => {
  const careers = loadContent("tests/fixtures/content/moves").value;
  const levelOf = (careerSlug: string, levelSlug: string) => {
    const career = careers.find((each) => each.slug === careerSlug)!;
    return { career, level: career.levels.find((each) => each.slug === levelSlug)! };
  };
  const links = (region: HTMLElement) =>
    within(region)
      .getAllByRole("link")
      .map((link) => [link.textContent, link.getAttribute("href")]);

  it("links each move from this level, and each move to it, to the page of that move", () => {
    render(<CareerMoves {...levelOf("analyst", "entry")} />);
    expect(links(screen.getByRole("region", { name: "Where people go from here" }))).toEqual([
      ["Scientist: junior level", "/careers/analyst/entry/to/scientist/junior/"],
      ["Engineer: entry level", "/careers/analyst/entry/to/engineer/entry/"],
    ]);
    expect(screen.queryByRole("region", { name: "Where people come from" })).toBeNull();
    cleanup();

    render(<CareerMoves {...levelOf("analyst", "senior")} />);
    expect(links(screen.getByRole("region", { name: "Where people come from" }))).toEqual([
      ["Scientist: lead level", "/careers/scientist/lead/to/analyst/senior/"],
    ]);
    expect(screen.queryByRole("region", { name: "Where people go from here" })).toBeNull();
  });
});
