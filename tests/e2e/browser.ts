import { existsSync } from "node:fs";
import type { LaunchOptions } from "playwright";

/** Debian's chromium, never a downloaded build; these flags keep it off the closed network. */
export function chromiumExecutable(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** Without these, Debian's chromium keeps trying to reach the (closed) network, and refuses to run as root. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumExecutable();
  if (!existsSync(executablePath)) throw new Error(`No browser at ${executablePath}; set CHROMIUM_PATH or run: apt-get install -y chromium`);
  return { executablePath, args: CHROMIUM_FLAGS };
}
