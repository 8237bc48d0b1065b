import type { SourceFile } from "./read";
import type { CareerFrontmatter, LevelFrontmatter } from "./schema";

/** A file that read and validated on its own, before the rules that span files. */
export interface ValidFile<Frontmatter> {
  file: SourceFile;
  frontmatter: Frontmatter;
}

export type ValidCareer = ValidFile<CareerFrontmatter>;
export interface ValidLevel extends ValidFile<LevelFrontmatter> {
  slug: string;
}
