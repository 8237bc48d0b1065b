// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CareerAtAGlance } from "@/components/career-at-a-glance";
import { CareerComparison } from "@/components/career-comparison";
import { LadderPosition } from "@/components/ladder-position";
import { LevelLadder } from "@/components/level-ladder";
import { LevelPage } from "@/components/level-page";
import { NextLevelCheck } from "@/components/readiness-check";
import { ladderSpan } from "@/lib/browse";
import { loadContent } from "@/lib/content";
import { getPages, pagesOf } from "@/lib/pages";
import { forkedCareer } from "./fixture-career";

afterEach(cleanup);
const level = (slug: string) => forkedCareer.levels.find((candidate) => candidate.slug === slug)!;
const linkNames = (scope: HTMLElement) =>
  within(scope)
    .getAllByRole("link")
    .map((link) => link.textContent);

describe("a career that forks into two tracks that meet again", () => {
  it("draws each track as its own named list beside the other, between the levels before the fork and where the tracks meet", () => {
    render(<LevelLadder career={forkedCareer} />);
    const ladder = screen.getByRole("list", { name: "People Operations levels" });
    expect(linkNames(screen.getByRole("list", { name: "Individual contributor track" }))).toEqual([
      "3Step 3: Senior specialistSenior people specialist",
      "4Step 4: Principal specialistPrincipal people specialist",
    ]);
    expect(linkNames(screen.getByRole("list", { name: "Management track" }))).toEqual(["3Step 3: ManagerPeople manager"]);
    expect(within(ladder).getAllByRole("link").at(-1)?.textContent).toBe("5Step 5: DirectorPeople directorAlso from Principal specialist");
  });

  it("says at a glance where the career forks and into which tracks", () => {
    render(<CareerAtAGlance career={forkedCareer} />);
    expect(screen.getByText("Forks").nextElementSibling?.textContent).toBe(
      "After Specialist, into Individual contributor (Senior specialist) or Management (Manager)",
    );
  });

  it("shows on the fork's page the path to it and both next steps", () => {
    render(<LadderPosition career={forkedCareer} current={level("specialist")} />);
    const path = screen.getByRole("navigation", { name: "People Operations career path" });
    expect(
      within(path)
        .getAllByRole("link")
        .map((link) => link.getAttribute("href")),
    ).toEqual([
      "/careers/people-operations/associate/",
      "/careers/people-operations/senior-specialist/",
      "/careers/people-operations/manager/",
      "/careers/people-operations/#path",
    ]);
  });

  it("offers a self-check for each next step on the fork's page, each named with its track, and links both", () => {
    const fork = pagesOf("level", getPages([forkedCareer])).find((page) => page.level.slug === "specialist")!;
    render(<LevelPage page={fork} />);
    expect(screen.getByRole("region", { name: "Ready for Senior specialist (Individual contributor)?" })).toBeTruthy();
    // The second check points to the first rather than repeat how to use it.
    expect(screen.getByRole("region", { name: "Ready for Manager (Management)?" }).textContent).toContain("As with the check above");
    expect(linkNames(screen.getByRole("navigation", { name: "Levels" }))).toEqual([
      "Previous level← Associate",
      "Next level, Individual contributor trackSenior specialist →",
      "Next level, Management trackManager →",
    ]);
  });

  it("explains the self-check in full on its first checklist, where the first next level asks for nothing new", () => {
    const career = {
      ...forkedCareer,
      levels: forkedCareer.levels.map((other) => (other.slug === "senior-specialist" ? { ...other, requirements: [] } : other)),
    };
    const fork = pagesOf("level", getPages([career])).find((page) => page.level.slug === "specialist")!;
    render(<LevelPage page={fork} />);
    expect(screen.getByRole("region", { name: "Ready for Senior specialist (Individual contributor)?" }).textContent).toContain(
      "adds no requirements of its own",
    );
    expect(screen.getByRole("region", { name: "Ready for Manager (Management)?" }).textContent).toContain("A guide for a conversation with your manager");
  });

  it("compares one track's path at a time, each in its own disclosure, the first open", () => {
    const { container } = render(<CareerComparison career={forkedCareer} />);
    const paths = [...container.querySelectorAll<HTMLDetailsElement>("details[name]")];
    expect(paths.map((path) => [path.querySelector("summary")?.textContent, path.open, path.getAttribute("name")])).toEqual([
      ["Individual contributor trackAssociate → Specialist → Senior specialist → Principal specialist → Director", true, "comparison-track"],
      ["Management trackAssociate → Specialist → Manager → Director", false, "comparison-track"],
    ]);
    const headers = paths.map((path) =>
      within(within(path).getByRole("table", { hidden: true }))
        .getAllByRole("columnheader", { hidden: true })
        .map((header) => header.textContent),
    );
    expect(headers).toEqual([
      ["Associate", "Specialist", "Senior specialist", "Principal specialist", "Director"],
      ["Associate", "Specialist", "Manager", "Director"],
    ]);
  });
});

