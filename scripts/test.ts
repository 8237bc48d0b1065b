/**
 * `npm test [step…]`: every suite (or the steps named, with the steps they need), side by side as
 * far as they allow; then a table of each step's time and counts, and one line `N passed, N failed`
 * over all of them. Test runners contribute their own counts; a check without tests counts as one.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { generatedSite } from "./lib/generated-site";
import { EXPORT_SITE_URL, ports } from "./lib/ports";
import { type Counts, runSteps, type Step, stepsFor, timingTable } from "./lib/step-runner";
import { ensureSystemTools } from "./lib/system-tools";
import { underPathSite } from "./lib/under-path-site";

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

// Every Next.js build writes .next, whatever folder an export writes its site to (a build for
// `next start` in a folder of its own would rewrite tsconfig.json), and `next typegen` writes
// .next/types: they take turns. The build for `next start` comes last, as each build clears .next.
const NEXT = ".next";
// The content and the types are checked once, in steps of their own; the builds skip both.
const BUILD = "SKIP_BUILD_CHECKS=1";
const { contentDir, exportDir } = generatedSite;
const browserTests = (delivery: string) => ({
  command: `E2E_DELIVERY=${delivery} npx playwright test`,
  counts: report<PlaywrightReport>(`playwright-${delivery}.json`, playwrightCounts),
});

// A step starts as soon as what it needs has passed (and what it comes after has ended). The
// builds, then the browser tests and Lighthouse, take longest: the rest runs in the background.
const steps: Step[] = [
  // An editor's mistakes come first, in the checker's own words; nothing is built from broken content.
  { name: "content check", command: "npm run --silent check" },
  { name: "markdown lint", command: "npx markdownlint-cli2", background: true },
  { name: "workflow lint", command: "npm run --silent lint:workflows", background: true },
  // Generated content at every limit must check, export, validate and link too (tests/agreement).
  { name: "generated content", command: `npx tsx tests/agreement/write-content.ts ${contentDir} && CONTENT_DIR=${contentDir} npm run --silent check` },
  { name: "static export", command: `${BUILD} SITE_URL=${EXPORT_SITE_URL} npm run --silent export`, needs: ["content check"], uses: [NEXT] },
  { name: "HTML validation", command: "npx html-validate out", needs: ["static export"], background: true },
  { name: "link check", command: "npx tsx scripts/check-links.ts out", needs: ["static export"], background: true },
  { name: "browser tests on the export", ...browserTests("static-export"), needs: ["static export"] },
  {
    name: "generated export",
    command: `${BUILD} CONTENT_DIR=${contentDir} SITE_URL=${EXPORT_SITE_URL} npm run --silent export -- --out ${exportDir}`,
    needs: ["generated content"],
    uses: [NEXT],
    after: ["static export"],
  },
  { name: "generated HTML validation", command: `npx html-validate ${exportDir}`, needs: ["generated export"], background: true },
  { name: "generated link check", command: `npx tsx scripts/check-links.ts ${exportDir}`, needs: ["generated export"], background: true },
  // Its catalogue within the page budget and a few clicks of home, its structured data as the registry says.
  {
    name: "generated page checks",
    command: `npx vitest run --config tests/agreement/vitest.config.ts --reporter=default --reporter=json --outputFile=${RESULTS}/vitest-generated.json`,
    counts: report<VitestReport>("vitest-generated.json", vitestCounts),
    needs: ["generated export"],
    background: true,
  },
  { name: "browser tests on the generated export", ...browserTests("generated-export"), needs: ["generated export"] },
  // The site under a path, as GitHub Pages serves a project, behind nginx at that path: every
  // address must carry it (scripts/lib/under-path-site.ts).
  {
    name: "export under a path",
    command: `${BUILD} SITE_URL=${underPathSite.siteUrl} npm run --silent export -- --out ${underPathSite.exportDir}`,
    needs: ["content check"],
    uses: [NEXT],
    after: ["static export", "generated export"],
  },
  { name: "link check under a path", command: `npx tsx scripts/check-links.ts ${underPathSite.exportDir} ${underPathSite.basePath}`, needs: ["export under a path"], background: true },
  { name: "browser tests under a path", ...browserTests("static-export-under-path"), needs: ["export under a path"] },
  // Without SITE_URL, as `npm start` on that port would build it.
  {
    name: "build",
    command: `${BUILD} env -u SITE_URL PORT=${ports["next-start"]} npx next build`,
    needs: ["content check"],
    uses: [NEXT],
    after: ["static export", "generated export", "export under a path"],
  },
  { name: "browser tests on next start", ...browserTests("next-start"), needs: ["build"] },
  // Each budget (a size or a score on one page) counts as one test.
  { name: "performance budgets", command: "npm run --silent budgets", counts: report<Counts>("budgets.json", (budgets) => budgets), needs: ["build", "static export"] },
  { name: "lint", command: "npm run --silent lint", background: true },
  {
    name: "unit and component tests",
    command: `npx vitest run --reporter=default --reporter=json --outputFile=${RESULTS}/vitest.json`,
    counts: report<VitestReport>("vitest.json", vitestCounts),
    // Not in the background: vitest gives a test file's process 60 s to start, which a starved one missed.
  },
  // After the builds, which would clear the types it generates (`next start` does not read them),
  // and after `next dev`, which rewrites next-env.d.ts, which it reads.
  { name: "type-check", command: "npm run --silent typecheck", uses: [NEXT], background: true, after: ["build", "save and see in npm run dev"] },
  {
    name: "save and see in npm run dev",
    command: "npm run --silent test:dev",
    counts: report<PlaywrightReport>("playwright-dev.json", playwrightCounts),
    // Not in the background: it promises a saved file shows within seconds, which a starved server would miss.
    after: ["content check"],
  },
];

async function main(): Promise<number> {
  const started = Date.now();
  rmSync(RESULTS, { recursive: true, force: true });
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (!ensureSystemTools()) return 1;

  const chosen = process.argv.length > 2 ? stepsFor(steps, process.argv.slice(2)) : steps;
  const results = await runSteps(chosen, `${RESULTS}/logs`);
  const total = results.reduce((sum, { counts }) => ({ passed: sum.passed + counts.passed, failed: sum.failed + counts.failed }), { passed: 0, failed: 0 });

  console.log(`\n${timingTable(results, (Date.now() - started) / 1000)}`);
  for (const result of results.filter(({ status }) => status !== "passed")) {
    console.log(result.log ? `FAILED ${result.name}: its output is in ${result.log}` : `NOT RUN ${result.name}: ${result.blockedBy} failed`);
  }
  console.log(`\n${total.passed} passed, ${total.failed} failed`);
  return total.failed > 0 ? 1 : 0;
}

void main().then((code) => process.exit(code));
