import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time of the processes each step started, read from /proc while they run. bash's `times`
 * counts only the processes a step waits for; a process whose parent ends without waiting for it
 * (Chromium's renderers when the browser is closed, next dev's workers when the server is stopped)
 * is reaped by the system instead, and its time counts for no step. A step's processes are known
 * by a mark in their environment, or, for a process that writes its title over its environment as
 * Chromium and nginx do, by the step of its parent.
 */
const MARK = "NPM_TEST_STEP";

/** The kernel's clock ticks per second for /proc's times (USER_HZ), 100 on every Linux that Node supports. */
const TICKS_PER_SECOND = 100;

/** What one process has used so far, and the step it belongs to ("" for none); keyed by pid and start time, as pids are reused. */
const processes = new Map<string, { step: string; seconds: number }>();

const readOrEmpty = (file: string) => {
  try {
    return readFileSync(file, "latin1");
  } catch {
    // Ended between the listing and the read, or another user's.
    return "";
  }
};

function markOf(pid: string): string {
  const entry = readOrEmpty(`/proc/${pid}/environ`)
    .split("\0")
    .find((variable) => variable.startsWith(`${MARK}=`));
  return entry?.slice(MARK.length + 1) ?? "";
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
  const stepOf = (pid: string, depth = 0): string => {
    const seen = running.get(pid);
    if (!seen) return "";
    const known = processes.get(seen.key);
    if (known) return known.step;
    // A chain of parents this long is a loop in a listing read while processes came and went.
    const step = markOf(pid) || (depth < 100 ? stepOf(seen.parent, depth + 1) : "");
    processes.set(seen.key, { step, seconds: 0 });
    return step;
  };
  for (const [pid, { key, seconds }] of running) {
    stepOf(pid);
    processes.get(key)!.seconds = seconds;
  }
}

/** The environment a step's command runs with: the mark its processes carry. */
export const markedEnvironment = (step: string): NodeJS.ProcessEnv => ({ ...process.env, [MARK]: step });

/** CPU seconds of every process seen so far that belongs to `step`, each as last read. */
export function markedCpuSeconds(step: string): number {
  sampleProcesses();
  let seconds = 0;
  for (const entry of processes.values()) if (entry.step === step) seconds += entry.seconds;
  return seconds;
}
