// The changes report's comment on a pull request, and its job summary, each cut to what GitHub
// holds. Plain Node (CommonJS, no dependencies): the comment workflow runs it from the default
// branch's own copy (changes-comment.yml) without installing the project, and the checks run it to
// write the job summary (checks.yml). Tested in tests/unit/changes-comment.test.ts.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

/** Where the workflow finds its comment among the pull request's comments. */
const MARKER = "<!-- career-guide-changes -->";
/** GitHub refuses a comment body longer than this many characters. */
const COMMENT_LIMIT = 65536;
/** GitHub refuses a step's job summary larger than this many bytes (1 MiB). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** The artifact that keeps the whole report (checks.yml uploads it). */
const ARTIFACT = "changes-report";

const characters = (text) => text.length;
const bytes = (text) => Buffer.byteLength(text, "utf8");

/** `text` cut to at most `size` by `measure`, never between the two halves of a surrogate pair. */
function prefixWithin(text, size, measure) {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, middle)) <= size) low = middle;
    else high = middle - 1;
  }
  const last = text.charCodeAt(low - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? low - 1 : low);
}

/** The fence a line opens a Markdown code block with (an info string may follow it, with no backtick after a backtick fence), or undefined. */
const openingFence = (line) => /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/.exec(line)?.[1];
/** Whether a line closes the code block `open` opened: the same character, at least as many, and nothing after. */
const closes = (line, open) => {
  const fence = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
  return fence !== undefined && fence[0] === open[0] && fence.length >= open.length;
};

/**
 * `lines` framed by `before` and `after`, all within `limit` as `measure` counts it. When the lines
 * do not all fit, the first ones that do are kept and `cutNote(shown, total)` says what was left
 * out; with `closeCodeBlocks`, a code block they open is closed again (Markdown, not text shown as
 * it was written). Returns the text.
 */
function fitToLimit({ before, lines, after, limit, measure, cutNote, closeCodeBlocks = false }) {
  const whole = [...before, ...lines, ...after].join("\n");
  if (measure(whole) <= limit) return whole;
  // The note's counts only grow by digits; one measured with the total twice is never shorter.
  const reserved = measure([...before, ...after, cutNote(lines.length, lines.length), ""].join("\n")) + 1;
  const kept = [];
  let size = reserved;
  let open;
  for (const line of lines) {
    const nextOpen = !closeCodeBlocks ? undefined : open === undefined ? openingFence(line) : closes(line, open) ? undefined : open;
    const closing = nextOpen === undefined ? 0 : measure(nextOpen) + 1;
    if (size + measure(line) + 1 + closing > limit) break;
    kept.push(line);
    size += measure(line) + 1;
    open = nextOpen;
  }
  if (kept.length === 0 && lines.length > 0) kept.push(prefixWithin(lines[0], Math.max(0, limit - reserved), measure));
  const shown = kept.length;
  if (open !== undefined) kept.push(open);
  const text = [...before, ...kept, ...after, "", cutNote(shown, lines.length)].join("\n");
  // Only a frame larger than the limit could get here; GitHub would refuse the body.
  if (measure(text) > limit) throw new Error(`The report's frame alone is longer than the ${limit} GitHub holds`);
  return text;
}

const longestRun = (text, character) => Math.max(0, ...(text.match(new RegExp(`${character}+`, "g")) ?? []).map((run) => run.length));

/** A fence this long still leaves the comment room; a report whose runs need a longer one is indented instead. */
const LONGEST_FENCE = 1000;

/**
 * `lines` as one code block that nothing in them can close: a fence of backticks or tildes longer
 * than any run of that character in them, or, when both need a fence longer than LONGEST_FENCE, every line
 * indented by four spaces (an indented block, which only a line indented less can end).
 */
function inertBlock(lines) {
  const text = lines.join("\n");
  const [character, run] = [
    ["`", longestRun(text, "`")],
    ["~", longestRun(text, "~")],
  ].sort((a, b) => a[1] - b[1])[0];
  if (run + 1 <= LONGEST_FENCE) {
    const fence = character.repeat(Math.max(3, run + 1));
    return { before: [`${fence}text`], lines, after: [fence] };
  }
  return { before: [], lines: lines.map((line) => `    ${line}`), after: [] };
}

/**
 * The comment for a report. A fork's run wrote the report with the pull request's own code, so it
 * is posted as that run's output, inside one code block nothing in it can close (inertBlock),
 * where GitHub renders no link, image, HTML, mention or reference; a run of the repository's own
 * branches is trusted, and its report is posted as Markdown, mentions made inert.
 */
