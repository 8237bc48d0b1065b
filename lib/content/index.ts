/**
 * The content's one public entry: what app/, components/ and the rest of lib/ may use. The
 * pipeline's stages behind it (README in this folder) stay private to lib/content/.
 */
export { checkContent, workflowCommand, type CheckOptions, type CheckResult } from "./check";
export { ContentError, formatIssue, type ContentIssue } from "./errors";
export { latestDate } from "./history";
export { contentDirectory, getCareer, getCareers, getLevelPage, loadContent, type LevelPage, type LoadedContent } from "./load";
export type { Career, Level, LevelRef, RequirementGroup } from "./model";
export { certificationSchema, occupationCodeSchema, SLUG_PATTERN, type Certification, type OccupationCode, type Resource } from "./schema";
