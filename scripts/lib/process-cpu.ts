import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time of the processes each step started, read from /proc while they run. bash's `times`
 * counts only the processes a step waits for; a process whose parent ends without waiting for it
 * (Chromium's renderers when the browser is closed, next dev's workers when the server is stopped)
 * is reaped by the system instead, and its time counts for no step. A step's processes are known
 * by a mark in their environment, or, for a process that writes its title over its environment as
 * Chromium and nginx do, by the marks of its parent.
 *
 * A mark names the run and the step, and a step's own marks are added to those it inherits: a run
 * of steps inside a step (a test of the runner) still counts for the outer step, and a process of
 * another run, or left over from an earlier one, counts for none of this run's steps.
 */
const MARKS = "NPM_TEST_STEPS";
const SEPARATOR = "\u001f";

/** The kernel's clock ticks per second for /proc's times (USER_HZ), 100 on every Linux that Node supports. */
const TICKS_PER_SECOND = 100;

/** What one process has used so far, and the marks it carries; keyed by pid and start time, as pids are reused. */
const processes = new Map<string, { marks: string[]; seconds: number }>();

const readOrEmpty = (file: string) => {
  try {
    return readFileSync(file, "latin1");
  } catch {
    // Ended between the listing and the read, or another user's.
    return "";
  }
};

function marksOf(pid: string): string[] | undefined {
  const variable = readOrEmpty(`/proc/${pid}/environ`)
    .split("\0")
    .find((entry) => entry.startsWith(`${MARKS}=`));
  return variable?.slice(MARKS.length + 1).split(SEPARATOR);
}

interface Running {
  key: string;
  parent: string;
  seconds: number;
}

/** Every process running now, by pid. */
function runningProcesses(): Map<string, Running> {
  const running = new Map<string, Running>();
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return running; // No /proc: only `times` counts.
  }
  for (const pid of pids) {
    const stat = readOrEmpty(`/proc/${pid}/stat`);
    // The command's name, in parentheses, may hold spaces: fields are counted from after it, the third (state) first.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields.length < 20) continue;
    running.set(pid, { key: `${pid}:${fields[19]}`, parent: fields[1]!, seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND });
  }
  return running;
}

/** Reads the time of every running process once; a process that ends keeps the time it had at its last reading. */
export function sampleProcesses(): void {
  const running = runningProcesses();
  const marksOfRunning = (pid: string, depth = 0): string[] => {
    const seen = running.get(pid);
    if (!seen) return [];
    const known = processes.get(seen.key);
    if (known) return known.marks;
    // A chain of parents this long is a loop in a listing read while processes came and went.
    const marks = marksOf(pid) ?? (depth < 100 ? marksOfRunning(seen.parent, depth + 1) : []);
    processes.set(seen.key, { marks, seconds: 0 });
    return marks;
  };
  for (const [pid, { key, seconds }] of running) {
    marksOfRunning(pid);
    processes.get(key)!.seconds = seconds;
  }
}

/** A new run of steps: the environment each of its steps runs with, and their CPU seconds. */
export function markedRun() {
  const run = randomUUID();
  const markOf = (step: string) => `${run}=${step}`;
  return {
    /** `step`'s environment: this process's, with the step's mark added to those it carries. */
    environment: (step: string): NodeJS.ProcessEnv => ({
      ...process.env,
      [MARKS]: [...(process.env[MARKS]?.split(SEPARATOR) ?? []), markOf(step)].join(SEPARATOR),
    }),
    /** CPU seconds of every process seen so far that carries `step`'s mark, each as last read. */
    cpuSeconds: (step: string): number => {
      sampleProcesses();
      let seconds = 0;
      for (const entry of processes.values()) if (entry.marks.includes(markOf(step))) seconds += entry.seconds;
      return seconds;
    },
  };
}
