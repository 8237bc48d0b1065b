import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runSteps } from "../../scripts/lib/step-runner";

const logs = mkdtempSync(path.join(tmpdir(), "steps-"));
afterAll(() => rmSync(logs, { recursive: true, force: true }));

/** A process that keeps a core busy until it has used `seconds` of CPU. */
const busyFor = (seconds: number) =>
  `${process.execPath} -e "for (let used = process.cpuUsage(); used.user + used.system < ${seconds * 1e6}; used = process.cpuUsage());"`;
const runStep = (name: string, command: string) => runSteps([{ name, command }], logs, { foreground: 1, background: 1 }).then(([result]) => result!);

// Steps that wait a few seconds, side by side.
describe.concurrent("npm test's table of CPU time", () => {
  it("counts a short process the step waited for", async () => {
    expect((await runStep("waits for its process", busyFor(0.5))).cpuSeconds).toBeGreaterThan(0.4);
  });

  // As Chromium's renderers are when the browser closes: started by the step, never waited for by it.
  it("counts a process the step left for the system to reap", async () => {
    const result = await runStep("leaves a process behind", `(${busyFor(1.5)} &); sleep 3`);
    expect(result.status).toBe("passed");
    expect(result.cpuSeconds).toBeGreaterThan(0.8);
  });

  // As Chromium and nginx do, which write their titles over their environment: known by its parent.
  it("counts a process without the step's mark in its environment, left behind by its parent", async () => {
    const result = await runStep("leaves an unmarked process behind", `sh -c 'env -i ${busyFor(2.5)} & sleep 1.5'; sleep 2`);
    expect(result.status).toBe("passed");
    expect(result.cpuSeconds).toBeGreaterThan(0.8);
  });
});
