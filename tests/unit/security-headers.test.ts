import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sendSecurityHeadersOnEveryResponse } from "@/lib/every-response";
import { finishExport, HEADERS_FILE } from "@/lib/export/finish";
import { HEADER_ONLY_DIRECTIVES, pageContentSecurityPolicy } from "@/lib/security-headers";
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

  it("sends each security header once, whatever the status", async () => {
    const once = { "content-security-policy": policies["static-export"], ...alwaysSent, "cache-control": PAGE_CACHE };
    const answers = async (address: string, init: RequestInit = {}) => {
      const response = await fetch(`${server.url}${address}`, { redirect: "manual", ...init });
      return { status: response.status, headers: pinnedHeaders(response.headers) };
    };
    // A range past the end is answered whole (nginx's 416 answer would repeat every header).
    expect(await answers("/careers/example/", { headers: { Range: "bytes=999999-" } })).toEqual({ status: 200, headers: once });
    expect(await answers("/careers/example")).toEqual({ status: 301, headers: once });
    expect(await answers("/careers/example/", { method: "POST" })).toEqual({ status: 405, headers: once });
    expect(await answers("/careers/example/", { headers: { "If-Unmodified-Since": "Mon, 01 Jan 2001 00:00:00 GMT" } })).toEqual({ status: 412, headers: once });
    expect(await answers("/careers/example/", { headers: { "X-Large": "a".repeat(20_000) } })).toEqual({ status: 400, headers: once });
    expect(await answers(`/${"a".repeat(9000)}/`)).toEqual({ status: 414, headers: once });
  });

  it("gives each page one address: its index.html and doubled slashes lead to it, with line breaks kept encoded", async () => {
    const location = async (address: string) => {
      const response = await fetch(`${server.url}${address}`, { redirect: "manual" });
      return `${response.status} ${response.headers.get("location")}`;
    };
    expect(await location("/careers/example/index.html")).toBe("301 /careers/example/");
    expect(await location("/index.html")).toBe("301 /");
    expect(await location("//careers//example//?tab=1")).toBe("301 /careers/example/?tab=1");
    expect(await location("//careers/%0d%0aSet-Cookie:a=b/")).toBe("301 /careers/%0D%0ASet-Cookie:a=b/");
  });

  it("forbids every script on pages, the 404 page and assets, and keeps only hashed assets for a year", async () => {
    const page = { "content-security-policy": policies["static-export"], ...alwaysSent, "cache-control": PAGE_CACHE };
    expect(await headersOf("/careers/example/")).toEqual(page);
    expect(await headersOf("/careers/no-such-career/")).toEqual(page);
    expect(await headersOf("/_next/static/chunks/site.css")).toEqual({ ...page, "cache-control": HASHED_ASSET_CACHE });
  });
});

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
      else rules.at(-1)!.headers.push(line.trim().split(/: (.*)/s).slice(0, 2) as [string, string]);
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
      finishExport(root, "/guide");
      const rules = parseHeadersFile(readFileSync(path.join(root, HEADERS_FILE), "utf8"));
      const headersOf = (address: string) => {
        const sent = rules.filter((rule) => (rule.path.endsWith("*") ? address.startsWith(rule.path.slice(0, -1)) : address === rule.path)).flatMap((rule) => rule.headers);
        const names = sent.map(([name]) => name.toLowerCase());
        expect(names.filter((name, index) => names.indexOf(name) !== index), `headers ${address} gets from two rules`).toEqual([]);
        return pinnedHeaders(new Headers(sent));
      };
      const page = { "content-security-policy": policies["static-export"], ...alwaysSent, "cache-control": PAGE_CACHE };
      expect(headersOf("/guide/")).toEqual(page);
      expect(headersOf("/guide/careers/example/")).toEqual(page);
      expect(headersOf("/guide/robots.txt")).toEqual(page);
      expect(headersOf("/guide/_next/static/chunks/site.css")).toEqual({ ...page, "cache-control": HASHED_ASSET_CACHE });
      expect(headersOf("/guide/data/careers.json")).toEqual({ ...page, "access-control-allow-origin": "*" });
      expect(headersOf("/guide/data/schema/career.v1.json")).toEqual({ ...page, "access-control-allow-origin": "*" });
      expect(new Headers(rules.find((rule) => rule.path === "/guide/data/schema/*")?.headers).get("content-type")).toBe("application/schema+json");
      // Nothing outside the site's path: the domain may hold other sites.
      expect(rules.filter((rule) => !rule.path.startsWith("/guide/"))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("next start's server, whatever answers (instrumentation.ts)", () => {
  let server: RunningServer;
  beforeAll(async () => {
    sendSecurityHeadersOnEveryResponse("next-start");
    // Answers as Next.js's router does before next.config.ts's headers() apply: a redirect, a 404.
    const http = createServer((request, response) => {
      response.statusCode = request.url === "/careers/example" ? 308 : 404;
      if (response.statusCode === 308) response.setHeader("Location", "/careers/example/");
      response.end();
    });
    const port = await freePort();
    await new Promise<void>((resolve) => http.listen(port, "127.0.0.1", resolve));
    server = { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => http.close(() => resolve())) };
  });
  afterAll(() => server?.stop());
  const answers = async (address: string, init: RequestInit = {}) => {
    const response = await fetch(`${server.url}${address}`, { redirect: "manual", ...init });
    return { status: response.status, headers: pinnedHeaders(response.headers) };
  };
  const headers = { "content-security-policy": policies["next-start"], ...alwaysSent };

  it("sends the security headers on redirects and errors Next.js answers itself", async () => {
    expect(await answers("/careers/example")).toEqual({ status: 308, headers });
    expect(await answers("/careers/no-such-career/")).toEqual({ status: 404, headers });
  });

  // Written on a socket of its own: fetch gives up on an answer that comes before it has sent the whole request.
  it.each([
    [431, `GET /careers/example/ HTTP/1.1\r\nHost: x\r\nX-Large: ${"a".repeat(20_000)}\r\n\r\n`],
    [400, "GET /careers/example/ HTTP/1.1\r\nHost x\r\n\r\n"],
  ])("sends them when Node.js refuses a request it cannot read (%i)", async (status, request) => {
    const answer = await new Promise<string>((resolve) => {
      let text = "";
      const socket = connect(Number(new URL(server.url).port), "127.0.0.1", () => socket.write(request));
      socket.on("data", (data) => (text += data.toString("latin1"))).on("error", () => {}).on("close", () => resolve(text));
    });
    const [statusLine, ...lines] = answer.split("\r\n\r\n")[0]!.split("\r\n");
    expect(statusLine).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
    expect(pinnedHeaders(new Headers(lines.map((line) => line.split(/: (.*)/s).slice(0, 2) as [string, string])))).toEqual(headers);
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
