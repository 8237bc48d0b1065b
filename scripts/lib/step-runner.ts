import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { markedRun, sampleProcesses } from "./process-cpu";

/** Tests passed and failed, as a step's runner reports them; a check without tests counts as one. */
export interface Counts {
  passed: number;
  failed: number;
  /** Each test that failed, a line each: where it is, its name and its error's message on one line. */
  failures?: string[];
}

export interface Step {
  name: string;
  command: string;
  /** Steps that must pass first: when one fails, this step is not run, and counts as failed. */
  needs?: string[];
  /** Steps that must end first, passed or failed, if they run: they get the cores before this step does. */
  after?: string[];
  /**
   * Folders the step rewrites or must see whole, such as `.next`, which every export builds in
   * and `next typegen` writes: steps sharing one take turns.
   */
  uses?: string[];
  /**
   * Not on the way to the slowest steps (the builds, then the browser tests): runs at a lower CPU
   * priority, on what the others leave idle, rather than slowing them down.
   */
  background?: boolean;
  /**
   * Runs at full priority beside the others, without taking a slot of theirs: a long step that only
   * the last steps wait for, which in a slot would hold up the steps on the longest way.
   */
  waits?: boolean;
  /** Reads the runner's own report; without it the step counts as one check. */
  counts?: () => Counts | undefined;
}

export interface StepResult {
  name: string;
  status: "passed" | "failed" | "not run";
  seconds: number;
  /**
   * User and system CPU time of the step's processes: the work it did, however long it waited for
   * the cores. The larger of two counts that each miss some: bash's `times`, which counts every
   * process the step waited for however short, and a reading of its processes every second, which
   * also counts those left for the system to reap (process-cpu.ts).
   */
  cpuSeconds: number;
  counts: Counts;
  log?: string;
  /** The step that failed first among those this one needs. */
  blockedBy?: string;
}

const shellQuote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

/** Seconds in bash's `times` notation, `1m2.345s`. */
const timesSeconds = (text: string) => {
  const [, minutes, seconds] = /(\d+)m([\d.]+)s/.exec(text) ?? [];
  return Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
};

/**
 * Runs step `name`'s shell command with its output in `log`, its processes marked for `run`;
 * resolves with its exit code and the CPU time of its processes (see StepResult's `cpuSeconds`).
 */
function runCommand(
  run: ReturnType<typeof markedRun>,
  name: string,
  command: string,
  log: string,
  niceness: number,
): Promise<{ exitCode: number; cpuSeconds: number }> {
  const output = createWriteStream(log);
  const cpuFile = `${log}.cpu`;
  const script = `${command}\nstatus=$?\ntimes > ${shellQuote(cpuFile)}\nexit $status`;
  const child = spawn("nice", ["-n", String(niceness), "bash", "-c", script], { stdio: ["ignore", "pipe", "pipe"], env: run.environment(name) });
  child.stdout.pipe(output);
  child.stderr.pipe(output);
  return new Promise((resolve) =>
    child.once("close", (code, signal) =>
      output.end(() => {
        // The second line is the children's user and system time.
        const children = existsSync(cpuFile) ? (readFileSync(cpuFile, "utf8").split("\n")[1] ?? "") : "";
        const waitedFor = children.split(" ").reduce((sum, part) => sum + timesSeconds(part), 0);
        resolve({ exitCode: code ?? (signal ? 1 : 0), cpuSeconds: Math.max(waitedFor, run.cpuSeconds(name)) });
      }),
    ),
  );
}

/**
 * How many steps may run at once: those on the way to the slowest steps, and those in the
 * background while any other step runs (once only background steps are left, they take every slot).
 */
export interface Slots {
  foreground: number;
  background: number;
}

/**
 * Runs `steps` side by side as far as their needs, the folders they use and the `slots` allow,
 * starting them in the order given. Each step's output goes to its log in `logDir` and is printed
 * whole when it ends, so that the output of steps running at once never interleaves.
 */
