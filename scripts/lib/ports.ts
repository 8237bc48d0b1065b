import { createServer } from "node:net";

/**
 * Every port the commands and tests start a server on. Each can be moved with its variable, so
 * that several checkouts can run their tests on one machine at once.
 */
const port = (variable: string, fallback: number) => Number(process.env[variable] ?? fallback);

export const ports = {
  /** The browser tests' `next start`. */
  "next-start": port("E2E_PORT", 3105),
  /** nginx over the static export, for the browser tests. */
  "static-export": port("E2E_EXPORT_PORT", 8105),
  /** nginx over the static export, for Lighthouse in `npm run budgets`. */
  budgets: port("BUDGETS_PORT", 8305),
  /** nginx over a fixture export, for the unit test of the export server. */
  "unit-tests": port("UNIT_TEST_PORT", 8405),
  /** `next dev` over a copy of the content, for the save-and-see browser test. */
  "next-dev": port("E2E_DEV_PORT", 3107),
  /** The first of the bench's four servers; the others take the next three ports. */
  bench: port("BENCH_PORT", 3206),
};

/**
 * The SITE_URL the tests export the site for: another origin than the one it is served from, so
 * that the tests see absolute URLs follow SITE_URL. The server build is made without SITE_URL,
 * so its URLs follow the port it is served on.
 */
export const EXPORT_SITE_URL = process.env.EXPORT_SITE_URL ?? "https://careers.example.org";

/** A port nothing listens on now, for a server no other program needs to find. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