describe("where the tracks meet again and where a ladder ends on tracks", () => {
  it("asks, on the other track's page, for all the meeting level asks that the path there does not name, inherited requirements included", () => {
    render(<NextLevelCheck current={level("principal")} next={level("director")} forks={false} />);
    const group = screen.getByRole("group", { name: "What Director asks that your path does not name" });
    expect(
      within(group)
        .getAllByRole("checkbox")
        .map((checkbox) => (checkbox as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(["Experience setting a function's budget", "Experience leading a team"]);
  });

  it("keeps every id on a page apart, whatever the next levels are named", () => {
    const lead = { ...level("manager"), slug: "lead", requirements: ["One", "Two"] };
    const { container } = render(
      <>
        <NextLevelCheck current={level("specialist")} next={lead} forks />
        <NextLevelCheck current={level("specialist")} next={{ ...lead, slug: "lead-2" }} forks />
      </>,
    );
    const ids = [...container.querySelectorAll("[id]")].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("names a fork's branches alone at a glance, not a level that is also reached from the fork", () => {
    const director = level("director");
    const career = {
      ...forkedCareer,
      levels: forkedCareer.levels.map((other) =>
        other.slug === "specialist"
          ? { ...other, nextSteps: [...other.nextSteps, { slug: director.slug, title: director.title, rank: director.rank }] }
          : other,
      ),
    };
    render(<CareerAtAGlance career={career} />);
    expect(screen.getByText("Forks").nextElementSibling?.textContent).toBe(
      "After Specialist, into Individual contributor (Senior specialist) or Management (Manager)",
    );
  });

  it("names a ladder of one step, two levels side by side, once", () => {
    const [, firstStep] = loadContent("tests/fixtures/content/track-shapes").value;
    const oneStep = { ...firstStep!, levels: firstStep!.levels.filter((other) => other.step === 1) };
    expect(ladderSpan(oneStep)).toBe("Level analyst or Level coordinator, 2 levels");
    render(<CareerAtAGlance career={oneStep} />);
    expect(screen.getByText("Roles").nextElementSibling?.textContent).toBe("Role analyst, Role coordinator");
  });

  it("names the top of each track where the ladder ends on tracks", () => {
    const endsOnTracks = { ...forkedCareer, levels: forkedCareer.levels.filter((other) => other.slug !== "director") };
    expect(ladderSpan(endsOnTracks)).toBe("Associate to Principal specialist or Manager, 5 levels");
    render(<CareerAtAGlance career={endsOnTracks} />);
    expect(screen.getByText("Roles").nextElementSibling?.textContent).toBe("From People associate to Principal people specialist or People manager");
  });
});

describe("a career that forks twice", () => {
  it("names each track's list by the level its fork follows, so the two lists of one track are told apart", () => {
    const [, , twoForks] = loadContent("tests/fixtures/content/track-shapes").value;
    render(<LevelLadder career={twoForks!} />);
    expect(screen.getAllByRole("list").map((list) => list.getAttribute("aria-label"))).toEqual([
      "Two forks levels",
      "Individual contributor track after Level entry",
      "Management track after Level entry",
      "Individual contributor track after Level senior",
      "Management track after Level senior",
    ]);
  });
});
