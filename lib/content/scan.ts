import { lstatSync, readdirSync, type Dirent } from "node:fs";
import path from "node:path";
import { SLUG_PATTERN } from "./characters";
import { fileIssue, type ContentIssue, type Result } from "./issues";
import { limits } from "./limits";
import { repositoryPath } from "./repository-path";

/**
 * Stage 1 of the pipeline: which files are content. Walks content/careers/ without following a
 * link, and refuses what would not be read as the editor meant: links, devices, look-alike file
 * names, names that cannot be web addresses or that the site uses itself.
 */

/** A level file to read. */
interface ScannedLevel {
  slug: string;
  absolutePath: string;
}

/** A career folder whose name and layout hold: the files to read, and what its levels folder names. */
export interface ScannedCareer {
  slug: string;
  /** The career's index.md, when it is there and is a regular file. */
  indexPath?: string;
  levels: ScannedLevel[];
  /** Every level file's name, including those refused here: `buildsOn` may name them without a second mistake. */
  levelFileSlugs: string[];
  /** Repository path of the career's `levels` folder, where a new level is added. */
  levelsFolder: string;
}

/**
 * Names Next.js gives meaning to in a route folder (pages, layouts, metadata images and files):
 * a level file with one of these names would collide with a file the app has or may add.
 */
const NEXT_FILE_CONVENTIONS = [
  "apple-icon",
  "default",
  "error",
  "favicon",
  "forbidden",
  "global-error",
  "icon",
  "instrumentation",
  "layout",
  "loading",
  "manifest",
  "middleware",
  "not-found",
  "opengraph-image",
  "page",
  "proxy",
  "robots",
  "route",
  "sitemap",
  "template",
  "twitter-image",
  "unauthorized",
];

/**
 * What a career's address holds besides its levels (app/careers/[career]/, without extensions):
 * its comparison and its social card. tests/unit/content-fields.test.ts refuses a level named after
 * each entry of that folder, so a new route fails the tests until it is listed here.
 */
const CAREER_ROUTES = ["compare", "social-card"];

/** Level slugs the site cannot give to a level: the career's own routes, and Next.js's file conventions. */
export const RESERVED_LEVEL_SLUGS: ReadonlySet<string> = new Set([...CAREER_ROUTES, ...NEXT_FILE_CONVENTIONS]);

/** The entries of a folder, sorted so that problems are reported in the same order on every file system. */
const entriesOf = (folder: string): Dirent[] => readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** Files editors' tools leave behind (`.DS_Store`, `.gitkeep`) are not content and need no word. */
const isHidden = (entry: Dirent) => entry.name.startsWith(".");
const LOOKS_LIKE_MARKDOWN = /\.(?:md|markdown|mdown|mkdn?|mdx|txt)$/i;

/**
 * Why an entry that should be a file cannot be read as content, if it cannot: only regular files
 * are, so a link to a file outside content/ or to a device is refused without being opened.
 * `readdir` tells an entry's kind without following links.
 */
function notARegularFile(entry: Dirent): string | undefined {
  if (entry.isSymbolicLink()) return "this is a link; put the file or folder itself here instead of a link";
  if (entry.isDirectory()) return "this is a folder where a file was expected";
  if (!entry.isFile()) return "this is not an ordinary file (it is a device, a pipe or a socket); put a text file here";
  return undefined;
}

/** Names Windows keeps for devices: a folder or file named so cannot be checked out there, nor an export holding it copied there. */
export const RESERVED_BY_WINDOWS = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

function slugIssues(absolutePath: string, slug: string, kind: "folder" | "file"): ContentIssue[] {
  const where = repositoryPath(absolutePath);
  if (!SLUG_PATTERN.test(slug)) {
    return [
      fileIssue(
        where,
        `the ${kind} name ${JSON.stringify(slug)} must be lowercase words joined by hyphens, like "senior-manager"; it becomes the page's address`,
      ),
    ];
  }
  if (RESERVED_BY_WINDOWS.test(slug)) {
    return [fileIssue(where, `"${slug}" is a name Windows keeps for a device: a ${kind} named so cannot be checked out there; rename it`)];
  }
  const max = limits.slugLength.value;
  if (slug.length > max)
    return [fileIssue(where, `the ${kind} name "${slug}" is ${slug.length} characters long; use at most ${max}, as it becomes the page's address`)];
  return [];
}

