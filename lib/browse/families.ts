import { ONET_SOC_SYSTEM, onetSocCodeProblem, SOC_MAJOR_GROUPS, type Career, type Level, type SocMajorGroup } from "../content";
import { pathEnds, stepCount } from "../ladder";
import { plural } from "../text";
import { compareByTitle } from "./order";

/** A SOC 2018 major group as the catalogue files careers under it. */
export interface MajorGroup extends SocMajorGroup {
  /** The family page's slug: `business-and-financial-operations`. */
  slug: string;
}

/** Careers filed together: one SOC major group, or "Other careers" for careers without an O*NET-SOC code. */
export interface Family {
  slug: string;
  name: string;
  /** Absent for "Other careers". */
  majorGroup?: MajorGroup;
  /** By title. */
  careers: Career[];
}

export const OTHER_FAMILY = { slug: "other", name: "Other careers" } as const;

/** The 23 SOC 2018 major groups in the official order, each with its family page's slug. */
export const MAJOR_GROUPS: readonly MajorGroup[] = SOC_MAJOR_GROUPS.map((group) => ({
  ...group,
  // Every name ends in "Occupations", which the page's slug can do without.
  slug: group.name
    .replace(/ Occupations$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-"),
}));

const groupByPrefix = new Map(MAJOR_GROUPS.map((group) => [group.prefix, group]));

/**
 * The major group a career is filed under: that of its first O*NET-SOC code, so a career with
 * several codes appears in one family only. `undefined` (Other careers) without a valid one.
 */
export function majorGroupOf(career: Career): MajorGroup | undefined {
  const code = career.occupationCodes.find((occupation) => occupation.system === ONET_SOC_SYSTEM)?.code;
  return code === undefined || onetSocCodeProblem(code) ? undefined : groupByPrefix.get(code.slice(0, 2));
}

/** Every family that has careers, in the official order with Other careers last, each family's careers by title. */
export function familiesOf(careers: readonly Career[]): Family[] {
  const byGroup = new Map<MajorGroup | undefined, Career[]>();
  for (const career of careers) {
    const group = majorGroupOf(career);
    const members = byGroup.get(group);
    if (members) members.push(career);
    else byGroup.set(group, [career]);
  }
  return [...MAJOR_GROUPS, undefined].flatMap((group): Family[] => {
    const members = byGroup.get(group);
    if (!members) return [];
    members.sort(compareByTitle);
    return [group ? { slug: group.slug, name: group.name, majorGroup: group, careers: members } : { ...OTHER_FAMILY, careers: members }];
  });
}

/** A career's ladder in a few words, as its family's page shows it: "Entry level to Senior level, 3 levels". */
export function ladderSpan(career: Career): string {
  if (career.levels.length === 0) return "No levels yet";
  const { firsts, lasts } = pathEnds(career);
  const titles = (levels: Level[]) => levels.map((level) => level.title).join(" or ");
  // A ladder of one step, one level or two side by side, starts and ends at once.
  const span = stepCount(career) === 1 ? titles(firsts) : `${titles(firsts)} to ${titles(lasts)}`;
  return `${span}, ${plural(career.levels.length, "level")}`;
}
