import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import tailwindcss from "@tailwindcss/postcss";
import postcss from "postcss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// app/globals.css built as the site's build does (postcss.config.mjs), in a copy of the project
// whose every folder holds one arbitrary class name, so the stylesheet shows which folders it read.
let project: string;
let css: string;

const widthIn = (folder: string) => `${100 + ["app", "components", "content", "lib", "scripts"].indexOf(folder)}px`;
const classIn = (folder: string) => `w-[${widthIn(folder)}]`;

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), "career-guide-css-"));
  for (const file of ["app/globals.css", "tailwind.config.ts"]) cpSync(file, path.join(project, file));
  symlinkSync(path.resolve("node_modules"), path.join(project, "node_modules"));
  const files: Record<string, string> = {
    "app/page.tsx": `export default () => <p className="${classIn("app")}" />;`,
    "components/card.tsx": `export const Card = () => <p className="${classIn("components")}" />;`,
    "content/careers/nurse/index.md": `An editor's text: ${classIn("content")} bg-[url(https://tracker.example/pixel)]`,
    "lib/text.ts": `export const text = "${classIn("lib")}";`,
    "scripts/tool.ts": `export const text = "${classIn("scripts")}";`,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
  }
  const from = path.join(project, "app/globals.css");
  css = (await postcss(tailwindcss({ base: project })).process(readFileSync(from, "utf8"), { from })).css;
}, 60_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("the stylesheet", () => {
  it("has rules for class names in app/ and components/", () => {
    for (const folder of ["app", "components"]) expect(css, folder).toContain(`width: ${widthIn(folder)}`);
  });

  it("never turns text in content/ or elsewhere into CSS", () => {
    for (const folder of ["content", "lib", "scripts"]) expect(css, folder).not.toContain(widthIn(folder));
    expect(css).not.toContain("tracker.example");
  });
});
