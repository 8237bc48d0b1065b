import { describe, expect, it } from "vitest";
import { basePathOf, localSiteUrl, parseSiteUrl, SiteUrlError } from "@/lib/site-url";

/** The message for `raw`, or undefined when it is taken. */
function refusal(raw: string): string | undefined {
  try {
    parseSiteUrl(raw);
    return undefined;
  } catch (error) {
    if (error instanceof SiteUrlError) return error.message;
    throw error;
  }
}

/** The value a refusal says to write, when it names one. */
const writeInstead = (message: string) => /; write "([^"]+)"$/.exec(message)?.[1];

describe("SITE_URL", () => {
  it.each([
    ["https://careers.example.org", ""],
    ["https://careers.example.org/", ""],
    ["https://org.github.io/career-guide/", "/career-guide"],
    ["https://org.github.io/career-guide", "/career-guide"],
    ["http://localhost:3000", ""],
    ["https://example.org/a/b_c~1-0/", "/a/b_c~1-0"],
    ["https://org.github.io/guide.v2/", "/guide.v2"],
    ["  https://example.org/guide/  ", "/guide"],
  ])("takes %j, with base path %j", (raw, basePath) => {
    expect(basePathOf(parseSiteUrl(raw))).toBe(basePath);
  });

  // Each kind of address a host would read differently from the links the build writes.
  it.each([
    ["https://example.org//guide", "empty segment", "https://example.org/guide/"],
    ["https://example.org/guide//", "empty segment", "https://example.org/guide/"],
    ["https://example.org/a//b/", "empty segment", "https://example.org/a/b/"],
    ["https://example.org/guide/index.html", "ends in a page", "https://example.org/guide/"],
    ["https://example.org/index.htm", "ends in a page", "https://example.org/"],
    ["https://example.org/guide/./x/", '"." or ".."', "https://example.org/guide/x/"],
    ["https://example.org/guide/../x/", '"." or ".."', "https://example.org/guide/x/"],
    ["https://example.org/user:pass@x/", "in its path", undefined],
    ["https://user:secret@example.org/guide/", "user name or password", "https://example.org/guide/"],
    ["https://example.org/guide/?ref=1", "query or a fragment", "https://example.org/guide/"],
    ["https://example.org/guide/#top", "query or a fragment", "https://example.org/guide/"],
  ])("refuses %j (%s), and says to write %j", (raw, problem, instead) => {
    const message = refusal(raw);
    expect(message).toContain(problem);
    expect(message).toContain(JSON.stringify(raw));
    if (instead === undefined) return;
    expect(writeInstead(message!)).toBe(instead);
    expect(refusal(instead)).toBeUndefined();
  });

  it.each([
    "https://example.org/my guide/",
    "https://example.org/my%20guide/",
    "https://example.org/a%2Fb/",
    "https://example.org/gúide/",
    "https://example.org/ガイド/",
    "https://example.org/guide(1)/",
    "https://example.org/gu$ide/",
    "https://example.org\\guide",
    "https://example.org/guide\u200b/",
  ])("refuses %j, whose path a host would decode or match differently, naming the characters to use", (raw) => {
    expect(refusal(raw)).toMatch(/in its path, .* use letters, digits, "-", "_", "\." and "~" only; write an address such as/);
  });

  it.each(["", "example.org/guide/", "https:example.org", "ftp://example.org/guide/", "javascript:alert(1)", "file:///srv/guide/"])(
    "refuses %j, which is no http(s) address",
    (raw) => {
      expect(refusal(raw)).toMatch(/^SITE_URL ".*" (is not a web address|starts with [a-z]+:, not https: or http:); write an address such as https:\/\//);
    },
  );

  it("falls back on localhost at PORT, and names PORT, not SITE_URL, when PORT is no port", () => {
    expect(localSiteUrl("3105").href).toBe("http://localhost:3105/");
    for (const port of ["abc", "99999", "0", "80 "])
      expect(() => localSiteUrl(port)).toThrow(`PORT ${JSON.stringify(port)} is not a port number; write one from 1 to 65535`);
  });
});
