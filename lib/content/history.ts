import { execFileSync } from "node:child_process";
import path from "node:path";
import { repositoryPath } from "./repository-path";

/**
 * The date of the last commit to each file under `directory`, keyed by the file's repository
 * path (as content files carry it), read with one `git log` for the whole tree. Outside a git
 * checkout the map is simply empty.
 */
export function lastCommitDates(directory: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync("git", ["log", "--format=@%cs", "--name-only", "--relative", "--", "."], {
      cwd: directory,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  const prefix = repositoryPath(directory);
  let date = "";
  for (const line of log.split("\n")) {
    if (line.startsWith("@")) date = line.slice(1);
    else if (line) {
      const file = path.posix.join(prefix, line);
      if (!dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}

/** The most recent of some `YYYY-MM-DD` dates (they sort as text), or `undefined` when none is known. */
export function latestDate(dates: readonly (string | undefined)[]): string | undefined {
  return dates
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1);
}
