import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { finishExport, HEADERS_FILE } from "@/lib/export/finish";
import { HEADER_ONLY_DIRECTIVES, pageContentSecurityPolicy } from "@/lib/security-headers";

/*
 * The headers each delivery sends, written out in full: a change to any of them is a decision
 * about what browsers may do with the site, to be made here on purpose. The export's come from
 * the `_headers` file it writes for hosts that read one; `next start`'s and `next dev`'s from
 * next.config.ts, matched by Next.js's own router for custom headers. The browser tests check
 * that nginx (deploy/nginx.conf) and `next start` send the same, once each.
 */
const alwaysSent = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};
const PAGE_CACHE = "public, max-age=300, must-revalidate";
const HASHED_ASSET_CACHE = "public, max-age=31536000, immutable";

const policies = {
  "static-export":
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  "next-start":
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  "next-dev":
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
};

/** The search page's, and its index's: the export's policy but for the script Pagefind runs as WebAssembly. */
const searchPolicies = {
  "static-export": policies["static-export"].replace("script-src 'none'", "script-src 'self' 'wasm-unsafe-eval'"),
  "next-start": policies["next-start"].replace("script-src 'self' 'unsafe-inline'", "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'"),
};

const SECURITY_AND_CACHE = ["content-security-policy", ...Object.keys(alwaysSent), "cache-control", "access-control-allow-origin"];
/** The headers this file pins, from a response, so that an added or dropped one shows too. */
const pinnedHeaders = (headers: Headers) => Object.fromEntries(SECURITY_AND_CACHE.flatMap((name) => (headers.has(name) ? [[name, headers.get(name)]] : [])));

describe("the static export on hosts that send no headers, or read them from a file", () => {
  it("puts in every page the export's policy, but for the directives a meta element cannot carry", () => {
    const sent = policies["static-export"].split("; ");
    const carried = pageContentSecurityPolicy().split("; ");
    expect(sent.filter((directive) => !carried.includes(directive))).toEqual(["frame-ancestors 'none'"]);
    expect(carried.filter((directive) => !sent.includes(directive))).toEqual([]);
    expect(carried.filter((directive) => HEADER_ONLY_DIRECTIVES.includes(directive.split(" ")[0]!))).toEqual([]);
  });

  /** A `_headers` file's rules (Netlify, Cloudflare Pages): an address or `prefix*`, then its indented `Name: value` lines. */
  function parseHeadersFile(text: string): { path: string; headers: [string, string][] }[] {
    const rules: { path: string; headers: [string, string][] }[] = [];
    for (const line of text.split("\n").filter((candidate) => candidate.trim() && !candidate.startsWith("#"))) {
      if (!/^\s/.test(line)) rules.push({ path: line, headers: [] });
      else
        rules.at(-1)!.headers.push(
          line
            .trim()
            .split(/: (.*)/s)
            .slice(0, 2) as [string, string],
        );
    }
    return rules;
  }

  it("writes a _headers file that gives every address under the site's path what nginx sends, each header from one rule", () => {
    const root = mkdtempSync(path.join(tmpdir(), "career-guide-headers-file-"));
    try {
      cpSync("tests/fixtures/export", root, { recursive: true });
      mkdirSync(path.join(root, "data/schema"), { recursive: true });
      writeFileSync(path.join(root, "data/careers.json"), "{}");
      writeFileSync(path.join(root, "data/schema/career.v1.json"), "{}");
      mkdirSync(path.join(root, "search"));
      writeFileSync(path.join(root, "search/index.html"), "<!DOCTYPE html><html><head></head><body></body></html>");
      mkdirSync(path.join(root, "pagefind"));
      writeFileSync(path.join(root, "pagefind/pagefind.js"), "");
      finishExport(root, "/guide");
      const rules = parseHeadersFile(readFileSync(path.join(root, HEADERS_FILE), "utf8"));
      const headersOf = (address: string) => {
        const sent = rules
          .filter((rule) => (rule.path.endsWith("*") ? address.startsWith(rule.path.slice(0, -1)) : address === rule.path))
          .flatMap((rule) => rule.headers);
        const names = sent.map(([name]) => name.toLowerCase());
        expect(
          names.filter((name, index) => names.indexOf(name) !== index),
          `headers ${address} gets from two rules`,
        ).toEqual([]);
        return pinnedHeaders(new Headers(sent));
      };
      const page = { "content-security-policy": policies["static-export"], ...alwaysSent, "cache-control": PAGE_CACHE };
      expect(headersOf("/guide/")).toEqual(page);
      expect(headersOf("/guide/careers/example/")).toEqual(page);
      expect(headersOf("/guide/robots.txt")).toEqual(page);
      expect(headersOf("/guide/_next/static/chunks/site.css")).toEqual({ ...page, "cache-control": HASHED_ASSET_CACHE });
      expect(headersOf("/guide/data/careers.json")).toEqual({ ...page, "access-control-allow-origin": "*" });
      expect(headersOf("/guide/data/schema/career.v1.json")).toEqual({ ...page, "access-control-allow-origin": "*" });
      expect(headersOf("/guide/search/")).toEqual({ ...page, "content-security-policy": searchPolicies["static-export"] });
      expect(headersOf("/guide/pagefind/pagefind.js")).toEqual({ ...page, "content-security-policy": searchPolicies["static-export"] });
      expect(new Headers(rules.find((rule) => rule.path === "/guide/data/schema/*")?.headers).get("content-type")).toBe("application/schema+json");
      // Nothing outside the site's path: the domain may hold other sites.
      expect(rules.filter((rule) => !rule.path.startsWith("/guide/"))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("next.config.ts", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** What `next start` (NODE_ENV=production) or `next dev` adds to the response for `address`. */
  async function headersOf(nodeEnv: "production" | "development", address: string) {
    vi.stubEnv("NODE_ENV", nodeEnv);
    vi.stubEnv("NEXT_OUTPUT", "");
    vi.resetModules();
    const { default: config } = await import("@/next.config");
    const response = await unstable_getResponseFromNextConfig({ url: `http://127.0.0.1${address}`, nextConfig: config(PHASE_PRODUCTION_SERVER) });
    return pinnedHeaders(response.headers);
  }

  it("lets next start run Next.js's inline scripts and no others, with pages kept five minutes", async () => {
    expect(await headersOf("production", "/careers/example/")).toEqual({
      "content-security-policy": policies["next-start"],
      ...alwaysSent,
      "cache-control": PAGE_CACHE,
    });
    // Next.js sends hashed assets' year-long lifetime itself; the config must not shorten it.
    expect(await headersOf("production", "/_next/static/chunks/site.css")).toEqual({ "content-security-policy": policies["next-start"], ...alwaysSent });
    // Without its trailing slash too: one rule, not the pages' as well, gives the search page its policy.
    for (const address of ["/search/", "/search", "/pagefind/pagefind.js"]) {
      expect(await headersOf("production", address)).toEqual({
        "content-security-policy": searchPolicies["next-start"],
        ...alwaysSent,
        "cache-control": PAGE_CACHE,
      });
    }
    expect(await headersOf("production", "/data/careers.json")).toEqual({
      "content-security-policy": policies["next-start"],
      ...alwaysSent,
      "cache-control": PAGE_CACHE,
      "access-control-allow-origin": "*",
    });
  });

  it("also lets next dev evaluate code for React's debugging tools, and caches nothing, so a saved file shows at once", async () => {
    expect(await headersOf("development", "/careers/example/")).toEqual({ "content-security-policy": policies["next-dev"], ...alwaysSent });
  });
});
