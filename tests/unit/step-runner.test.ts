import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runSteps, timingTable } from "../../scripts/lib/step-runner";

const folder = mkdtempSync(path.join(tmpdir(), "steps-"));
/**
 * `node busy.js <seconds> <file> <ms>`: keeps a core busy until it has used `seconds` of CPU, then
 * writes `file` and stays `ms` more, so that the reading when its step ends can still find it.
 */
const BUSY = path.join(folder, "busy.js");
writeFileSync(
  BUSY,
  `const [seconds, file, ms] = process.argv.slice(2);
for (let used = process.cpuUsage(); used.user + used.system < Number(seconds) * 1e6; used = process.cpuUsage());
require("node:fs").writeFileSync(file, "");
setTimeout(() => undefined, Number(ms));
`,
);
// The runner prints each step's log: the assertions say what matters.
beforeAll(() => void vi.spyOn(console, "log").mockImplementation(() => undefined));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Ten seconds: on a machine busy with the rest of npm test, the step's end may be read seconds after its command ends.
const busyFor = (seconds: number, done: string, stayMs = 10_000) =>
  `${process.execPath} ${BUSY} ${seconds} ${path.join(folder, done)} ${stayMs} >/dev/null 2>&1`;
const waitFor = (done: string) => `until [ -e ${path.join(folder, done)} ]; do sleep 0.1; done`;
const runStep = (name: string, command: string) => runSteps([{ name, command }], folder, { foreground: 1, background: 1 }).then(([result]) => result!);

// Steps that wait a few seconds, side by side.
describe.concurrent("npm test's table of CPU time", () => {
  it("counts a short process the step waited for", async () => {
    const result = await runStep("waits for its process", busyFor(0.5, "waited", 0));
    expect(result.cpuSeconds).toBeGreaterThan(0.45);
  });

  // As Chromium's renderers are when the browser closes: started by the step, never waited for by it.
  it("counts a process the step left for the system to reap", async () => {
    const result = await runStep("leaves a process behind", `(${busyFor(1.5, "left")} &); ${waitFor("left")}`);
    expect(result.status).toBe("passed");
    expect(result.cpuSeconds).toBeGreaterThan(1.4);
  });

  // As Chromium and nginx do, which write their titles over their environment: known by their parent.
  it("counts a process without the step's mark in its environment, left behind by its parent", async () => {
    const result = await runStep("leaves an unmarked process behind", `sh -c 'env -i ${busyFor(1.5, "unmarked")} & ${waitFor("unmarked")}; sleep 1.2'`);
    expect(result.status).toBe("passed");
    expect(result.cpuSeconds).toBeGreaterThan(1.4);
  });
});

describe("npm test's slots", () => {
  it("runs the background's checks one at a time beside the foreground, and side by side once only they are left", async () => {
    const times = path.join(folder, "times");
    const mark = (name: string, event: string) => `touch ${path.join(folder, `${name}.${event}`)}; echo "${name} ${event} $(date +%s%3N)" >> ${times}`;
    // Waits for another step's event, for thirty seconds at most (the background runs at a low
    // priority): a runner that never runs the two side by side still ends.
    const until = (name: string, event: string) => `for i in $(seq 300); do [ -e ${path.join(folder, `${name}.${event}`)} ] && break; sleep 0.1; done`;
    const timed = (name: string, waitFor = "true") => `${mark(name, "start")}; sleep 0.3; ${waitFor}; ${mark(name, "end")}`;
    const results = await runSteps(
      [
        // Listed before the step they run beside, as ready as it is; the build lasts until both
        // have ended, however slowly the background runs on a busy machine.
        { name: "lint", command: timed("lint"), background: true },
        { name: "links", command: timed("links"), background: true },
        { name: "build", command: timed("build", `${until("lint", "end")}; ${until("links", "end")}`) },
        // Each waits for the other to start: side by side, both end at once.
        { name: "html", command: timed("html", until("types", "start")), background: true, after: ["build"] },
        { name: "types", command: timed("types", until("html", "start")), background: true, after: ["build"] },
      ],
      folder,
      { foreground: 2, background: 1 },
    );
    expect(results.map((result) => result.status)).toEqual(Array(5).fill("passed"));
    const at = new Map(
      readFileSync(times, "utf8")
        .trim()
        .split("\n")
        .map((line) => line.split(" "))
        .map(([name, event, ms]) => [`${name} ${event}`, Number(ms)]),
    );
    const overlap = (a: string, b: string) => at.get(`${a} start`)! < at.get(`${b} end`)! && at.get(`${b} start`)! < at.get(`${a} end`)!;
    expect(overlap("lint", "links")).toBe(false);
    expect(overlap("lint", "build") && overlap("links", "build")).toBe(true);
    expect(overlap("html", "types")).toBe(true);
  });
});

describe("npm test's table", () => {
  it("gives the wall clock in whole minutes and seconds, rounding up to the next minute", () => {
    const step = { name: "lint", status: "passed" as const, seconds: 1, cpuSeconds: 1, counts: { passed: 1, failed: 0 } };
    expect(timingTable([step], 299.6).split("\n").at(-1)).toBe("wall clock 5 min 0 s, CPU 1 s over every step");
    expect(timingTable([step], 61.2).split("\n").at(-1)).toBe("wall clock 1 min 1 s, CPU 1 s over every step");
  });
});
