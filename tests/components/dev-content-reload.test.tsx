// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DevContentReload } from "@/components/dev-content-reload";

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

describe("DevContentReload", () => {
  it("adds the reload script, marked with the content's version, in npm run dev", () => {
    vi.stubEnv("NODE_ENV", "development");
    const { container } = render(<DevContentReload />);
    const script = container.querySelector("script");
    expect(script?.dataset.contentVersion).toMatch(/^\d+$/);
    expect(script?.textContent).toContain("location.reload()");
  });

  it.each(["production", "test"])("renders nothing when NODE_ENV is %s, so built pages stay script-free", (nodeEnv) => {
    vi.stubEnv("NODE_ENV", nodeEnv);
    expect(render(<DevContentReload />).container.innerHTML).toBe("");
  });
});
