import { availableParallelism } from "node:os";
import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { limits } from "./limits";

/**
 * The markdown renderer's threads, each file with a time limit (render-worker.mjs runs the parser).
 *
 * Why threads the loader blocks on (Atomics.wait) rather than awaited workers: loading is
 * synchronous. getCareers() answers the routes, their static params and metadata, the sitemap, the
 * open data and the social cards, and lib/pages builds every page on it, all synchronously;
 * `npm run dev` reloads the content inside a request, and next.config.ts, `npm run check` and the
 * changes command load it with loadContent. A parse cannot be stopped from inside the thread that
 * runs it, so a render that takes too long is stopped by ending its thread, which the loader can
 * only do within its synchronous call by waiting on the thread without returning to the event loop.
 * Asynchronous loading would make every caller of getCareers asynchronous. A test in
 * tests/unit/content-untrusted.test.ts fails when a file out of time is no longer stopped by its
 * own limit while the rest of its batch renders.
 */

/** Loading the parser in a new thread on a busy machine must not count against one file. */
const RENDERER_START_LIMIT_MS = 60_000;

/** The answers the renderer threads give (see render-worker.mjs), each with the time its render took. */
export type RendererAnswer = { milliseconds: number } & (
  { html: string } | { problems: ({ kind: "depth" | "image" | "heading"; line: number } | { kind: "html"; line: number; text: string })[] }
);

interface RendererThread {
  worker: Worker;
  port: MessagePort;
  /** [0]: the thread's flag that it sent an answer; [1]: stays 0, for waiting a moment on. */
  signal: Int32Array;
}

/**
 * A thread per core: the loader only waits while they render, and a catalogue of a thousand
 * careers has five thousand files, about a millisecond each.
 */
const RENDERER_THREADS = Math.max(1, availableParallelism());

/** Rung by every thread after each answer: what the loader waits on while several threads render. */
const doorbell = new Int32Array(new SharedArrayBuffer(4));

const threads: (RendererThread | undefined)[] = [];

function waitForSignal(signal: Int32Array, limitMs: number): boolean {
  const outcome = Atomics.wait(signal, 0, 0, limitMs);
  Atomics.store(signal, 0, 0);
  return outcome !== "timed-out";
}

function startRenderer(): RendererThread {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(8));
  // Resolved from the project's root, as the content folder is, so the bundler leaves it alone.
  const script = path.resolve(/* turbopackIgnore: true */ process.cwd(), "lib/content/render-worker.mjs");
  const worker = new Worker(script, {
    workerData: { port: port2, signal, doorbell, maxDepth: limits.markdownDepth.value, maxReported: limits.reportedProblems.value },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  // A thread that runs out of memory dies with an error event; the wait for its answer then runs
  // out of time and a new thread takes over, so the event needs no more than a listener.
  worker.on("error", () => undefined);
  // The thread waits for work between files; it must not keep a finished process alive.
  worker.unref();
  port1.unref();
  if (!waitForSignal(signal, RENDERER_START_LIMIT_MS)) {
    void worker.terminate();
    throw new Error(`The markdown renderer (${script}) did not start within ${RENDERER_START_LIMIT_MS / 1000} s`);
  }
  return { worker, port: port1, signal };
}

/**
 * How long the threads wait for another load before they end. Each holds a heap of its own, which
 * a build that has loaded its content once frees for the pages it renders next; a process that
 * loads content again and again (npm run dev after each save, the tests) keeps them, since
 * starting one loads the parser anew, which costs more than most loads.
 */
const RENDERERS_IDLE_MS = 2_000;
let idleTimer: NodeJS.Timeout | undefined;

/** Ends the threads once no load has asked for them for a moment. */
export function stopRenderersWhenIdle(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => threads.splice(0).forEach((thread) => void thread?.worker.terminate()), RENDERERS_IDLE_MS);
  // The wait must not keep a finished process alive.
  idleTimer.unref();
}

/** A file a thread is rendering: which one, and when its time runs out. */
interface Job {
  item: number;
  deadline: number;
}

/**
 * The answer a thread flagged as sent. It can reach the port a moment after the flag: wait for it
 * rather than take its absence for a render that ran out of time.
 */
function receiveAnswer(thread: RendererThread, deadline: number): RendererAnswer | undefined {
  Atomics.store(thread.signal, 0, 0);
  for (let answer = receiveMessageOnPort(thread.port); ; answer = receiveMessageOnPort(thread.port)) {
    if (answer) return answer.message as RendererAnswer;
    if (performance.now() > deadline) return undefined;
    Atomics.wait(thread.signal, 1, 0, 1);
  }
}

/**
 * Renders each of `markdowns` in the threads, each giving up after `timeLimitMs` from its start;
 * `undefined` for one that ran out of time. A parse cannot be interrupted from inside: a thread
 * that runs out of time is stopped, and a new one takes its place.
 */
export function renderInThreads(markdowns: readonly string[], timeLimitMs: number): (RendererAnswer | undefined)[] {
  clearTimeout(idleTimer);
  const answers: (RendererAnswer | undefined)[] = [];
  const busy = new Map<number, Job>();
  const slots = Math.min(RENDERER_THREADS, markdowns.length);
  let next = 0;
  const finish = (slot: number, job: Job, answer: RendererAnswer | undefined) => {
    answers[job.item] = answer;
    busy.delete(slot);
    if (answer) return;
    void threads[slot]?.worker.terminate();
    threads[slot] = undefined;
  };
  while (next < markdowns.length || busy.size > 0) {
    for (let slot = 0; slot < slots && next < markdowns.length; slot++) {
      if (busy.has(slot)) continue;
      const thread = (threads[slot] ??= startRenderer());
      busy.set(slot, { item: next, deadline: performance.now() + timeLimitMs });
      thread.port.postMessage(markdowns[next]);
      next += 1;
    }
    // Read before looking at the flags: a thread that answers after the look rings past this value.
    const rung = Atomics.load(doorbell, 0);
    let answered = false;
    for (const [slot, job] of busy) {
      const thread = threads[slot]!;
      if (Atomics.load(thread.signal, 0) === 1) finish(slot, job, receiveAnswer(thread, job.deadline));
      else if (performance.now() > job.deadline) finish(slot, job, undefined);
      else continue;
      answered = true;
    }
    if (answered) continue;
    const firstDeadline = Math.min(...[...busy.values()].map((job) => job.deadline));
    Atomics.wait(doorbell, 0, rung, Math.max(0, firstDeadline - performance.now()));
  }
  return answers;
}
