import type { Career } from "../content";
import socMajorGroups from "./soc-major-groups.json";
import { compareByTitle } from "./order";
import { plural } from "../site";

/** A major group of the 2018 Standard Occupational Classification, as the catalogue files careers under it. */
export interface MajorGroup {
  /** As the BLS writes it: `13-0000`. */
  code: string;
  /** The two digits every O*NET-SOC code in the group starts with: `13`. */
  prefix: string;
  /** The official name: `Business and Financial Operations Occupations`. */
  name: string;
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

/** Where the major groups come from; an editor's message about an unknown group points there. */
export const SOC_MAJOR_GROUPS_SOURCE = socMajorGroups.source;

/** The `system` the content writes on O*NET-SOC occupation codes (content/careers/hr-generalist/index.md). */
export const ONET_SOC_SYSTEM = "O*NET-SOC";

export const OTHER_FAMILY = { slug: "other", name: "Other careers" } as const;

/** The 23 SOC 2018 major groups in the official order. */
export const MAJOR_GROUPS: readonly MajorGroup[] = socMajorGroups.groups.map(({ code, name }) => ({
  code,
  prefix: code.slice(0, 2),
  name,
  // Every name ends in "Occupations", which the page's slug can do without.
  slug: name
    .replace(/ Occupations$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-"),
}));

const groupByPrefix = new Map(MAJOR_GROUPS.map((group) => [group.prefix, group]));

const ONET_SOC_CODE = /^(\d{2})-\d{4}\.\d{2}$/;

/**
 * What is wrong with an O*NET-SOC code, said for the editor who wrote it, or `undefined` when
 * nothing is. It says what was expected; the content check adds what it found, as for every field.
 */
export function onetSocCodeProblem(code: string): string | undefined {
  const match = ONET_SOC_CODE.exec(code);
  if (!match) return "expected an O*NET-SOC code like 13-1071.00 (two digits, a hyphen, four digits, a dot, two digits)";
  if (!groupByPrefix.has(match[1]!)) return `expected an O*NET-SOC code whose first two digits are a SOC 2018 major group ("${match[1]}" is not one; the groups are listed at ${SOC_MAJOR_GROUPS_SOURCE})`;
  return undefined;
}

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
  const first = career.levels[0];
  const last = career.levels.at(-1);
  if (!first || !last) return "No levels yet";
  return first === last ? `${first.title}, 1 level` : `${first.title} to ${last.title}, ${plural(career.levels.length, "level")}`;
}
