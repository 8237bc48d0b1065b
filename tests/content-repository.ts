import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A git repository in a temporary folder whose `content/` starts as a fixture, committed on
 * `main`, with a branch `change` checked out for the test to edit and commit: what a pull request is.
 */
export interface ContentRepository {
  root: string;
  contentDir: string;
  /** Replaces a content file's text (a path under content/) with what `edit` makes of it. */
  edit(file: string, edit: (text: string) => string): void;
  write(file: string, text: string): void;
  remove(file: string): void;
  rename(from: string, to: string): void;
  commit(message: string): void;
  /** Removes the folder. */
  dispose(): void;
}

const GIT_IDENTITY = ["-c", "user.name=Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgsign=false"];

/** `published` edits the fixture before it is committed on `main`. */
export function contentRepository(fixtureContent: string, published?: (repository: ContentRepository) => void): ContentRepository {
  const root = mkdtempSync(path.join(tmpdir(), "changes-repository-"));
  const contentDir = path.join(root, "content");
  const git = (...args: string[]) => execFileSync("git", [...GIT_IDENTITY, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  cpSync(fixtureContent, contentDir, { recursive: true });
  git("init", "--quiet", "--initial-branch=main");
  const at = (file: string) => path.join(contentDir, file);
  const repository: ContentRepository = {
    root,
    contentDir,
    edit: (file, edit) => writeFileSync(at(file), edit(readFileSync(at(file), "utf8"))),
    write: (file, text) => writeFileSync(at(file), text),
    remove: (file) => git("rm", "--quiet", "-r", path.join("content", file)),
    rename: (from, to) => git("mv", path.join("content", from), path.join("content", to)),
    commit: (message) => {
      git("add", "--all");
      git("commit", "--quiet", "--allow-empty", "--message", message);
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
  published?.(repository);
  repository.commit("The guide as published");
  git("checkout", "--quiet", "-b", "change");
  return repository;
}
