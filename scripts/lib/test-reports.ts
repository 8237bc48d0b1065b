import type { JSONReport, JSONReportSuite } from "@playwright/test/reporter";
import path from "node:path";
import type { JsonTestResults } from "vitest/reporters";
import type { Counts } from "./step-runner";

/** Longer than any assertion's own line, short enough that a run's last screen shows every failure. */
const SUMMARY_CHARACTERS = 240;

/**
 * An error's message on one line: what it says before its stack, without the colours a runner adds
 * for a terminal (Playwright's first line names only the matcher; its expected and received follow).
 */
const summary = (message = "") => {
  const text = message
    .replace(/\u001b\[[\d;]*m/g, "")
    .split(/\n\s+at /)[0]!
    .replace(/\s+/g, " ")
    .trim();
  return text.length > SUMMARY_CHARACTERS ? `${text.slice(0, SUMMARY_CHARACTERS - 1)}…` : text;
};

/** Counts from Vitest's JSON report, and each failed test as file > name: error. */
export const vitestCounts = (vitest: JsonTestResults): Counts => ({
  passed: vitest.numPassedTests,
  failed: vitest.numFailedTests,
  failures: vitest.testResults.flatMap((file) => {
    const where = path.relative(process.cwd(), file.name);
    const tests = file.assertionResults.filter((test) => test.status === "failed");
    // A file whose hooks or imports failed fails without a failed test of its own.
    if (tests.length === 0) return file.status === "failed" ? [`${where}: ${summary(file.message)}`] : [];
    return tests.map((test) => `${where} > ${[...test.ancestorTitles, test.title].join(" > ")}: ${summary(test.failureMessages?.[0])}`);
  }),
});

// A file's own suite is titled with the file's name, which each failure names already.
const playwrightFailures = (suite: JSONReportSuite, titles: string[] = []): string[] => {
  const titlePath = suite.title === suite.file ? titles : [...titles, suite.title];
  return [
    ...suite.specs.flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === "unexpected")
        .map(
          (test) =>
            `${spec.file}:${spec.line} [${test.projectName}] ${[...titlePath, spec.title].join(" > ")}: ${summary(test.results.at(-1)?.error?.message)}`,
        ),
    ),
    ...(suite.suites ?? []).flatMap((inner) => playwrightFailures(inner, titlePath)),
  ];
};

/** Counts from Playwright's JSON report (a test that passed on a retry passes), its errors outside tests, and each failed test as file:line [project] title: error. */
export const playwrightCounts = ({ stats, suites, errors }: JSONReport): Counts => ({
  passed: stats.expected + stats.flaky,
  failed: stats.unexpected,
  // Errors outside any test (a spec that does not load, a server that does not start) come first.
  failures: [...errors.map((error) => summary(error.message)), ...suites.flatMap((suite) => playwrightFailures(suite))],
});
