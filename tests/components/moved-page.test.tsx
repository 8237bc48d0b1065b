// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MovedPage } from "@/components/moved-page";
import { getPages, hasMoved } from "@/lib/pages";
import { buildCareer } from "../unit/career";

afterEach(cleanup);

const [moved] = getPages([buildCareer({ aliases: ["analyst"] })]).filter(hasMoved);

describe("MovedPage", () => {
  it("sends the browser on at once and says where the page went, for a reader whose browser does not", () => {
    render(<MovedPage page={moved!} />);
    // React places the element in the document's head, wherever it is rendered.
    expect(document.head.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe("0; url=/careers/data-analyst/");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("This page has moved");
    const link = screen.getByRole("link", { name: "Data Analyst career guide" });
    expect(link.getAttribute("href")).toBe("/careers/data-analyst/");
    expect(link.parentElement?.textContent).toBe("This page has moved to Data Analyst career guide.");
  });
});
