import { getCareers } from "../../lib/content/load";
import { paths } from "../../lib/site";

export interface SamplePage {
  /** The page type, as the budgets and the benchmark name it. */
  type: "home" | "overview" | "level" | "comparison";
  route: string;
}

/** One page of each type, taken from the content: the first career and its first level. */
export function samplePages(): SamplePage[] {
  const career = getCareers()[0];
  const level = career?.levels[0];
  if (!career || !level) throw new Error("The content has no career with a level to measure");
  return [
    { type: "home", route: paths.home() },
    { type: "overview", route: paths.career(career.slug) },
    { type: "level", route: paths.level(career.slug, level.slug) },
    { type: "comparison", route: paths.compare(career.slug) },
  ];
}
