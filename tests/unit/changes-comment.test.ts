import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";

interface CommentModule {
  COMMENT_LIMIT: number;
  SUMMARY_LIMIT_BYTES: number;
  MARKER: string;
  commentBody(report: { report: string; whole: boolean; fromFork: boolean; headSha: string; runUrl: string }): string;
  summaryBody(report: string): string;
  postChangesComment(options: { github: unknown; context: unknown; core: unknown; reportDir: string }): Promise<void>;
}
// Plain CommonJS, as the comment workflow runs it without installing the project.
const comment = createRequire(import.meta.url)("../../.github/scripts/changes-comment.cjs") as CommentModule;

const RUN_URL = "https://github.com/career-guide/career-guide/actions/runs/42";
const HEAD_SHA = "0123456789abcdef0123456789abcdef01234567";
const forkBody = (report: string, whole = true) => comment.commentBody({ report, whole, fromFork: true, headSha: HEAD_SHA, runUrl: RUN_URL });

/** What the tests read of a Markdown syntax tree's node. */
interface MarkdownNode {
  type: string;
  value?: string;
  url?: string;
  children?: MarkdownNode[];
}

/** Every node of the body as GitHub's Markdown (GFM) reads it. */
function nodesOf(body: string): MarkdownNode[] {
  const nodes: MarkdownNode[] = [];
  const walk = (node: MarkdownNode) => {
    nodes.push(node);
    node.children?.forEach(walk);
  };
  walk(remark().use(remarkGfm).parse(body));
  return nodes;
}

/** What a fork could write into its report to make the bot say more than the report. */
const HOSTILE_REPORT = [
  "# No change for readers",
  "No change for readers, for commit ffffffffffff.",
  "[a link](https://evil.example/) and ![an image](https://evil.example/pixel.png) and https://evil.example/bare",
  '<img src="https://evil.example/pixel.png"> <details open><summary>Approved</summary></details>',
  "@maintainer please merge; fixes #1 and other/repo#2 and GH-3",
  "````",
  "```text",
  "~~~",
  "`````````` ten backticks",
  "``````````",
  "~~~~~~~~~~~~~~~~~~~~",
  "</code></pre> <!-- -->",
  "| a | table |\n| - | - |",
].join("\n");

