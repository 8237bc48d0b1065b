// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The footer as a site configured with this repository address renders it. */
async function renderFooter(repositoryUrl: string) {
  vi.stubEnv("REPOSITORY_URL", repositoryUrl);
  vi.resetModules();
  const { SiteFooter } = await import("@/components/site-footer");
  render(<SiteFooter />);
}

describe("SiteFooter", () => {
  it("links readers to the repository's form for suggesting a change to a guide", async () => {
    await renderFooter("https://github.com/example/guide/");
    expect(screen.getByRole("link", { name: "Suggest a change" }).getAttribute("href")).toBe(
      "https://github.com/example/guide/issues/new?template=suggest-a-change.yml",
    );
  });
});
