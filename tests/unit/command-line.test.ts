import { afterEach, describe, expect, it, vi } from "vitest";
import { commandLine, USAGE_EXIT_CODE } from "@/scripts/lib/command-line";

const USAGE = "usage: test-command <ref> [--out <folder>] [--preview]";
const OPTIONS = { out: { type: "string" }, preview: { type: "boolean", default: false } } as const;

/** What the command prints and how it exits, given `args`, with process.exit stopping it as the real one would. */
function run(args: string[], positionals = { min: 1, max: 1 }) {
  vi.spyOn(process, "argv", "get").mockReturnValue([process.execPath, "test-command", ...args]);
  const printed: string[] = [];
  vi.spyOn(console, "error").mockImplementation((text: string) => void printed.push(...text.split("\n")));
  vi.spyOn(process, "exit").mockImplementation((code) => {
    throw Object.assign(new Error("exit"), { code });
  });
  try {
    return { parsed: commandLine(USAGE, OPTIONS, positionals), printed };
  } catch (error) {
    return { code: (error as { code?: number }).code, printed };
  }
}

afterEach(() => vi.restoreAllMocks());

describe("a command's arguments", () => {
  it("are parsed into its options and arguments", () => {
    expect(run(["main", "--out", "folder"]).parsed).toMatchObject({ values: { out: "folder", preview: false }, positionals: ["main"] });
  });

  it.each([
    [["main", "--out"], '"--out" needs a value'],
    [["main", "--preview=yes"], '"--preview" takes no value'],
    [["main", "--bogus"], 'unknown option "--bogus"'],
    [["main", "-x"], 'unknown option "-x"'],
    [["main", "other"], 'unexpected argument "other"'],
    [[], "missing argument"],
    [["main", "--\u202Eevil"], 'unknown option "--\\u202Eevil"'],
  ])("%j end in what was wrong, the usage line and exit code 2", (args, problem) => {
    expect(run(args)).toEqual({ code: USAGE_EXIT_CODE, printed: [problem, USAGE] });
  });
});
