// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { LevelLadder } from "@/components/level-ladder";
import { LevelPager } from "@/components/level-pager";
import { Requirements } from "@/components/requirements";
import { trails } from "@/lib/navigation";
import { sampleCareer } from "./sample-career";

afterEach(cleanup);
const [apprentice, journeyman, master] = sampleCareer.levels;

describe("Requirements", () => {
  it("groups inherited requirements under a link to the level they come from", () => {
    render(<Requirements level={master!} />);
    const fromJourneyman = screen.getByRole("heading", { name: "Everything from Journeyman" });
    expect(within(fromJourneyman).getByRole("link").getAttribute("href")).toBe("/careers/carpentry/journeyman/");
    expect(screen.getAllByRole("heading").map((heading) => heading.textContent)).toContain("New at this level");
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Basic tool safety",
      "Four years on site",
      "Master's certificate",
    ]);
  });

  it("shows a first level's own requirements without grouping", () => {
    render(<Requirements level={apprentice!} />);
    expect(screen.queryByRole("heading")).toBeNull();
    expect(screen.getByRole("listitem").textContent).toBe("Basic tool safety");
  });
});

describe("LevelLadder", () => {
  it("links every level in rank order with its roles", () => {
    render(<LevelLadder career={sampleCareer} />);
    const links = screen.getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(["Apprentice", "Journeyman", "Master"]);
    for (const level of sampleCareer.levels) {
      expect(screen.getByRole("link", { name: level.title }).closest("li")?.textContent, level.title).toContain(level.roles.join(", "));
    }
  });
});

describe("LevelPager", () => {
  it("offers the previous and next level", () => {
    render(<LevelPager careerSlug="carpentry" previous={apprentice} next={master} />);
    const nav = screen.getByRole("navigation", { name: "Levels" });
    expect(within(nav).getByRole("link", { name: /Apprentice/ }).getAttribute("href")).toBe("/careers/carpentry/apprentice/");
    expect(within(nav).getByRole("link", { name: /Master/ }).getAttribute("href")).toBe("/careers/carpentry/master/");
  });

  it("renders nothing for a career of one level", () => {
    const { container } = render(<LevelPager careerSlug="carpentry" />);
    expect(container.innerHTML).toBe("");
  });
});

describe("Breadcrumbs", () => {
  it("links the way back and marks the current page", () => {
    render(<Breadcrumbs trail={trails.level(sampleCareer, journeyman!)} />);
    const nav = screen.getByRole("navigation", { name: "Breadcrumb" });
    expect(within(nav).getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual(["/", "/careers/carpentry/"]);
    expect(within(nav).getByText("Journeyman").getAttribute("aria-current")).toBe("page");
  });
});
