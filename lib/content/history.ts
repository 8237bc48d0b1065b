import { execFileSync } from "node:child_process";

/**
 * The date of the last commit to each file under `directory` (paths relative to it), read with
 * one `git log` for the whole tree. Outside a git checkout the map is simply empty.
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
  let date = "";
  for (const line of log.split("\n")) {
    if (line.startsWith("@")) date = line.slice(1);
    else if (line && !dates.has(line)) dates.set(line, date);
  }
  return dates;
}

/** The most recent of some `YYYY-MM-DD` dates (they sort as text), or `undefined` when none is known. */
export function latestDate(dates: readonly (string | undefined)[]): string | undefined {
  return dates.filter((date): date is string => date !== undefined).sort().at(-1);
}
