import { checkContent } from "../lib/content";
import { commandLine } from "./lib/command-line";

commandLine("usage: npm run check   (CONTENT_DIR names another content folder)", {});

// Checks every content file (or the tree in CONTENT_DIR) and prints every problem, one per line;
// on GitHub Actions each problem is also annotated on the line it is about.
const { lines, exitCode } = checkContent(undefined, { githubAnnotations: process.env.GITHUB_ACTIONS === "true" });
for (const line of lines) console.log(line);
process.exitCode = exitCode;
