import { existsSync } from "node:fs";
import type { LaunchOptions } from "playwright";

/** Debian's chromium (or CHROMIUM_PATH), never a downloaded build. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

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

/** Playwright's launch options for the browser tests and the screenshots. */
export function chromiumLaunchOptions(): LaunchOptions {
  if (!existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM}; set CHROMIUM_PATH or run: apt-get install -y chromium`);
  return { executablePath: CHROMIUM, args: CHROMIUM_FLAGS };
}
