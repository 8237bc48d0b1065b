/**
 * `npm test`: every suite in order, then one line `N passed, N failed` over all of them.
 * Test runners contribute their own counts; a check without tests (types, lint) counts as one.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { chromiumExecutable } from "../tests/e2e/browser";
import { servers } from "../tests/e2e/servers";
import { NGINX } from "./lib/processes";

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

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

function vitestCounts(): Counts | undefined {
  const report = readJson(`${RESULTS}/vitest.json`) as { numPassedTests: number; numFailedTests: number } | undefined;
  return report && { passed: report.numPassedTests, failed: report.numFailedTests };
}

/** Each budget (a size or a score on one page) counts as one test. */
function budgetCounts(): Counts | undefined {
  const report = readJson(`${RESULTS}/budgets.json`) as Counts | undefined;
  return report && { passed: report.passed, failed: report.failed };
}

function playwrightCounts(): Counts | undefined {
  const report = readJson(`${RESULTS}/playwright.json`) as { stats: { expected: number; unexpected: number; flaky: number } } | undefined;
  return report && { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
}

interface SystemTool {
  what: string;
  executable: string;
  aptPackage: string;
  /** The variable that points the suites at another binary. */
  override: string;
}

/** The browser tests need Debian's chromium, the export's tests nginx: install them where we can, or say how. */
function ensureInstalled(tools: SystemTool[]): boolean {
  const missing = tools.filter((tool) => !existsSync(tool.executable));
  if (missing.length === 0) return true;
  const packages = missing.map((tool) => tool.aptPackage).join(" ");
  const canInstall = process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (canInstall) {
    console.log(`\n${missing.map((tool) => tool.executable).join(" and ")} missing; installing ${packages} from Debian…`);
    spawnSync("sh", ["-c", `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`], { stdio: "inherit" });
    if (missing.every((tool) => existsSync(tool.executable))) return true;
  }
  const overrides = missing.map((tool) => `set ${tool.override} to another ${tool.what} binary`).join(", or ");
  console.error(`\nThe tests need ${missing.map((tool) => `${tool.what} at ${tool.executable}`).join(" and ")}. Install with:\n\n  sudo apt-get install -y ${packages}\n\nor ${overrides}.`);
  return false;
}

const steps: Step[] = [
  { name: "content check", command: "npm run --silent check" },
  { name: "markdown lint", command: "npx markdownlint-cli2" },
  { name: "type-check", command: "npm run --silent typecheck" },
  { name: "lint", command: "npm run --silent lint" },
  {
    name: "unit and component tests",
    command: `npx vitest run --reporter=default --reporter=json --outputFile=${RESULTS}/vitest.json`,
    counts: vitestCounts,
  },
  // The export goes first: both builds write .next, and `next start` needs the server build's.
  { name: "static export", command: `SITE_URL=${servers.staticExport.siteUrl} npm run --silent export` },
  { name: "HTML validation", command: "npx html-validate out", needs: ["static export"] },
  { name: "link check", command: "npx tsx scripts/check-links.ts", needs: ["static export"] },
  { name: "build", command: "npx next build" },
  { name: "performance budgets", command: "npm run --silent budgets", counts: budgetCounts, needs: ["build", "static export"] },
  { name: "browser tests", command: "npx playwright test", counts: playwrightCounts, needs: ["build", "static export"] },
];

rmSync(RESULTS, { recursive: true, force: true });
process.env.NEXT_TELEMETRY_DISABLED = "1";
const systemTools: SystemTool[] = [
  { what: "Chromium", executable: chromiumExecutable(), aptPackage: "chromium", override: "CHROMIUM_PATH" },
  { what: "nginx", executable: NGINX, aptPackage: "nginx-light", override: "NGINX_PATH" },
];
if (!ensureInstalled(systemTools)) process.exit(1);

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
