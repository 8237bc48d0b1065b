import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runSteps } from "../../scripts/lib/step-runner";

const logs = mkdtempSync(path.join(tmpdir(), "steps-"));
afterAll(() => rmSync(logs, { recursive: true, force: true }));

/** A process that keeps a core busy until it has used `seconds` of CPU. */
const busyFor = (seconds: number) => `node -e 'while (process.cpuUsage().user < ${seconds * 1e6});'`;

describe("npm test's table of CPU time", () => {
  // As Chromium's renderers are when the browser closes: started by the step, never waited for by it.
  it("counts a process the step left for the system to reap", async () => {
    const [result] = await runSteps([{ name: "leaves a process behind", command: `(${busyFor(1.5)} &); sleep 3` }], logs, { foreground: 1, background: 1 });
    expect(result!.status).toBe("passed");
    expect(result!.cpuSeconds).toBeGreaterThan(0.8);
  });

  it("counts a short process the step waited for", async () => {
    const [result] = await runSteps([{ name: "waits for its process", command: busyFor(0.5) }], logs, { foreground: 1, background: 1 });
    expect(result!.cpuSeconds).toBeGreaterThan(0.4);
  });
});
