// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { BrowseLinks } from "@/components/browse-links";
import { ListingParts } from "@/components/listing-parts";
import { RelatedCareers } from "@/components/related-careers";
import { buildBrowseModel, relatedCareers } from "@/lib/browse";
import { browseLinksOf } from "@/lib/pages/browse";
import { catalogueCareer, onet } from "../unit/catalogue-fixtures";

afterEach(cleanup);

const recruiter = catalogueCareer("talent", "Talent Acquisition Specialist", { codes: [onet("13-1071.00")], roles: [["Recruiter"], ["Senior recruiter"]] });
const payroll = catalogueCareer("payroll", "Payroll Analyst", { codes: [onet("13-2011.00")], roles: [["Payroll clerk"]] });
const staffing = catalogueCareer("staffing", "Staffing Coordinator", { codes: [onet("43-4161.00")], roles: [["Recruiter"]] });
const careers = [recruiter, payroll, staffing];

describe("RelatedCareers", () => {
  it("lists careers of the same family and those sharing a job title, naming the titles they share", () => {
    render(<RelatedCareers related={relatedCareers(buildBrowseModel(careers), recruiter)} />);
    const section = screen.getByRole("region", { name: "Related careers" });
    expect(within(section).getByRole("link", { name: "Business and Financial Operations Occupations" })).toHaveProperty(
      "pathname",
      "/families/business-and-financial-operations/",
    );
    expect(within(section).getByRole("link", { name: "Payroll Analyst" }).getAttribute("href")).toBe("/careers/payroll/");
    const sharing = within(section).getByRole("link", { name: "Staffing Coordinator" });
    expect(sharing.closest("li")?.textContent).toBe("Staffing Coordinator (shares Recruiter)");
    expect(within(section).queryByRole("link", { name: recruiter.title })).toBeNull();
  });

  it("shows nothing for a career with no relations", () => {
    const { container } = render(<RelatedCareers related={relatedCareers(buildBrowseModel([payroll]), payroll)} />);
    expect(container.innerHTML).toBe("");
  });
});

describe("BrowseLinks", () => {
  it("links every letter of the A to Z and every family, with how many careers each holds", () => {
    render(<BrowseLinks links={browseLinksOf(careers)} />);
    const letters = screen.getByRole("region", { name: "Find your job title, A to Z" });
    expect(
      within(letters)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["P", "R", "S", "T"]);
    const families = screen.getByRole("region", { name: "Browse careers by family" });
    const business = within(families).getByRole("link", { name: "Business and Financial Operations Occupations" });
    expect(business.closest("li")?.textContent).toBe("Business and Financial Operations Occupations (2)");
  });

  it("names the later parts of a letter so that they read as parts", () => {
    const links = { families: [], letters: [{ label: "A", parts: ["/a-z/a/", "/a-z/a/2/"] }] };
    render(<BrowseLinks links={links} />);
    expect(screen.getByRole("link", { name: "A, part 2" }).getAttribute("href")).toBe("/a-z/a/2/");
  });
});

describe("ListingParts", () => {
  const parts = ["/families/legal/", "/families/legal/2/", "/families/legal/3/"];

  it("links the other parts and marks the one shown", () => {
    render(<ListingParts name="Legal Occupations" parts={parts} current={2} />);
    const nav = screen.getByRole("navigation", { name: "Parts of Legal Occupations" });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.getAttribute("href")),
    ).toEqual(["/families/legal/", "/families/legal/3/"]);
    expect(within(nav).getByText("2").getAttribute("aria-current")).toBe("page");
  });

  it("names the links at the end of the list apart from those at the top", () => {
    render(
      <>
        <ListingParts name="Legal Occupations" parts={parts} current={1} />
        <ListingParts name="Legal Occupations" parts={parts} current={1} atEnd />
      </>,
    );
    expect(screen.getAllByRole("navigation").map((nav) => nav.getAttribute("aria-label"))).toEqual([
      "Parts of Legal Occupations",
      "Parts of Legal Occupations, at the end of the list",
    ]);
  });

  it("links, at the end of the list, the parts before and after the one shown", () => {
    const linksAtEnd = (current: number) => {
      const { unmount } = render(<ListingParts name="Legal Occupations" parts={parts} current={current} atEnd />);
      const links = within(screen.getByRole("navigation"))
        .getAllByRole("link")
        .map((link) => [link.getAttribute("rel"), link.getAttribute("href")]);
      unmount();
      return links;
    };
    expect(linksAtEnd(2)).toEqual([
      ["prev", "/families/legal/"],
      ["next", "/families/legal/3/"],
    ]);
    expect(linksAtEnd(1)).toEqual([["next", "/families/legal/2/"]]);
    expect(linksAtEnd(3)).toEqual([["prev", "/families/legal/2/"]]);
    render(<ListingParts name="Legal Occupations" parts={parts} current={2} atEnd />);
    expect(screen.getByRole("link", { name: "Previous: Part 1 of 3" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Next: Part 3 of 3" })).toBeTruthy();
  });

  it("links every part from the first, which home links, and from a later one the first, the last and the nearest", () => {
    const many = Array.from({ length: 10 }, (_, index) => `/a-z/a/${index + 1}/`);
    const partsLinked = (current: number) => {
      const { unmount } = render(<ListingParts name="job titles A" parts={many} current={current} />);
      const linked = within(screen.getByRole("navigation"))
        .getAllByRole("link")
        .map((link) => Number(link.textContent));
      unmount();
      return linked;
    };
    expect(partsLinked(1)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(partsLinked(6)).toEqual([1, 4, 5, 7, 8, 10]);
    expect(partsLinked(10)).toEqual([1, 8, 9]);
  });

  it("shows nothing for a listing of one page", () => {
    const { container } = render(<ListingParts name="Legal Occupations" parts={parts.slice(0, 1)} current={1} />);
    expect(container.innerHTML).toBe("");
  });
});
