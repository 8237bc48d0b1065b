import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { awkwardContent } from "../awkward-content";
import { loadContent } from "@/lib/content";

/** Replay a failure with the seed it printed: AGREEMENT_SEED=7 npm run test:agreement. */
const seed = Number(process.env.AGREEMENT_SEED ?? 1);
const root = mkdtempSync(path.join(tmpdir(), "awkward-content-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe(`content the checker accepts exports and validates (seed ${seed})`, () => {
  it("exports every page of generated awkward content, html-validate accepts them all, and no link is broken", { timeout: 20 * 60_000 }, () => {
    for (const [file, text] of Object.entries(awkwardContent(seed))) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    expect(loadContent(root).issues).toEqual([]);
    // Like `npm run export`, this replaces the project's out/ folder.
    const env = { ...process.env, CONTENT_DIR: root, SITE_URL: "https://careers.example.org", NEXT_TELEMETRY_DISABLED: "1" };
    execFileSync("npm", ["run", "export"], { env, stdio: "inherit" });
    execFileSync("npx", ["html-validate", "out"], { stdio: "inherit" });
    execFileSync("npx", ["tsx", "scripts/check-links.ts"], { stdio: "inherit" });
  });
});
