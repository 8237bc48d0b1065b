import { formatIssue } from "../lib/content/errors";
import { loadContent } from "../lib/content/load";

// Checks every content file (or the tree in CONTENT_DIR) and prints every problem, one per line.
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

const { careers, issues } = loadContent();
for (const issue of issues) console.log(formatIssue(issue));

const errors = issues.filter((issue) => issue.severity === "error").length;
const warnings = issues.length - errors;
if (errors > 0) {
  const files = new Set(issues.map((issue) => issue.file)).size;
  console.log(`${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")}`);
  process.exitCode = 1;
} else {
  const levels = careers.reduce((count, career) => count + career.levels.length, 0);
  const warned = warnings > 0 ? `, ${plural(warnings, "warning")}` : "";
  console.log(`Content OK: ${plural(careers.length, "career")}, ${plural(levels, "level")}${warned}`);
}
