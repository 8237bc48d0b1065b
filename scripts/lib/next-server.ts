import { spawn } from "node:child_process";
import path from "node:path";

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/**
 * `next start` for the build in `projectDir`, on loopback. Started through node rather than npx,
 * in its own process group, so that stopping it leaves no next-server behind.
 */
export async function startNextServer(projectDir: string, port: number): Promise<RunningServer> {
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: projectDir,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) process.kill(-server.pid!, "SIGTERM");
    await exited;
  };
  await waitForUrl(url, exited).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, stop };
}

/** Polls until `url` answers; gives up after 30 s or when the server process ends. */
export async function waitForUrl(url: string, exited?: Promise<void>): Promise<void> {
  let gone = false;
  void exited?.then(() => (gone = true));
  for (const deadline = Date.now() + 30_000; Date.now() < deadline && !gone; ) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer${gone ? ": the server exited" : " within 30 s"}`);
}