function commentBody({ report, whole, fromFork, headSha, runUrl }) {
  const commit = headSha.slice(0, 12);
  const cutNote = (shown, total) =>
    `**The report is cut here**: ${whole ? `${shown} of its ${total} lines` : `its first ${shown} lines`} fit in a comment. The whole report is in the \`${ARTIFACT}\` artifact of [the run](${runUrl}).`;
  const lines = report.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  if (fromFork) {
    const block = inertBlock(lines);
    return fitToLimit({
      before: [
        MARKER,
        `The changes report as the pull request's own [run of the checks](${runUrl}) wrote it for commit ${commit}. The pull request comes from a fork, so its report is shown as plain text, as that run's output.`,
        "",
        ...block.before,
      ],
      lines: block.lines,
      after: block.after,
      limit: COMMENT_LIMIT,
      measure: characters,
      cutNote,
    });
  }
  // No one is mentioned from the repository's bot: a zero-width space after each @. The report
  // writes content text only in code spans and blocks longer than any run in them
  // (lib/changes/inert.ts), so its blocks close where it meant them to.
  return fitToLimit({
    before: [MARKER, `For commit ${commit}.`, ""],
    lines: lines.map((line) => line.replace(/@/g, "@\u200b")),
    after: [],
    limit: COMMENT_LIMIT,
    measure: characters,
    cutNote,
    closeCodeBlocks: true,
  });
}

/** The report for the job summary, within its 1 MiB. */
function summaryBody(report) {
  const lines = report.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  const cutNote = (shown, total) =>
    `**The report is cut here**: ${shown} of its ${total} lines fit in a job summary. The whole report is in the \`${ARTIFACT}\` artifact.`;
  return fitToLimit({ before: [], lines, after: [], limit: SUMMARY_LIMIT_BYTES, measure: bytes, cutNote, closeCodeBlocks: true });
}

/**
 * Reads a file the run left in the artifact: a regular file only (an artifact could hold a link
 * to a file of the runner), and no more of it than a comment can use, 3 bytes for each UTF-16 unit a comment counts at most.
 */
function readArtifactFile(reportDir, name) {
  const file = path.join(reportDir, name);
  if (!fs.lstatSync(file).isFile()) throw new Error(`${name} in the ${ARTIFACT} artifact is not a regular file`);
  const buffer = Buffer.alloc(COMMENT_LIMIT * 3);
  const descriptor = fs.openSync(file, "r");
  try {
    const read = fs.readSync(descriptor, buffer, 0, buffer.length, 0);
    // A cut inside a character leaves a replacement character at the end, never half of one.
    return { text: buffer.subarray(0, read).toString("utf8"), whole: read === fs.fstatSync(descriptor).size };
  } finally {
    fs.closeSync(descriptor);
  }
}

/** Posts or updates the pull request's one changes comment, from the artifact a run of the checks left. */
async function postChangesComment({ github, context, core, reportDir }) {
  const run = context.payload.workflow_run;
  const number = readArtifactFile(reportDir, "pr-number").text.trim();
  if (!/^[0-9]{1,10}$/.test(number)) {
    core.setFailed(`pr-number in the ${ARTIFACT} artifact is not a pull request's number`);
    return;
  }
  const pullNumber = Number(number);
  // A fork's run lists no pull requests; a run that lists some must list this one.
  if (run.pull_requests.length > 0 && !run.pull_requests.some((pull) => pull.number === pullNumber)) {
    core.setFailed(`The run is for pull request ${run.pull_requests.map((pull) => `#${pull.number}`).join(", ")}, not #${pullNumber}`);
    return;
  }
  // The pull request must be at the commit the run checked, which a fork cannot fake for another
  // pull request; a report for an older commit would replace the newer one's.
  const { owner, repo } = context.repo;
  const { data: pull } = await github.rest.pulls.get({ owner, repo, pull_number: pullNumber });
  if (pull.head.sha !== run.head_sha) {
    core.notice(`#${pullNumber} is at ${pull.head.sha} now, not ${run.head_sha}: its newer run comments instead`);
    return;
  }
  const fromFork = run.head_repository?.full_name !== `${owner}/${repo}`;
  const { text, whole } = readArtifactFile(reportDir, "report.md");
  const body = commentBody({ report: text, whole, fromFork, headSha: run.head_sha, runUrl: run.html_url });
  const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number: pullNumber, per_page: 100 });
  const mine = comments.find((comment) => comment.user?.login === "github-actions[bot]" && comment.body?.startsWith(MARKER));
  if (mine) await github.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
  else await github.rest.issues.createComment({ owner, repo, issue_number: pullNumber, body });
}

module.exports = { COMMENT_LIMIT, SUMMARY_LIMIT_BYTES, MARKER, commentBody, summaryBody, postChangesComment };

// `node .github/scripts/changes-comment.cjs summary <report.md>`: the job summary, on stdout.
if (require.main === module) {
  const [command, file] = process.argv.slice(2);
  if (command !== "summary" || !file) {
    console.error("usage: node .github/scripts/changes-comment.cjs summary <report.md>");
    process.exit(2);
  }
  process.stdout.write(`${summaryBody(fs.readFileSync(file, "utf8"))}\n`);
}
