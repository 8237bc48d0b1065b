import socMajorGroups from "./soc-major-groups.json";

/** A major group of the 2018 Standard Occupational Classification, as the BLS lists it. */
export interface SocMajorGroup {
  /** As the BLS writes it: `13-0000`. */
  code: string;
  /** The two digits every O*NET-SOC code in the group starts with: `13`. */
  prefix: string;
  /** The official name: `Business and Financial Operations Occupations`. */
  name: string;
}

/** Where the major groups come from; an editor's message about an unknown group points there. */
export const SOC_MAJOR_GROUPS_SOURCE = socMajorGroups.source;

/** The `system` the content writes on O*NET-SOC occupation codes (content/careers/hr-generalist/index.md). */
export const ONET_SOC_SYSTEM = "O*NET-SOC";

/** The 23 SOC 2018 major groups in the official order. */
export const SOC_MAJOR_GROUPS: readonly SocMajorGroup[] = socMajorGroups.groups.map(({ code, name }) => ({ code, prefix: code.slice(0, 2), name }));

const groupByPrefix = new Map(SOC_MAJOR_GROUPS.map((group) => [group.prefix, group]));

const ONET_SOC_CODE = /^(\d{2})-\d{4}\.\d{2}$/;

/**
 * What is wrong with an O*NET-SOC code, said for the editor who wrote it, or `undefined` when
 * nothing is. It says what was expected; the content check adds what it found, as for every field.
 */
export function onetSocCodeProblem(code: string): string | undefined {
  const match = ONET_SOC_CODE.exec(code);
  if (!match) return "expected an O*NET-SOC code like 13-1071.00 (two digits, a hyphen, four digits, a dot, two digits)";
  if (!groupByPrefix.has(match[1]!))
    return `expected an O*NET-SOC code whose first two digits are a SOC 2018 major group ("${match[1]}" is not one; the groups are listed at ${SOC_MAJOR_GROUPS_SOURCE})`;
  return undefined;
}
