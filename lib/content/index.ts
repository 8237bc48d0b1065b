/**
 * The content's one public entry: what app/, components/, the rest of lib/ and scripts use. The
 * pipeline behind it reads top to bottom in pipeline.ts: scan.ts → read.ts → validate.ts (with
 * schema.ts) → rules.ts → render.ts (with render-threads.ts and render-worker.mjs) → assemble.ts;
 * limits.ts holds every limit with its reason, characters.ts every character class, issues.ts the
 * one issue and result type.
 */
export { compileContent, contentIsCompiled, getCareer, getCareers, getLevelPage, provideCareers, type LevelPage } from "./catalogue";
export { checkContent, checkReport, workflowCommand, type CheckOptions, type CheckResult } from "./check";
export { SLUG_PATTERN, titleKey } from "./characters";
export { latestDate } from "./history";
export { ContentError, formatIssue, type ContentIssue, type Result } from "./issues";
export { limits, SYNTAX_CHARACTERS, type Limit } from "./limits";
export type { Career, Level, LevelRef, RequirementGroup } from "./model";
export { contentDirectory, loadContent } from "./pipeline";
export { renderMarkdown, renderMarkdownFiles } from "./render";
export { certificationSchema, occupationCodeSchema, type Certification, type OccupationCode, type Resource } from "./schema";
