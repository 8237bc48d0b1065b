/**
 * `npm test [step…]`: every suite (or the steps named, with the steps they need), side by side as
 * far as they allow; then a table of each step's time and counts, and one line `N passed, N failed`
 * over all of them. Test runners contribute their own counts; a check without tests counts as one.
 */
import type { JSONReport } from "@playwright/test/reporter";
import { existsSync, readFileSync, rmSync } from "node:fs";
import type { JsonTestResults } from "vitest/reporters";
import { availableParallelism } from "node:os";
import { describeValue } from "../lib/content";
import { commandLine, usageError } from "./lib/command-line";
import { generatedSite } from "./lib/generated-site";
import { ports } from "./lib/ports";
import { type Counts, runSteps, type Step, stepsFor, timingTable } from "./lib/step-runner";
import { playwrightCounts, vitestCounts } from "./lib/test-reports";
import { ensureSystemTools } from "./lib/system-tools";

const RESULTS = ".test-results";
const USAGE = 'usage: npm test [-- "<step>" …]   (such as: npm test -- "unit tests")';

function report<T>(file: string, counts: (report: T) => Counts): () => Counts | undefined {
  return () => (existsSync(`${RESULTS}/${file}`) ? counts(JSON.parse(readFileSync(`${RESULTS}/${file}`, "utf8")) as T) : undefined);
}

// Both Next.js builds write .next, whatever folder the export writes its site to (a build for
// `next start` in a folder of its own would rewrite tsconfig.json), and `next typegen` writes
// .next/types: they take turns. The build for `next start` comes last, as each build clears .next.
const NEXT = ".next";
// The content and the types are checked once, in steps of their own; the builds skip the types and their cache (next.config.ts).
const BUILD = "TEST_BUILD=1";
const { contentDir, exportDir, basePath, siteUrl } = generatedSite;
const browserTests = (delivery: string) => ({
  command: `E2E_DELIVERY=${delivery} npx playwright test`,
  counts: report<JSONReport>(`playwright-${delivery}.json`, playwrightCounts),
});
// Half the cores: another step runs beside each, and a worker more loads every module again (the
// unit tests alone: 55 to 62 CPU seconds with one worker on two cores, 69 to 70 with two).
const VITEST_WORKERS = Math.max(1, Math.floor(availableParallelism() / 2));
const vitestRun = (name: string, args: string) => ({
  command: `npx vitest run ${args} --maxWorkers=${VITEST_WORKERS} --reporter=default --reporter=json --outputFile=${RESULTS}/vitest-${name}.json`,
  counts: report<JsonTestResults>(`vitest-${name}.json`, vitestCounts),
});

