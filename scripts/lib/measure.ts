import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { NEXT_BIN } from "./servers";

/** The middle value of several runs, the upper of the two middle ones for an even count. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface TimedRun {
  ok: boolean;
  timedOut: boolean;
  seconds: number;
  /** GNU time's maximum resident set size: the largest single process in the tree, not their sum. */
  peakMemoryMb: number;
  stdout: string;
  stderr: string;
}

const GNU_TIME = "/usr/bin/time";
// On a shared 2-core machine the largest build may not finish; it is then reported as stopped.
const TIMEOUT_MS = 15 * 60 * 1000;

/**
 * Runs a command under `/usr/bin/time -v`, for its wall-clock time and peak memory, and under
 * coreutils' `timeout`, which stops the command's whole process group (a build's workers too).
 */
export function timedRun(command: string, args: string[], options: SpawnSyncOptions & { timeoutMs?: number } = {}): TimedRun {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} is missing: apt-get install -y time`);
  const started = performance.now();
  const limit = `${Math.ceil((options.timeoutMs ?? TIMEOUT_MS) / 1000)}s`;
  const run = spawnSync(GNU_TIME, ["-v", "timeout", "--kill-after=30s", limit, command, ...args], {
    ...options,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const stderr = String(run.stderr ?? "");
  const maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? Number.NaN);
  const timedOut = run.status === 124 || run.status === 137;
  return { ok: run.status === 0, timedOut, seconds, peakMemoryMb: maxRssKb / 1024, stdout: String(run.stdout ?? ""), stderr };
}

/** `next build` in `projectDir`, timed; throws when it fails rather than running out of time. */
export function timedNextBuild(projectDir: string, extraEnv: Record<string, string> = {}) {
  rmSync(path.join(projectDir, ".next"), { recursive: true, force: true });
  const run = timedRun(process.execPath, [NEXT_BIN, "build"], { cwd: projectDir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv } });
  if (!run.ok && !run.timedOut) throw new Error(`next build failed in ${projectDir}:\n${run.stdout}\n${run.stderr}`);
  return run;
}

export interface LoadTest {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
}

/** autocannon against one URL on loopback: a fixed number of connections for a fixed time. */
export function loadTest(url: string, { connections, seconds }: { connections: number; seconds: number }): LoadTest {
  const run = spawnSync(
    process.execPath,
    [path.resolve("node_modules/autocannon/autocannon.js"), "-c", String(connections), "-d", String(seconds), "-j", url],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`autocannon failed: ${run.stderr}`);
  const result = JSON.parse(run.stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number };
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}
