import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { marginalMsPerPage } from "../../scripts/lib/bench-report";
import { exportPageBudgets } from "../../scripts/lib/export-budget";
import { staticExportBuild } from "../../scripts/lib/page-weight";
import { exportedPagePaths } from "../../scripts/lib/static-export";
import { crawlExport } from "../agreement/crawl";

let outDir: string;
const page = (pagePath: string, body: string) => {
  mkdirSync(path.join(outDir, pagePath), { recursive: true });
  writeFileSync(path.join(outDir, pagePath, "index.html"), `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
};

beforeEach(() => {
  outDir = mkdtempSync(path.join(tmpdir(), "career-guide-crawl-"));
  page(
    "/",
    '<ul><li><p>Operations manager</p><ul><li><a href="/a-z/o/">O</a></li></ul></li></ul><a href="https://elsewhere.example/b/">away</a><a href="/missing/">gone</a>',
  );
  page("/a-z/o/", '<a href="../../careers/x/#top">Career X</a><a href="/data/careers.json">data</a>');
  // Text gzip cannot shrink much: the one page over the test's limit.
  page("/careers/x/", `<p>${Array.from({ length: 300 }, (_, index) => ((index * 7919) % 9973).toString(36)).join(" ")}</p><a href="/">home</a>`);
});
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

describe("the generated export's crawl", () => {
  it("counts the clicks to each page from home, following only links to the export's own pages", () => {
    expect(Object.fromEntries(crawlExport(outDir).clicks)).toEqual({ "/": 0, "/a-z/o/": 1, "/careers/x/": 2 });
  });

  it("keeps the text of the list items around each link, where an index entry names its title", () => {
    const [link] = crawlExport(outDir).links.get("/")!;
    expect(link).toEqual({ to: "/a-z/o/", context: ["O", "O", expect.stringContaining("Operations manager")] });
  });
});

describe("the link check's start pages", () => {
  it("are every page the export holds, home first, linked from anywhere or not", () => {
    page("/careers/former-name/", '<a href="/careers/x/">moved</a>');
    expect(exportedPagePaths(outDir)).toEqual(["/", "/a-z/o/", "/careers/former-name/", "/careers/x/"]);
  });
});

describe("the export page budget", () => {
  it("names each page over the limit, with its weight and the limit", () => {
    const checks = exportPageBudgets(
      staticExportBuild(outDir),
      [
        { kind: "home", path: "/" },
        { kind: "career", path: "/careers/x/" },
      ],
      { maxBytes: 500, why: "a test limit" },
    );
    expect(checks.filter((check) => !check.passed).map(({ name, detail }) => `${name}: ${detail}`)).toEqual([
      expect.stringMatching(/^static-export: career page \/careers\/x\/ in all: 0\.\d KB of HTML, CSS and JavaScript; must be under 0\.5 KB: a test limit$/),
    ]);
  });
});

describe("the bench's time per page", () => {
  it("is the time the larger export took beyond the one-career export, over the pages it added", () => {
    const rows = [
      { careers: 1, levels: 3, checkSeconds: 1, checkPeakMb: 1, exportSeconds: 100, pages: 7 },
      { careers: 100, levels: 400, checkSeconds: 2, checkPeakMb: 1, exportSeconds: 130, pages: 607 },
    ];
    expect(marginalMsPerPage(rows[1]!, rows)).toBe(50);
    expect(marginalMsPerPage(rows[0]!, rows)).toBeUndefined();
  });
});