// Two builds: one export of the real guide beside the generated content, under a path, and the
// build `npm start` serves, at the root. A step starts, in this order, as soon as what it needs has
// passed (and what it comes after has ended) and a slot is free: the way to the builds and the
// browser tests first; checks that only Lighthouse waits for run at a lower CPU priority.
const steps: Step[] = [
  // An editor's mistakes come first, in the checker's own words; nothing is built from broken content.
  { name: "content check", command: "npm run --silent check" },
  // The real guide beside generated content at every limit must check, export, validate and link
  // (tests/agreement). The export checks it: a build stops before Next.js starts, with the lines
  // `npm run check` prints (next.config.ts), so a check of its own would load it twice.
  { name: "generated content", command: `npx tsx tests/agreement/write-content.ts ${contentDir}` },
  {
    name: "export",
    command: `${BUILD} CONTENT_DIR=${contentDir} SITE_URL=${siteUrl} npm run --silent export -- --out ${exportDir}`,
    needs: ["content check", "generated content"],
    uses: [NEXT],
  },
  // The longest step, and only Lighthouse comes after it: beside the steps that hold the slots
  // rather than in one, it keeps neither the build nor the unit tests waiting (5 min 2 s against
  // 5 min 19 s for the whole run, one fresh-clone run each).
  { name: "browser tests on the export", ...browserTests("static-export"), needs: ["export"], waits: true },
  // Without SITE_URL, as `npm start` on that port would build it.
  {
    name: "build",
    command: `${BUILD} env -u SITE_URL PORT=${ports["next-start"]} npx next build`,
    needs: ["content check"],
    uses: [NEXT],
    after: ["export"],
  },
  { name: "browser tests on next start", ...browserTests("next-start"), needs: ["build"] },
  // Beside the rest rather than in a slot, as only the type-check and Lighthouse wait for it; after the export,
  // as next dev's compiling (about 40 CPU seconds) would slow the export and the unit tests beside it.
  {
    name: "save and see in npm run dev",
    command: "npm run --silent test:dev",
    counts: report<JSONReport>("playwright-dev.json", playwrightCounts),
    waits: true,
    after: ["export"],
  },
  { name: "unit tests", ...vitestRun("unit", "--project unit --project dom --project unit-isolated") },
  { name: "integration tests", ...vitestRun("integration", "--project integration"), after: ["unit tests"] },
  // Its catalogue within the page budget and a few clicks of home, its structured data as the registry says.
  { name: "export checks", ...vitestRun("export", "--config tests/agreement/vitest.config.ts"), needs: ["export"] },
  { name: "HTML validation", command: `npx html-validate ${exportDir}`, needs: ["export"], background: true },
  { name: "link check", command: `npx tsx scripts/check-links.ts ${exportDir} ${basePath}`, needs: ["export"], background: true },
  { name: "lint", command: "npm run --silent lint", background: true },
  // After the builds, which would clear the types it generates (`next start` does not read them),
  // and after `next dev`, which rewrites next-env.d.ts, which it reads. In a slot rather than the
  // background: it can start only late, and Lighthouse waits for it (in the background, behind
  // lint, it ended 19 s after the last step in a slot).
  { name: "type-check", command: "npm run --silent typecheck", uses: [NEXT], after: ["build", "save and see in npm run dev"] },
  { name: "markdown lint", command: "npx markdownlint-cli2", background: true },
  { name: "workflow lint", command: "npm run --silent lint:workflows", background: true },
];
// Sizes of both builds, and Lighthouse's scores once every other step has ended: a performance
// score hangs on the page's main-thread time, which any step beside it stretches (a page that then
// misses its minimum is audited twice more, about 25 s).
steps.push({
  name: "performance budgets",
  command: `CONTENT_DIR=${contentDir} SITE_URL=${siteUrl} npm run --silent budgets -- ${exportDir}`,
  counts: report<Counts>("budgets.json", (budgets) => budgets),
  needs: ["build", "export"],
  after: steps.map((step) => step.name),
});

// Read before anything runs: a mistyped step name must not clear the results of a run in progress.
const names = commandLine(USAGE, {}, { max: steps.length }).positionals;
const unknown = names.filter((name) => !steps.some((step) => step.name === name));
if (unknown.length > 0)
  usageError(USAGE, `no step is named ${unknown.map(describeValue).join(", ")}; the steps are: ${steps.map((step) => step.name).join(", ")}`);
const chosen = names.length > 0 ? stepsFor(steps, names) : steps;

async function main(): Promise<number> {
  const started = Date.now();
  rmSync(RESULTS, { recursive: true, force: true });
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (!ensureSystemTools()) return 1;

  // Each step keeps a core or two busy: more at once only shares the cores among more processes,
  // which costs time of its own, and servers that promise an answer within seconds (next dev) or a
  // worker that must start within a minute (vitest) miss it. The background takes what they leave,
  // one step at a time, and every slot once only it is left.
  const results = await runSteps(chosen, `${RESULTS}/logs`, { foreground: availableParallelism(), background: 1 });
  const total = results.reduce((sum, { counts }) => ({ passed: sum.passed + counts.passed, failed: sum.failed + counts.failed }), { passed: 0, failed: 0 });

  console.log(`\n${timingTable(results, (Date.now() - started) / 1000)}`);
  for (const result of results.filter(({ status }) => status !== "passed")) {
    console.log(result.log ? `FAILED ${result.name}: its output is in ${result.log}` : `NOT RUN ${result.name}: ${result.blockedBy} failed`);
    for (const failure of result.counts.failures ?? []) console.log(`  ✗ ${failure}`);
  }
  console.log(`\n${total.passed} passed, ${total.failed} failed`);
  return total.failed > 0 ? 1 : 0;
}

void main().then((code) => process.exit(code));
