import nodePath from "node:path";

/** A path as the repository names it, and as issues and models carry it: relative to the project's root, with forward slashes. */
export const repositoryPath = (absolutePath: string) => nodePath.relative(process.cwd(), absolutePath).split(nodePath.sep).join("/");
