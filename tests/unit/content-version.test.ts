import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentVersion } from "@/lib/content/version";
import { fixture } from "./content-fixtures";

describe("the content version that npm run dev reloads pages on", () => {
  let root: string;
  const level = () => path.join(root, "careers/data-analyst/levels/analyst.md");
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "content-version-"));
    cpSync(fixture("valid"), root, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("changes when a file is saved", () => {
    const before = contentVersion(root);
    const later = new Date(Date.now() + 5_000);
    utimesSync(level(), later, later);
    expect(contentVersion(root)).not.toBe(before);
  });

  it("changes when a file is added or removed", () => {
    const before = contentVersion(root);
    writeFileSync(path.join(root, "careers/data-analyst/levels/principal.md"), "---\ntitle: Principal\n---\n");
    const added = contentVersion(root);
    expect(added).not.toBe(before);
    rmSync(level());
    expect(contentVersion(root)).not.toBe(added);
  });
});
