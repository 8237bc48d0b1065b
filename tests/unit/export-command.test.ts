import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("npm run export", () => {
  it("stops before building when SITE_URL is not set, and names it", () => {
    const env = { ...process.env };
    delete env.SITE_URL;
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/export.ts"], { env, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^SITE_URL must be set/);
    expect(run.stdout).toBe("");
  }, 60_000);
});
