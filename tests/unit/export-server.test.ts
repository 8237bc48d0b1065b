import { cpSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, ports } from "../../scripts/lib/ports";
import { type RunningServer, startExportServer } from "../../scripts/lib/servers";

// deploy/nginx.conf, as the browser tests, the link check and the budgets serve the export.
let root: string;
let server: RunningServer;

beforeAll(async () => {
  // A folder only its owner can read, as a clone in a home directory or a `mktemp -d` is.
  root = mkdtempSync(path.join(tmpdir(), "career-guide-private-"));
  cpSync("tests/fixtures/export", root, { recursive: true });
  server = await startExportServer(ports["unit-tests"], root);
  // Longer than the server's own 30 s wait, so that a server that never answers is stopped by it.
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

const get = (address: string) => fetch(`${server.url}${address}`, { redirect: "manual" });

describe("the export server", () => {
  it("serves pages from a private folder, whoever starts it", async () => {
    expect(statSync(root).mode & 0o077).toBe(0);
    const response = await get("/careers/example/");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<h1>Example career</h1>");
  });

  it("answers a folder without a page with the site's 404 page", async () => {
    const response = await get("/careers/");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("<title>Not found</title>");
  });

  it("gives each page one address: index.html and a missing slash redirect to it", async () => {
    for (const [address, page] of [
      ["/careers/example/index.html", "/careers/example/"],
      ["/index.html", "/"],
      ["/careers/example", "/careers/example/"],
    ]) {
      const response = await get(address!);
      expect(response.status, address).toBe(301);
      expect(response.headers.get("location"), address).toBe(page);
    }
  });
});

describe("the export server for a site under a path", () => {
  let underPath: RunningServer;
  beforeAll(async () => {
    underPath = await startExportServer(await freePort(), root, "/guide");
  }, 60_000);
  afterAll(() => underPath?.stop());
  const getUnder = (address: string) => fetch(`${underPath.url}${address}`, { redirect: "manual" });

  it("serves the export at the path, and the site's 404 page anywhere else", async () => {
    const page = await getUnder("/guide/careers/example/");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<h1>Example career</h1>");
    for (const address of ["/careers/example/", "/guide/careers/", "/"]) {
      const response = await getUnder(address);
      expect(response.status, address).toBe(404);
      expect(await response.text(), address).toContain("<title>Not found</title>");
    }
  });

  it("keeps one address per page under the path", async () => {
    for (const [address, page] of [
      ["/guide", "/guide/"],
      ["/guide/index.html", "/guide/"],
      ["/guide/careers/example", "/guide/careers/example/"],
      ["//guide//careers/example/", "/guide/careers/example/"],
    ]) {
      const response = await getUnder(address!);
      expect(response.status, address).toBe(301);
      expect(response.headers.get("location"), address).toBe(page);
    }
  });
});
