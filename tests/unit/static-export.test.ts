// @vitest-environment jsdom
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { finishExport, withoutNextRuntime } from "../../lib/export/finish";
import { pageContentSecurityPolicy } from "../../lib/security-headers";

const FIXTURE = "tests/fixtures/export";
let outDir: string;

beforeEach(() => {
  outDir = mkdtempSync(path.join(tmpdir(), "career-guide-export-"));
  cpSync(FIXTURE, outDir, { recursive: true });
});
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

/** What is left under `dir`, as URL-style paths: `folder/` for a folder, `folder/file` for a file. */
const contentsOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/") + (entry.isDirectory() ? "/" : ""))
    .sort();

describe("the static export as deployed", () => {
  it("serves pages with their content, stylesheet and structured data, and no script", () => {
    finishExport(outDir);
    const html = readFileSync(path.join(outDir, "careers/example/index.html"), "utf8");
    const document = new DOMParser().parseFromString(html, "text/html");

    expect([...document.querySelectorAll("script")].map((script) => script.type)).toEqual(["application/ld+json"]);
    expect(JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!)).toMatchObject({ "@type": "Occupation" });
    expect(document.querySelectorAll('link[rel="preload"][as="script"], link[rel="modulepreload"]')).toHaveLength(0);
    expect(document.querySelector('link[rel="stylesheet"]')?.getAttribute("href")).toBe("/_next/static/chunks/site.css");
    expect(document.title).toBe("Example career");
    expect(document.querySelector("main")?.textContent).toContain("What the role is and does.");
    expect(document.documentElement.lang).toBe("en");
    // First in the head, so that it covers everything the page loads, on a host that sends no headers.
    expect(document.head.firstElementChild?.outerHTML).toBe(`<meta http-equiv="Content-Security-Policy" content="${pageContentSecurityPolicy()}">`);
  });

  it("keeps no file or folder that only Next.js's runtime reads, and one 404 page", () => {
    finishExport(outDir);
    expect(contentsOf(outDir)).toEqual([
      "404.html",
      "_headers",
      "_next/",
      "_next/static/",
      "_next/static/chunks/",
      "_next/static/chunks/site.css",
      "careers/",
      "careers/example/",
      "careers/example/index.html",
      "icon.svg",
      "index.html",
      "robots.txt",
    ]);
  });

  it("refuses a page that scripts would have to finish, naming the file", () => {
    const unfinished =
      '<!DOCTYPE html><html lang="en"><head><title>Partly there</title></head><body><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--></body></html>';
    expect(() => withoutNextRuntime(unfinished, "out/careers/example/index.html")).toThrow(
      /^out\/careers\/example\/index\.html: part of this page is left for Next\.js's scripts/,
    );
  });

  it("keeps the content around and between the runtime's inline scripts, and text that only looks like one", () => {
    const lookalike = "&lt;script&gt;self.__next_f.push([1])&lt;/script&gt;";
    const page = `<!DOCTYPE html><html lang="en"><head><title>Payload</title></head><body><main><p>Before</p><script>(self.__next_f=self.__next_f||[]).push([0])</script><p>Between</p><script>self.__next_f.push([1,"\\u003c/p\\u003e"])</script><p>After ${lookalike}</p></main></body></html>`;
    const document = new DOMParser().parseFromString(withoutNextRuntime(page, "out/index.html"), "text/html");
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect([...document.querySelectorAll("p")].map((paragraph) => paragraph.textContent)).toEqual([
      "Before",
      "Between",
      "After <script>self.__next_f.push([1])</script>",
    ]);
  });

  it("keeps pages valid HTML whatever characters an editor's text holds", async () => {
    const text = `Junior > Senior & "Lead" <or> 'Head'`;
    const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    const page = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>${escaped}</title><meta name="description" content="${escaped}"/></head><body><main><h1>${escaped}</h1><p title="${escaped}">${escaped}</p></main></body></html>`;
    const html = withoutNextRuntime(page, "out/careers/example/index.html");
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(html, path.resolve("out/careers/example/index.html"));
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
    const document = new DOMParser().parseFromString(html, "text/html");
    expect([document.title, document.querySelector("h1")?.textContent, document.querySelector("p")?.getAttribute("title")]).toEqual([text, text, text]);
  });
});
