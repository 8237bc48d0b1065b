import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadContent, repositoryPath, type Career, type ContentIssue, type Result } from "../content";

/**
 * The other side of a change: the content as it was where a branch left `ref` (their merge base),
 * taken out of git into a temporary folder and read by the one loader, as the working tree is,
 * which is read from a copy too. Nothing is run but git and tar; each folder stays while its pages
 * are rendered, then is removed.
 */

/** Something git could not do: a ref that names no commit, a folder outside a repository. */
export class GitError extends Error {
  override name = "GitError";
}

const GIT_OUTPUT_LIMIT = 1024 * 1024 * 1024;

function git(args: readonly string[], cwd: string): Buffer {
  const result = spawnSync("git", args, { cwd, maxBuffer: GIT_OUTPUT_LIMIT, stdio: ["ignore", "pipe", "pipe"] });
  if (result.error) throw new GitError(`git ${args[0]}: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args[0]}: ${result.stderr.toString().trim() || `exited with ${result.status}`}`);
  return result.stdout;
}

/** The commit where the branch checked out in `contentDir` left `ref`. */
function mergeBase(ref: string, contentDir: string): string {
  // A ref is a command-line argument to git: one starting with "-" would be read as an option.
  if (ref === "" || ref.startsWith("-")) throw new GitError(`"${ref}" is not a git ref; give a branch, tag or commit, such as origin/main`);
  try {
    return git(["merge-base", ref, "HEAD"], contentDir).toString().trim();
  } catch (error) {
    // A shallow clone (actions/checkout's default depth of 1) has no merge base to find.
    throw new GitError(
      `${(error as Error).message}\nno merge base of "${ref}" and HEAD: is "${ref}" fetched, with the history back to where this branch left it (fetch-depth: 0)?`,
    );
  }
}

/**
 * One side of a change, read from a copy outside git, where the loader knows no commit dates: a
 * "Last updated" date moves with every commit to a file and tells a reader nothing new.
 */
export interface ContentCopy {
  /** Its content as the loader reads it, with file paths where the working tree has them. */
  content: Required<Result<Career[]>>;
  /** The copy, for the side's pages to be rendered from; none where the guides did not exist yet. */
  contentDir?: string;
}

export interface BaseContent extends ContentCopy {
  /** The merge base's commit. */
  commit: string;
}

/** The path `from` starts with, swapped for `to`. */
const movedPath = (file: string, from: string, to: string) => (file === from || file.startsWith(`${from}/`) ? to + file.slice(from.length) : file);

/**
 * Loaded content whose files were read under `from` (repository paths), named as if read under
 * `to`, so that both sides of a change name a file alike and issues point at the file an editor opens.
 */
function relocated({ value, issues }: Required<Result<Career[]>>, from: string, to: string): Required<Result<Career[]>> {
  const move = (file: string) => movedPath(file, from, to);
  const relocatedIssue = (issue: ContentIssue): ContentIssue => ({ ...issue, file: move(issue.file), message: issue.message.replaceAll(`${from}/`, `${to}/`) });
  return {
    value: value.map((career) => ({
      ...career,
      sourcePath: move(career.sourcePath),
      levelsFolder: move(career.levelsFolder),
      levels: career.levels.map((level) => ({ ...level, sourcePath: move(level.sourcePath) })),
    })),
    issues: issues.map(relocatedIssue),
  };
}

/** `contentDir` written out by `write` into a temporary folder and loaded there, while `work` runs. */
async function withCopy<T>(contentDir: string, write: (copyDir: string) => void, work: (copy: ContentCopy) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(path.join(tmpdir(), "changes-"));
  try {
    const copyDir = path.join(folder, path.basename(contentDir));
    write(copyDir);
    return await work({ content: relocated(loadContent(copyDir), repositoryPath(copyDir), repositoryPath(contentDir)), contentDir: copyDir });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The content of `contentDir` at the merge base of `ref` and HEAD, loaded as the working tree is, while `work` runs. */
export async function withBaseContent<T>(ref: string, contentDir: string, work: (base: BaseContent) => Promise<T>): Promise<T> {
  const commit = mergeBase(ref, contentDir);
  // The guides may not exist yet at the base: then there was no career to compare with.
  const existed = spawnSync("git", ["cat-file", "-e", `${commit}:./careers`], { cwd: contentDir, stdio: "ignore" }).status === 0;
  if (!existed) return work({ commit, content: { value: [], issues: [] } });
  const extract = (baseDir: string) => {
    mkdirSync(baseDir);
    // Run in the content folder, git archive takes that folder alone, its paths relative to it.
    const archive = git(["archive", "--format=tar", commit], contentDir);
    execFileSync("tar", ["-x", "-f", "-", "-C", baseDir], { input: archive, stdio: ["pipe", "ignore", "pipe"], maxBuffer: GIT_OUTPUT_LIMIT });
  };
  return withCopy(contentDir, extract, (copy) => work({ commit, ...copy }));
}

/** The content of `contentDir` as the working tree has it, read from a copy as the base is, while `work` runs. */
export function withWorkingContent<T>(contentDir: string, work: (copy: ContentCopy) => Promise<T>): Promise<T> {
  return withCopy(contentDir, (copyDir) => cpSync(contentDir, copyDir, { recursive: true }), work);
}
