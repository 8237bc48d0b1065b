import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time of the processes that carry a mark in their environment, read from /proc while they
 * run. bash's `times` counts only the processes a step waits for; a process whose parent ends
 * without waiting for it (Chromium's renderers when the browser is closed, next dev's workers when
 * the server is stopped) is reaped by the system instead, and its time counts for no step. Their
 * environment still names the step that started them.
 */
const MARK = "NPM_TEST_STEP";

/** The kernel's clock ticks per second for /proc's times (USER_HZ), 100 on every Linux that Node supports. */
const TICKS_PER_SECOND = 100;

/** What one process has used so far, and the step whose mark it carries ("" for none); keyed by pid and start time, as pids are reused. */
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

/** Reads the time of every running process once; a process that ends keeps the time it had at its last reading. */
export function sampleProcesses(): void {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return; // No /proc: only `times` counts.
  }
  for (const pid of pids) {
    const stat = readOrEmpty(`/proc/${pid}/stat`);
    // The command's name, in parentheses, may hold spaces: fields are counted from after it, the third (state) first.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields.length < 20) continue;
    const [utime, stime, startTime] = [fields[11], fields[12], fields[19]];
    const key = `${pid}:${startTime}`;
    const known = processes.get(key) ?? { step: markOf(pid), seconds: 0 };
    known.seconds = (Number(utime) + Number(stime)) / TICKS_PER_SECOND;
    processes.set(key, known);
  }
}

/** The environment a step's command runs with: the mark its processes carry. */
export const markedEnvironment = (step: string): NodeJS.ProcessEnv => ({ ...process.env, [MARK]: step });

/** CPU seconds of every process seen so far with `step`'s mark, each as last read. */
export function markedCpuSeconds(step: string): number {
  sampleProcesses();
  let seconds = 0;
  for (const entry of processes.values()) if (entry.step === step) seconds += entry.seconds;
  return seconds;
}
