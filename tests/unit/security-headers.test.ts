import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort } from "../../scripts/lib/ports";
import { type RunningServer, startExportServer } from "../../scripts/lib/servers";

/*
 * The headers each delivery sends, written out in full: a change to any of them is a decision
 * about what browsers may do with the site, to be made here on purpose. The export's come from
 * deploy/nginx.conf serving a fixture export; `next start`'s and `next dev`'s from next.config.ts,
 * matched by Next.js's own router for custom headers. The browser tests check the same headers
 * on the running servers.
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

const SECURITY_AND_CACHE = ["content-security-policy", ...Object.keys(alwaysSent), "cache-control", "access-control-allow-origin"];
/** The headers this file pins, from a response, so that an added or dropped one shows too. */
const pinnedHeaders = (headers: Headers) => Object.fromEntries(SECURITY_AND_CACHE.flatMap((name) => (headers.has(name) ? [[name, headers.get(name)]] : [])));

describe("the static export behind deploy/nginx.conf", () => {
  let root: string;
  let server: RunningServer;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "career-guide-headers-"));
    cpSync("tests/fixtures/export", root, { recursive: true });
    server = await startExportServer(await freePort(), root);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });
  const headersOf = async (address: string) => pinnedHeaders((await fetch(`${server.url}${address}`)).headers);

  it("forbids every script on pages, the 404 page and assets, and keeps only hashed assets for a year", async () => {
    const page = { "content-security-policy": policies["static-export"], ...alwaysSent, "cache-control": PAGE_CACHE };
    expect(await headersOf("/careers/example/")).toEqual(page);
    expect(await headersOf("/careers/no-such-career/")).toEqual(page);
    expect(await headersOf("/_next/static/chunks/site.css")).toEqual({ ...page, "cache-control": HASHED_ASSET_CACHE });
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
    expect(await headersOf("production", "/careers/example/")).toEqual({ "content-security-policy": policies["next-start"], ...alwaysSent, "cache-control": PAGE_CACHE });
    // Next.js sends hashed assets' year-long lifetime itself; the config must not shorten it.
    expect(await headersOf("production", "/_next/static/chunks/site.css")).toEqual({ "content-security-policy": policies["next-start"], ...alwaysSent });
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
