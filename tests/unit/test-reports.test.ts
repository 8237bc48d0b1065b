import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { playwrightCounts, vitestCounts } from "../../scripts/lib/test-reports";

// Reports the runners wrote for a test that passed, one that failed and, in Vitest, a file whose hook threw; in Playwright, a server that could not start.
const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/test-reports/${name}.json`, "utf8"));

describe("npm test's last lines", () => {
  it("name each failed Vitest test and file by where it is, its titles and what its error says, without a terminal's colours", () => {
    expect(vitestCounts(fixture("vitest"))).toEqual({
      passed: 1,
      failed: 1,
      failures: [
        "tests/unit/a.test.ts > the guide > fails: AssertionError: expected 'level' to be 'levels' // Object.is equality",
        "tests/unit/b.test.ts: No browser at /usr/bin/chromium second line",
      ],
    });
  });

  it("name each error outside Playwright's tests, then each failed test by its file and line, its project and titles, and what its error says on one line", () => {
    expect(playwrightCounts(fixture("playwright"))).toEqual({
      passed: 1,
      failed: 1,
      failures: [
        "Error: http://127.0.0.1:8105/guide/ is already used, make sure that nothing is running on the port/url or set reuseExistingServer:true in config.webServer.",
        'c.spec.ts:4 [static-export] a page > fails: Error: expect(received).toBe(expected) // Object.is equality Expected: "levels" Received: "level"',
      ],
    });
  });
});