/** The level files of a career; files and folders that look like levels but would not be read are named rather than skipped. */
function scanLevels(levelsDir: string, reserved: ReadonlySet<string>): { levels: ScannedLevel[]; levelFileSlugs: string[]; issues: ContentIssue[] } {
  const levels: ScannedLevel[] = [];
  const levelFileSlugs: string[] = [];
  const issues: ContentIssue[] = [];
  for (const entry of entriesOf(levelsDir)) {
    const absolutePath = path.join(levelsDir, entry.name);
    const where = repositoryPath(absolutePath);
    if (isHidden(entry)) continue;
    if (entry.isDirectory()) {
      issues.push(fileIssue(where, "folders inside levels/ are not read; move the level files directly into levels/"));
    } else if (!entry.name.endsWith(".md")) {
      issues.push(
        LOOKS_LIKE_MARKDOWN.test(entry.name)
          ? fileIssue(where, `this file is not read: level files end in .md; rename it to ${entry.name.replace(LOOKS_LIKE_MARKDOWN, "").toLowerCase()}.md`)
          : fileIssue(where, "this file is not read: a levels folder holds only level files ending in .md", "warning"),
      );
    } else {
      const notRegular = notARegularFile(entry);
      if (notRegular) {
        issues.push(fileIssue(where, notRegular));
        continue;
      }
      const slug = path.basename(entry.name, ".md");
      levelFileSlugs.push(slug);
      const nameIssues = slugIssues(absolutePath, slug, "file");
      if (nameIssues.length === 0 && reserved.has(slug)) {
        nameIssues.push(fileIssue(where, `"${slug}" is a reserved name: the site uses it for its own pages and files; rename the file`));
      }
      issues.push(...nameIssues);
      if (nameIssues.length === 0) levels.push({ slug, absolutePath });
    }
  }
  return { levels, levelFileSlugs, issues };
}

function scanCareer(careerDir: string, reserved: ReadonlySet<string>): Result<ScannedCareer> {
  const slug = path.basename(careerDir);
  const nameIssues = slugIssues(careerDir, slug, "folder");
  if (nameIssues.length > 0) return { issues: nameIssues };

  const levelsDir = path.join(careerDir, "levels");
  const issues: ContentIssue[] = [];
  let indexPath: string | undefined;
  let indexSeen = false;
  let levelsEntry: Dirent | undefined;
  for (const entry of entriesOf(careerDir)) {
    const where = repositoryPath(path.join(careerDir, entry.name));
    if (entry.name === "index.md") {
      indexSeen = true;
      const notRegular = notARegularFile(entry);
      if (notRegular) issues.push(fileIssue(where, notRegular));
      else indexPath = path.join(careerDir, entry.name);
    } else if (entry.name === "levels") {
      levelsEntry = entry;
    } else if (!isHidden(entry)) {
      issues.push(fileIssue(where, "this is not read: a career folder holds index.md and a levels folder", "warning"));
    }
  }
  if (!indexSeen) {
    issues.push(fileIssue(repositoryPath(careerDir), "a career folder needs an index.md with the role description"));
  }

  const levelsIsFolder = levelsEntry?.isDirectory() === true;
  if (levelsEntry && !levelsIsFolder)
    issues.push(fileIssue(repositoryPath(levelsDir), "levels must be a folder holding the level files, not a link or a file"));
  const scanned = levelsIsFolder ? scanLevels(levelsDir, reserved) : { levels: [], levelFileSlugs: [], issues: [] };
  issues.push(...scanned.issues);
  const count = scanned.levelFileSlugs.length;
  const most = limits.levels.value;
  const tooMany = count > most;
  if (tooMany) {
    issues.push(
      fileIssue(repositoryPath(levelsDir), `this career has ${count} level files; a career holds at most ${most} levels: merge or remove ${count - most}`),
    );
  }
  if (count === 0) {
    const where = indexPath ? repositoryPath(indexPath) : repositoryPath(careerDir);
    issues.push(fileIssue(where, `the career has no levels: add at least one file like ${repositoryPath(levelsDir)}/entry.md`));
  }
  return {
    // None of too many levels is read: the career cannot be published as it is, and reading
    // thousands of files would only delay the one message that matters.
    value: { slug, indexPath, levels: tooMany ? [] : scanned.levels, levelFileSlugs: scanned.levelFileSlugs, levelsFolder: repositoryPath(levelsDir) },
    issues,
  };
}

/**
 * Every career folder under `contentDir`/careers, each with the files in it that the next stages
 * read and its own problems; the issues beside them are the careers folder's own.
 */
export function scanContent(contentDir: string): Result<Result<ScannedCareer>[]> {
  const careersDir = path.join(contentDir, "careers");
  let entries: Dirent[];
  try {
    // A linked careers folder would publish whatever it points to, as a linked career folder would.
    if (lstatSync(careersDir).isSymbolicLink())
      return { issues: [fileIssue(repositoryPath(careersDir), "this is a link; put the careers folder itself here")] };
    entries = entriesOf(careersDir);
  } catch {
    return { issues: [fileIssue(repositoryPath(careersDir), "there is no careers folder; each career lives in content/careers/<career>/")] };
  }
  const careers: Result<ScannedCareer>[] = [];
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const where = path.join(careersDir, entry.name);
    if (isHidden(entry)) continue;
    if (!entry.isDirectory()) {
      const message = entry.isSymbolicLink()
        ? "this is a link; put the career's folder itself here"
        : "this file is not read: each career is a folder in content/careers/ with an index.md";
      issues.push(fileIssue(repositoryPath(where), message, entry.isSymbolicLink() ? "error" : "warning"));
      continue;
    }
    careers.push(scanCareer(where, RESERVED_LEVEL_SLUGS));
  }
  // An empty guide would export a home page that lists nothing and no sitemap entry to follow.
  if (careers.length === 0 && issues.length === 0) {
    issues.push(
      fileIssue(
        repositoryPath(careersDir),
        "there are no careers yet: add a folder such as content/careers/hr-generalist/ with an index.md and a levels folder",
      ),
    );
  }
  return { value: careers, issues };
}
