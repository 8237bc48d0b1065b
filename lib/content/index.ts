/**
 * The content's one public entry: what app/, components/, the rest of lib/ and scripts use. The
 * pipeline behind it reads top to bottom in pipeline.ts: scan.ts → read.ts → validate.ts (with
 * schema.ts) → rules.ts → render.ts (with render-threads.ts and render-worker.mjs) → assemble.ts →
 * moves.ts; limits.ts holds every limit with its reason, characters.ts every character class,
 * issues.ts the one issue and result type.
 */
export { compileContent, contentIsCompiled, getCareer, getCareers, provideCareers } from "./store";
export { checkContent, checkReport, workflowCommand } from "./check";
export { SLUG_PATTERN, titleKey } from "./characters";
export { FRONTMATTER_SCHEMA_DIR, frontmatterSchemaFiles } from "./frontmatter-json-schema";
export { latestDate } from "./history";
export { type LadderSection, ladderSectionsOf } from "./ladder-sections";
export { ContentError, formatIssue, type ContentIssue, type Result } from "./issues";
export { describeValue } from "./validate";
export { limits, SYNTAX_CHARACTERS, withLimitsTable } from "./limits";
export type { Career, CareerLevelRef, Level, LevelRef } from "./model";
export { ONET_SOC_SYSTEM, onetSocCodeProblem, SOC_MAJOR_GROUPS, SOC_MAJOR_GROUPS_SOURCE, type SocMajorGroup } from "./occupation-codes";
export { contentDirectory, loadContent } from "./pipeline";
export { renderMarkdown, renderMarkdownFiles } from "./render";
export { repositoryPath } from "./repository-path";
export { certificationSchema, occupationCodeSchema, sourceSchema, type Certification, type OccupationCode, type Resource, type Source } from "./schema";
export { contentVersion } from "./version";