export async function runSteps(steps: Step[], logDir: string, slots: Slots): Promise<StepResult[]> {
  mkdirSync(logDir, { recursive: true });
  const results = new Map<string, StepResult>();
  const running = new Map<string, Promise<void>>();
  const run = markedRun();
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`;

  const runningSteps = () => steps.filter((step) => running.has(step.name));
  const runningIn = (background: boolean) => runningSteps().filter((step) => !step.waits && Boolean(step.background) === background).length;
  // Once only the background runs, its checks take every slot: there is nothing left for them to slow down.
  const slotsFor = (step: Step) => {
    if (!step.background) return slots.foreground;
    return runningSteps().every((other) => other.background) ? Math.max(slots.foreground, slots.background) : slots.background;
  };
  const canStart = (step: Step) =>
    (step.waits || runningIn(Boolean(step.background)) < slotsFor(step)) &&
    [...(step.needs ?? []), ...(step.after ?? []).filter((name) => steps.some((other) => other.name === name))].every((name) => results.has(name)) &&
    (step.uses ?? []).every((folder) => !runningSteps().some((other) => other.uses?.includes(folder)));

  const start = (step: Step) => {
    const blockedBy = step.needs?.find((need) => results.get(need)!.status !== "passed");
    if (blockedBy) {
      results.set(step.name, { name: step.name, status: "not run", seconds: 0, cpuSeconds: 0, counts: { passed: 0, failed: 1 }, blockedBy });
      console.log(`${elapsed()} ■ ${step.name}: not run, because ${blockedBy} failed`);
      return;
    }
    const log = path.join(logDir, `${step.name.replace(/\W+/g, "-")}.log`);
    console.log(`${elapsed()} ▶ ${step.name}`);
    const stepStarted = Date.now();
    running.set(
      step.name,
      runCommand(run, step.name, step.command, log, step.background ? 10 : 0).then(({ exitCode, cpuSeconds }) => {
        const seconds = (Date.now() - stepStarted) / 1000;
        const counts = step.counts?.() ?? (exitCode === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
        // A runner that crashed before writing its report still fails the run.
        if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
        const status = exitCode === 0 ? "passed" : "failed";
        results.set(step.name, { name: step.name, status, seconds, cpuSeconds, counts, log });
        console.log(`\n━━ ${step.name}: ${step.command}\n${readFileSync(log, "utf8").trimEnd()}`);
        console.log(
          `${elapsed()} ◀ ${step.name}: ${status === "passed" ? "ok" : "FAILED"} in ${seconds.toFixed(1)} s, ${cpuSeconds.toFixed(1)} s of CPU (${counts.passed} passed, ${counts.failed} failed)\n`,
        );
        running.delete(step.name);
      }),
    );
  };

  const unknown = steps.flatMap((step) => (step.needs ?? []).filter((need) => !steps.some((other) => other.name === need)));
  if (unknown.length > 0) throw new Error(`No step is named ${unknown.join(", ")}`);
  const sampling = setInterval(sampleProcesses, 1000);
  sampling.unref();
  try {
    for (;;) {
      // A step marked as not run may leave the next one blocked too: look again until nothing starts.
      for (let startedAny = true; startedAny;) {
        startedAny = false;
        // The foreground first, so that a background check ready at the same moment sees it running.
        for (const step of [...steps.filter((step) => !step.background), ...steps.filter((step) => step.background)]) {
          if (results.has(step.name) || running.has(step.name) || !canStart(step)) continue;
          start(step);
          startedAny = true;
        }
      }
      if (running.size === 0) break;
      await Promise.race(running.values());
    }
  } finally {
    clearInterval(sampling);
  }
  return steps.map((step) => results.get(step.name)!);
}

/** The steps named (each the name of one of `steps`: npm test refuses others first), and every step they need, in their order in `steps`. */
export function stepsFor(steps: Step[], names: string[]): Step[] {
  const wanted = new Set<string>();
  const add = (name: string) => {
    if (wanted.has(name)) return;
    wanted.add(name);
    for (const need of steps.find((step) => step.name === name)!.needs ?? []) add(need);
  };
  names.forEach(add);
  return steps.filter((step) => wanted.has(step.name));
}

/** The steps as a table of their wall-clock and CPU times and counts, slowest first, then the totals. */
export function timingTable(results: StepResult[], wallSeconds: number): string {
  const rows = [...results]
    .sort((a, b) => b.seconds - a.seconds)
    .map((result) => [
      result.name,
      result.status === "not run" ? "not run" : `${result.seconds.toFixed(1)} s`,
      `${result.cpuSeconds.toFixed(1)} s`,
      String(result.counts.passed),
      String(result.counts.failed),
    ]);
  const header = ["step", "wall", "CPU", "passed", "failed"];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  // Rounded before it is split, so that 299.6 s reads 5 min 0 s rather than 4 min 60 s.
  const wholeSeconds = Math.round(wallSeconds);
  const cpuSeconds = results.reduce((sum, result) => sum + result.cpuSeconds, 0);
  return [
    line(header),
    ...rows.map(line),
    `${"-".repeat(widths.reduce((sum, width) => sum + width + 2, -2))}`,
    `wall clock ${Math.floor(wholeSeconds / 60)} min ${wholeSeconds % 60} s, CPU ${Math.round(cpuSeconds)} s over every step`,
  ].join("\n");
}
