import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// Every command a maintainer or a workflow runs: each script in package.json that runs a file in scripts/.
const commands = Object.entries(JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>).flatMap(([name, line]) => {
  const file = /^tsx (scripts\/[\w-]+\.ts)$/.exec(line)?.[1];
  return file ? [{ name, file }] : [];
});

/** Runs a script in scripts/ as its package.json line does, resolving with how it ended. */
const runScript = (file: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  promisify(execFile)(process.execPath, ["--import", "tsx", file, ...args], { encoding: "utf8", env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe("npm run export", () => {
  it("stops before building when SITE_URL is not set, and names it", async () => {
    const env = { ...process.env };
    delete env.SITE_URL;
    const run = await runScript("scripts/export.ts", [], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^SITE_URL must be set/);
    expect(run.stdout).toBe("");
  }, 60_000);

  it("stops before building when SITE_URL's path would send links to another host, and says what to write", async () => {
    const run = await runScript("scripts/export.ts", [], { ...process.env, SITE_URL: "https://example.org//guide" });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'SITE_URL "https://example.org//guide" has an empty segment ("//") in its path, which makes every link name another host; write "https://example.org/guide/"',
    );
    expect(run.stdout).toBe("");
  }, 60_000);
});

describe("every command", () => {
  it("is found in package.json", () => {
    expect(commands.map((command) => command.name)).toEqual(expect.arrayContaining(["export", "check", "changes", "budgets", "bench", "screenshots"]));
  });

  // Read from the source: starting every command costs seconds each, and the parser's answers are
  // tested in tests/unit/command-line.test.ts; the commands below show the wiring end to end.
  it.each(commands)("$name reads its arguments through the shared parser, never process.argv itself", ({ file }) => {
    const source = readFileSync(file, "utf8");
    expect(source).toMatch(/\bcommandLine\(/);
    expect(source).not.toContain("process.argv");
  });

  it.each([
    ["scripts/check-content.ts", ["--no-such-option\u202e"], 'unknown option "--no-such-option\\u202E"'],
    ["scripts/changes.ts", ["main", "--out", "package.json"], '--out names a file, not a folder: "package.json"'],
    ["scripts/serve-export.ts", ["80a"], 'the port is a number up to 65535, not "80a"'],
    ["scripts/bench.ts", ["--careers", "1,x"], '--careers takes whole numbers of careers, separated by commas, not "1,x"'],
    ["scripts/test.ts", ["unit test"], /^no step is named "unit test"; the steps are: content check, /],
  ])(
    "answers %s %j with what was wrong and its usage, exit code 2",
    async (file, args, problem) => {
      const { code, stdout, stderr } = await runScript(file, args);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.trimEnd().split("\n")).toEqual([problem instanceof RegExp ? expect.stringMatching(problem) : problem, expect.stringMatching(/^usage: /)]);
    },
    60_000,
  );
});