describe("the comment for a fork's pull request", () => {
  it("shows the whole report as the run's output, inside one fence no line of it can close", () => {
    const body = forkBody(HOSTILE_REPORT);
    const nodes = nodesOf(body);
    const code = nodes.filter((node) => node.type === "code");
    expect(code).toHaveLength(1);
    expect(code[0]!.value).toBe(HOSTILE_REPORT);
    // The only link is the bot's own, to the run; no image, HTML, mention or reference is rendered.
    expect(nodes.filter((node) => node.type === "link").map((node) => node.url)).toEqual([RUN_URL]);
    // The only HTML is the bot's marker, which GitHub shows as nothing.
    expect(nodes.filter((node) => node.type === "html").map((node) => node.value)).toEqual([comment.MARKER]);
    expect(nodes.filter((node) => ["image", "imageReference", "linkReference", "footnoteReference", "table"].includes(node.type))).toEqual([]);
    const prose = nodes.filter((node) => node.type === "text").map((node) => node.value);
    expect(prose.join(" ")).not.toMatch(/@maintainer|#1|repo#2|evil|No change for readers/);
    expect(body).toContain(`for commit ${HEAD_SHA.slice(0, 12)}`);
    expect(body.startsWith(comment.MARKER)).toBe(true);
  });

  it("fits a long report within GitHub's limit, the fence closed, and says what was left out and where the rest is", () => {
    const report = Array.from({ length: 20_000 }, (_, index) => `- item ${index} [link](https://evil.example/${index}) \`\`\`\``).join("\n");
    const body = forkBody(report);
    expect(body.length).toBeLessThanOrEqual(comment.COMMENT_LIMIT);
    const nodes = nodesOf(body);
    const [code, ...others] = nodes.filter((node) => node.type === "code");
    expect(others).toEqual([]);
    expect(report.startsWith(code!.value!)).toBe(true);
    const shown = code!.value!.split("\n").length;
    expect(
      body.endsWith(
        `**The report is cut here**: ${shown} of its 20000 lines fit in a comment. The whole report is in the \`changes-report\` artifact of [the run](${RUN_URL}).`,
      ),
    ).toBe(true);
    expect(nodes.filter((node) => node.type === "link").map((node) => node.url)).toEqual([RUN_URL, RUN_URL]);
  });

  it("keeps a report whose backtick and tilde runs are longer than a comment in an indented block, within the limit", () => {
    const report = ["`".repeat(40_000), "~".repeat(20_000), "[a link](https://evil.example/) @maintainer", "", "<img src=x>"].join("\n");
    const body = forkBody(report);
    expect(body.length).toBeLessThanOrEqual(comment.COMMENT_LIMIT);
    const nodes = nodesOf(body);
    const [code, ...others] = nodes.filter((node) => node.type === "code");
    expect(others).toEqual([]);
    expect(code!.value).toBe(report);
    expect(nodes.filter((node) => node.type === "link").map((node) => node.url)).toEqual([RUN_URL]);
    expect(nodes.filter((node) => node.type === "html").map((node) => node.value)).toEqual([comment.MARKER]);
  });

  it("shows only lines the run wrote, adding no fence of its own where it cuts inside the report's code block", () => {
    const report = ["```", ...Array.from({ length: 20_000 }, (_, index) => `line ${index}`)].join("\n");
    const [code] = nodesOf(forkBody(report)).filter((node) => node.type === "code");
    expect(report.startsWith(code!.value!)).toBe(true);
  });

  it("cuts a report of one long line of emoji within the limit, never inside a character", () => {
    const body = forkBody("👩‍💻".repeat(40_000));
    expect(body.length).toBeLessThanOrEqual(comment.COMMENT_LIMIT);
    expect(body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(body).toContain("**The report is cut here**: 1 of its 1 lines");
  });

  it("says only the first lines are shown when the artifact's report was longer than could be read", () => {
    expect(forkBody("line\n".repeat(60_000), false)).toMatch(/\*\*The report is cut here\*\*: its first \d+ lines fit in a comment\./);
  });
});

describe("the comment for a pull request from the repository's own branches", () => {
  const body = (report: string) => comment.commentBody({ report, whole: true, fromFork: false, headSha: HEAD_SHA, runUrl: RUN_URL });

  it("keeps the report's Markdown and mentions no one", () => {
    const text = body("## Pages\n- [Entry level](/careers/x/entry/) changed, thanks @someone");
    expect(text).toContain("- [Entry level](/careers/x/entry/) changed, thanks @\u200bsomeone");
  });

  it("cuts after making mentions inert, so a report of @ signs still fits, and closes a code block it cuts", () => {
    expect(body("@".repeat(60_000)).length).toBeLessThanOrEqual(comment.COMMENT_LIMIT);
    const text = body(["```text", ...Array.from({ length: 40_000 }, (_, index) => `line ${index}`), "```"].join("\n"));
    expect(text.length).toBeLessThanOrEqual(comment.COMMENT_LIMIT);
    const code = nodesOf(text).filter((node) => node.type === "code");
    expect(code).toHaveLength(1);
    expect(text).toMatch(/\n```\n\n\*\*The report is cut here\*\*: \d+ of its 40002 lines/);
  });
});

describe("cutting the repository's own report", () => {
  it("closes a code block it cuts even after a line that looks like a fence with an info string, which closes nothing", () => {
    const report = ["```text", "```js", ...Array.from({ length: 40_000 }, (_, index) => `line ${index}`), "```"].join("\n");
    const body = comment.commentBody({ report, whole: true, fromFork: false, headSha: HEAD_SHA, runUrl: RUN_URL });
    const nodes = nodesOf(body);
    expect(nodes.filter((node) => node.type === "code")).toHaveLength(1);
    // The note is read as Markdown after the block, not swallowed by it.
    expect(nodes.filter((node) => node.type === "strong").map((node) => node.children?.[0]?.value)).toEqual(["The report is cut here"]);
  });
});

describe("the job summary", () => {
  it("fits a report of 12,000 reworded items within its 1 MiB, and says the whole report is in the artifact", () => {
    const report = Array.from({ length: 12_000 }, (_, index) => `- Reworded: \`${"word ".repeat(20)}${index}\` → \`${"new ".repeat(20)}${index}\``).join("\n");
    const summary = comment.summaryBody(report);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(comment.SUMMARY_LIMIT_BYTES);
    expect(summary).toMatch(
      /\*\*The report is cut here\*\*: \d+ of its 12000 lines fit in a job summary\. The whole report is in the `changes-report` artifact\.$/,
    );
    expect(comment.summaryBody("- one change")).toBe("- one change");
  });
});

describe("posting the comment", () => {
  /** A fake of the parts of GitHub's API the workflow uses, recording what it is asked to do. */
  function fakeGitHub({ headSha = HEAD_SHA, comments = [] as { id: number; user: { login: string }; body: string }[] } = {}) {
    const calls: { method: string; body?: string; id?: number }[] = [];
    return {
      calls,
      github: {
        paginate: async (method: () => unknown) => (method(), comments),
        rest: {
          pulls: { get: async () => ({ data: { head: { sha: headSha } } }) },
          issues: {
            listComments: () => undefined,
            createComment: async ({ body }: { body: string }) => void calls.push({ method: "create", body }),
            updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => void calls.push({ method: "update", id: comment_id, body }),
          },
        },
      },
      core: {
        setFailed: (message: string) => void calls.push({ method: "failed", body: message }),
        notice: (message: string) => void calls.push({ method: "notice", body: message }),
      },
    };
  }
  const context = (headRepository: string, pullRequests: number[] = []) => ({
    repo: { owner: "career-guide", repo: "career-guide" },
    payload: {
      workflow_run: {
        head_sha: HEAD_SHA,
        html_url: RUN_URL,
        head_repository: { full_name: headRepository },
        pull_requests: pullRequests.map((number) => ({ number })),
      },
    },
  });
  function artifact(number: string, report: string): string {
    const folder = mkdtempSync(path.join(tmpdir(), "changes-report-"));
    writeFileSync(path.join(folder, "pr-number"), number);
    writeFileSync(path.join(folder, "report.md"), report);
    return folder;
  }

  it("posts a fork's report inside its fence, and updates the bot's comment rather than adding one", async () => {
    const api = fakeGitHub();
    await comment.postChangesComment({ ...api, context: context("someone/fork"), reportDir: artifact("7", HOSTILE_REPORT) });
    expect(api.calls).toEqual([{ method: "create", body: forkBody(HOSTILE_REPORT) }]);

    const existing = fakeGitHub({ comments: [{ id: 3, user: { login: "github-actions[bot]" }, body: `${comment.MARKER}\nold` }] });
    await comment.postChangesComment({ ...existing, context: context("someone/fork"), reportDir: artifact("7", "- a change") });
    expect(existing.calls).toEqual([{ method: "update", id: 3, body: forkBody("- a change") }]);
  });

  it("posts a report of the repository's own branch as Markdown", async () => {
    const api = fakeGitHub();
    await comment.postChangesComment({ ...api, context: context("career-guide/career-guide", [7]), reportDir: artifact("7", "- [a page](/x/)") });
    expect(api.calls).toEqual([{ method: "create", body: `${comment.MARKER}\nFor commit ${HEAD_SHA.slice(0, 12)}.\n\n- [a page](/x/)` }]);
  });

  it("leaves comments that are not the bot's own marked one alone", async () => {
    const comments = [
      { id: 1, user: { login: "someone" }, body: `${comment.MARKER}\nfake` },
      { id: 2, user: { login: "github-actions[bot]" }, body: "an unrelated comment" },
    ];
    const api = fakeGitHub({ comments });
    await comment.postChangesComment({ ...api, context: context("someone/fork"), reportDir: artifact("7", "- a change") });
    expect(api.calls.map((call) => call.method)).toEqual(["create"]);
  });

  it.each(["7; curl evil.example", "1e3", "", "-7", "7\n8"])("refuses a pull request number that is not digits (%j), and posts nothing", async (number) => {
    const api = fakeGitHub();
    await comment.postChangesComment({ ...api, context: context("someone/fork"), reportDir: artifact(number, "x") });
    expect(api.calls).toEqual([{ method: "failed", body: "pr-number in the changes-report artifact is not a pull request's number" }]);
  });

  it("reads no file the artifact links to", async () => {
    const secret = path.join(mkdtempSync(path.join(tmpdir(), "runner-")), "secret");
    writeFileSync(secret, "not for a comment");
    const folder = artifact("7", "x");
    rmSync(path.join(folder, "report.md"));
    symlinkSync(secret, path.join(folder, "report.md"));
    const api = fakeGitHub();
    await expect(comment.postChangesComment({ ...api, context: context("someone/fork"), reportDir: folder })).rejects.toThrow(
      "report.md in the changes-report artifact is not a regular file",
    );
    expect(api.calls).toEqual([]);
  });

  it("refuses an artifact that names another pull request, and stays silent for a commit the pull request has left", async () => {
    const other = fakeGitHub();
    await comment.postChangesComment({ ...other, context: context("career-guide/career-guide", [8]), reportDir: artifact("7", "x") });
    expect(other.calls).toEqual([{ method: "failed", body: "The run is for pull request #8, not #7" }]);
    const moved = fakeGitHub({ headSha: "f".repeat(40) });
    await comment.postChangesComment({ ...moved, context: context("someone/fork"), reportDir: artifact("7", "x") });
    expect(moved.calls.map((call) => call.method)).toEqual(["notice"]);
  });
});
