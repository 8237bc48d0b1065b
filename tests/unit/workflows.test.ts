import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PREVIEW_ARTIFACT, PREVIEW_SITE_URL, SERVE_PREVIEW_COMMAND } from "@/lib/changes/preview";

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url: string };
  concurrency?: { group: string; "cancel-in-progress": boolean };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const WORKFLOWS = ".github/workflows";
const files = readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file));
const read = (file: string) => parse(readFileSync(path.join(WORKFLOWS, file), "utf8")) as Workflow;
const checks = read("checks.yml");
const comment = read("changes-comment.yml");
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const stepUsing = (job: Job, action: string) => job.steps.find((step) => step.uses?.startsWith(`${action}@`));

/** The word after `option` in a command line: `changes` for `--out` in `npm run changes -- --out changes`. */
function optionOf(command: string | undefined, option: string): string | undefined {
  const words = command?.split(/\s+/) ?? [];
  const at = words.indexOf(option);
  return at < 0 ? undefined : words[at + 1];
}

/** Whether `file` lies inside the folder `folder`; not when either is missing. */
function isWithin(folder: string | undefined, file: string | undefined): boolean {
  if (folder === undefined || file === undefined) return false;
  const relative = path.relative(folder, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

function needsOf(workflow: Workflow, jobName: string): string[] {
  const needs = [workflow.jobs[jobName]?.needs ?? []].flat();
  return [...needs, ...needs.flatMap((need) => needsOf(workflow, need))];
}

describe("the workflows' safety", () => {
  it("has workflows to check", () => {
    expect(files).toEqual(expect.arrayContaining(["checks.yml", "changes-comment.yml"]));
  });

  it.each(files)("%s never runs on pull_request_target, which would hand a pull request's code the repository's secrets", (file) => {
    expect(readFileSync(path.join(WORKFLOWS, file), "utf8")).not.toContain("pull_request_target");
  });

  it.each(files)("%s puts no ${{ }} expression into a shell command: values reach commands through env", (file) => {
    for (const step of steps(read(file))) expect(step.run ?? "").not.toContain("${{");
  });

  it.each(files)("%s grants each job its own permissions, and nothing by default beyond reading", (file) => {
    const workflow = read(file);
    expect(Object.values(workflow.permissions ?? {}).every((access) => access === "read")).toBe(true);
    for (const [name, job] of Object.entries(workflow.jobs)) expect(job.permissions, `${file}: ${name}`).toBeDefined();
    for (const job of Object.values(workflow.jobs)) expect(job.permissions?.contents ?? "read").toBe("read");
  });
});

describe("the actions the workflows use", () => {
  const uses = files.flatMap((file) =>
    readFileSync(path.join(WORKFLOWS, file), "utf8")
      .split("\n")
      .filter((line) => /^\s*(- )?uses:/.test(line))
      .map((line) => ({ file, line: line.trim() })),
  );

  // A tag can be moved to other code; a commit cannot. The version beside it says which release it is.
  it.each(uses)("$file pins $line to a full commit, its version in a comment", ({ line }) => {
    expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it.each(files)("%s checks out without leaving the job's token in .git/config", (file) => {
    for (const job of Object.values(read(file).jobs)) {
      for (const step of job.steps.filter((candidate) => candidate.uses?.startsWith("actions/checkout@")))
        expect(step.with?.["persist-credentials"]).toBe(false);
    }
  });
});

describe("the changes report and the preview, on a pull request", () => {
  const job = checks.jobs.changes as Job;

  it("runs beside the tests on pull requests, forks' included, with a read-only token", () => {
    expect(checks.on).toHaveProperty("pull_request");
    expect(job.if).toBe("github.event_name == 'pull_request'");
    expect(job.needs).toBeUndefined();
    expect(job.permissions).toEqual({ contents: "read" });
  });

  const report = job.steps.find((step) => step.run?.startsWith("npm run changes"));
  const reportDir = optionOf(report?.run, "--out");

  it("compares with the base branch, named through env and quoted, as a branch name is the author's text", () => {
    expect(report?.env?.BASE_REF).toBe("${{ github.base_ref }}");
    expect(report?.run?.split(/\s+/)).toContain('"origin/$BASE_REF"');
  });

  it("writes its addresses where the preview is served, so that a reviewer can follow them", () => {
    expect(report?.env?.SITE_URL).toBe(PREVIEW_SITE_URL);
  });

  it("shows the report it wrote in the job summary, and keeps it with the pull request's number for the comment workflow", () => {
    expect(job.steps.some((step) => step.run?.includes(`${reportDir}/report.md`) && step.run.includes("$GITHUB_STEP_SUMMARY"))).toBe(true);
    expect(job.steps.some((step) => step.run?.endsWith(`> ${reportDir}/pr-number`))).toBe(true);
    // The two files the comment workflow's script reads from the artifact.
    const kept = job.steps.find((step) => step.with?.name === "changes-report");
    expect(kept?.with?.path?.split("\n").filter(Boolean)).toEqual([`${reportDir}/report.md`, `${reportDir}/pr-number`]);
  });

  describe("the preview", () => {
    const exported = job.steps.find((step) => step.run?.startsWith("npm run export"));
    const exportDir = optionOf(exported?.run, "--out");
    const uploaded = job.steps.find((step) => step.uses?.startsWith("actions/upload-artifact@") && step.with?.name === PREVIEW_ARTIFACT)?.with?.path;
    const photographing = job.steps.find((step) => step.run?.includes("npm run screenshots"))?.run ?? "";
    const commandLine = (command: string) =>
      photographing
        .split("\n")
        .find((line) => line.includes(command))
        ?.trim()
        .split(/\s+/) ?? [];

    it("is exported for PREVIEW_SITE_URL and uploaded as PREVIEW_ARTIFACT", () => {
      expect(exported?.env?.SITE_URL).toBe(PREVIEW_SITE_URL);
      expect(isWithin(uploaded, exportDir)).toBe(true);
    });

    it("photographs the pages the report lists, on the export served at PREVIEW_SITE_URL, into the artifact", () => {
      const served = commandLine("scripts/serve-export.ts");
      const [port, folder] = served.slice(served.indexOf("scripts/serve-export.ts") + 1);
      expect(port).toBe(new URL(PREVIEW_SITE_URL).port);
      expect(folder).toBe(exportDir);
      const screenshots = commandLine("npm run screenshots");
      const [siteUrl, screenshotsDir] = screenshots.slice(screenshots.indexOf("--") + 1);
      expect(siteUrl).toBe(PREVIEW_SITE_URL);
      expect(isWithin(uploaded, screenshotsDir)).toBe(true);
      expect(optionOf(screenshots.join(" "), "--pages")).toBe(`${reportDir}/pages.json`);
    });

    it("is served at PREVIEW_SITE_URL by the README's steps: the artifact unzipped into its own folder, then SERVE_PREVIEW_COMMAND", () => {
      const readme = readFileSync("README.md", "utf8");
      const unzippedTo = optionOf(readme.match(new RegExp(`unzip ${PREVIEW_ARTIFACT}\\.zip .*`))?.[0], "-d");
      expect(unzippedTo).toBe(PREVIEW_ARTIFACT);
      expect(readme).toContain(SERVE_PREVIEW_COMMAND);
      // Unzipped, the artifact's folder is PREVIEW_ARTIFACT: the export must be where the command serves from.
      const servedDir = optionOf(SERVE_PREVIEW_COMMAND, "--directory") ?? "";
      expect(isWithin(uploaded, exportDir)).toBe(true);
      expect(path.relative(PREVIEW_ARTIFACT, servedDir)).toBe(path.relative(uploaded!, exportDir!));
      expect(SERVE_PREVIEW_COMMAND.split(/\s+/)).toContain(new URL(PREVIEW_SITE_URL).port);
    });
  });
});

describe("the comment workflow", () => {
  const job = comment.jobs.comment as Job;

  it("starts when Checks completes for a pull request, and only then", () => {
    expect(comment.on).toEqual({ workflow_run: { workflows: [checks.name], types: ["completed"] } });
    expect(job.if).toContain("github.event.workflow_run.event == 'pull_request'");
  });

  it("may read the run's artifacts and the default branch, and write the pull request's comments, nothing else", () => {
    expect(comment.permissions).toEqual({});
    expect(job.permissions).toEqual({ actions: "read", contents: "read", "pull-requests": "write" });
  });

  it("runs none of the pull request's code: it downloads the run's report and posts it with the default branch's own script", () => {
    expect(job.steps.map((step) => step.uses?.replace(/@.*/, ""))).toEqual(["actions/download-artifact", "actions/checkout", "actions/github-script"]);
    expect(job.steps.every((step) => step.run === undefined)).toBe(true);
    expect(stepUsing(job, "actions/download-artifact")?.with).toMatchObject({ name: "changes-report", "run-id": "${{ github.event.workflow_run.id }}" });
    expect(stepUsing(job, "actions/checkout")?.with).toMatchObject({
      ref: "${{ github.event.repository.default_branch }}",
      path: "trusted",
      "sparse-checkout": ".github/scripts",
    });
    const script = stepUsing(job, "actions/github-script")?.with?.script;
    expect(script).not.toContain("${{");
    expect(script).toContain("/trusted/.github/scripts/changes-comment.cjs");
  });
});

describe("publishing on merge", () => {
  const build = checks.jobs["pages-build"] as Job;
  const deploy = checks.jobs["pages-deploy"] as Job;

  it("deploys pushes to main only, after the tests pass", () => {
    expect(checks.on).toMatchObject({ push: { branches: ["main"] } });
    expect(build.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(needsOf(checks, "pages-deploy")).toEqual(["pages-build", "test"]);
  });

  it("exports for the address configure-pages gives, as a folder", () => {
    const configure = stepUsing(build, "actions/configure-pages") as Step & { id: string };
    const exported = build.steps.find((step) => step.run === "npm run export");
    expect(exported?.env?.SITE_URL).toBe(`\${{ steps.${configure.id}.outputs.base_url }}/`);
    expect(stepUsing(build, "actions/upload-pages-artifact")?.with).toEqual({ path: "out" });
    expect(build.permissions).toEqual({ contents: "read", pages: "read" });
  });

  it("deploys one at a time, to the github-pages environment, from a job that runs no project code", () => {
    expect(deploy.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(deploy.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
    expect(deploy.environment?.name).toBe("github-pages");
    expect(deploy.steps.map((step) => step.uses?.replace(/@.*/, ""))).toEqual(["actions/deploy-pages"]);
  });
});
