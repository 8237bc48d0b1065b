/**
 * `npm test`: every suite in order, then one line `N passed, N failed` over all of them.
 * Test runners contribute their own counts; a check without tests (types, lint) counts as one.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { EXPORT_SITE_URL, ports } from "./lib/ports";
import { ensureSystemTools } from "./lib/system-tools";

interface Counts {
  passed: number;
  failed: number;
}

interface Step {
  name: string;
  command: string;
  /** Reads the runner's own report; without it the step counts as one check. */
  counts?: () => Counts | undefined;
  /** Steps after a failed step that they need are not run, and count as failed. */
  needs?: string[];
}

const RESULTS = ".test-results";

function report<T>(file: string, counts: (report: T) => Counts): () => Counts | undefined {
  return () => (existsSync(`${RESULTS}/${file}`) ? counts(JSON.parse(readFileSync(`${RESULTS}/${file}`, "utf8")) as T) : undefined);
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
}
const vitestCounts = (vitest: VitestReport): Counts => ({ passed: vitest.numPassedTests, failed: vitest.numFailedTests });

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number };
}
const playwrightCounts = ({ stats }: PlaywrightReport): Counts => ({ passed: stats.expected + stats.flaky, failed: stats.unexpected });

const steps: Step[] = [
  { name: "content check", command: "npm run --silent check" },
  { name: "markdown lint", command: "npx markdownlint-cli2" },
  { name: "type-check", command: "npm run --silent typecheck" },
  { name: "lint", command: "npm run --silent lint" },
  { name: "workflow lint", command: "npm run --silent lint:workflows" },
  {
    name: "unit and component tests",
    command: `npx vitest run --reporter=default --reporter=json --outputFile=${RESULTS}/vitest.json`,
    counts: report<VitestReport>("vitest.json", vitestCounts),
  },
  // Generated content at every limit must export and validate too; it writes out/, which the real export then replaces.
  {
    name: "export agreement",
    command: `npm run --silent test:agreement -- --reporter=default --reporter=json --outputFile=${RESULTS}/agreement.json`,
    counts: report<VitestReport>("agreement.json", vitestCounts),
  },
  // The export goes first: both builds write .next, and `next start` needs the server build's.
  { name: "static export", command: `SITE_URL=${EXPORT_SITE_URL} npm run --silent export` },
  { name: "HTML validation", command: "npx html-validate out", needs: ["static export"] },
  { name: "link check", command: "npx tsx scripts/check-links.ts", needs: ["static export"] },
  // Without SITE_URL, as `npm start` on that port would build it.
  { name: "build", command: `env -u SITE_URL PORT=${ports["next-start"]} npx next build` },
  // Each budget (a size or a score on one page) counts as one test.
  { name: "performance budgets", command: "npm run --silent budgets", counts: report<Counts>("budgets.json", (budgets) => budgets), needs: ["build", "static export"] },
  {
    name: "browser tests",
    command: "npx playwright test",
    counts: report<PlaywrightReport>("playwright.json", playwrightCounts),
    needs: ["build", "static export"],
  },
  {
    name: "save and see in npm run dev",
    command: "npm run --silent test:dev",
    counts: report<PlaywrightReport>("playwright-dev.json", playwrightCounts),
  },
];

rmSync(RESULTS, { recursive: true, force: true });
process.env.NEXT_TELEMETRY_DISABLED = "1";
if (!ensureSystemTools()) process.exit(1);

const total: Counts = { passed: 0, failed: 0 };
const failedSteps = new Set<string>();
for (const step of steps) {
  const failedNeed = step.needs?.find((need) => failedSteps.has(need));
  if (failedNeed) {
    console.log(`\n▶ ${step.name}: not run, because ${failedNeed} failed`);
    failedSteps.add(step.name);
    total.failed += 1;
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.command}`);
  const { status } = spawnSync(step.command, { shell: true, stdio: "inherit" });
  const counts = step.counts?.() ?? (status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  // A runner that crashed before writing its report still fails the run.
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  if (status !== 0) failedSteps.add(step.name);
  total.passed += counts.passed;
  total.failed += counts.failed;
  console.log(`◀ ${step.name}: ${status === 0 ? "ok" : "FAILED"} (${counts.passed} passed, ${counts.failed} failed)`);
}

if (failedSteps.size > 0) console.log(`\nFailed: ${[...failedSteps].join(", ")}`);
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
