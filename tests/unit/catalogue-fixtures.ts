import type { Career, Level } from "@/lib/content";
import { syntheticCareers } from "@/scripts/lib/synthetic-content";

/** An O*NET-SOC code as the content writes it. */
export const onet = (code: string) => ({ system: "O*NET-SOC", code, title: `Occupation ${code}` });

/** A career with just what the catalogue reads: its title, codes and each level's roles (the first level "entry", then "mid", "senior"…). */
export function catalogueCareer(
  slug: string,
  title: string,
  {
    codes = [onet("13-1071.00")],
    roles = [["Assistant"]],
    tagline = `Become a ${title.toLowerCase()}.`,
  }: { codes?: Career["occupationCodes"]; roles?: string[][]; tagline?: string } = {},
): Career {
  // Levels past the fifth are numbered.
  const levelSlugs = roles.map((_, index) => ["entry", "mid", "senior", "lead", "principal"][index] ?? `level-${index + 1}`);
  const refOf = (index: number) => ({
    slug: levelSlugs[index]!,
    title: `${levelSlugs[index]![0]!.toUpperCase()}${levelSlugs[index]!.slice(1)} level`,
    rank: index + 1,
  });
  const levels = roles.map((levelRoles, index): Level => ({
    ...refOf(index),
    step: index + 1,
    roles: levelRoles,
    requirements: [],
    inheritedRequirements: [],
    duties: ["Work"],
    certifications: [],
    narrativeHtml: "",
    sourcePath: `content/careers/${slug}/levels/${levelSlugs[index]}.md`,
    aliases: [],
    ...(index > 0 && { buildsOn: refOf(index - 1), previousStep: refOf(index - 1) }),
    alsoFrom: [],
    nextSteps: index + 1 < roles.length ? [refOf(index + 1)] : [],
    movesTo: [],
    movesFrom: [],
  }));
  return {
    slug,
    title,
    tagline,
    description: tagline,
    occupationCodes: codes,
    resources: [],
    sources: [],
    roleHtml: "",
    levels,
    tracks: [],
    sourcePath: `content/careers/${slug}/index.md`,
    levelsFolder: `content/careers/${slug}/levels`,
    aliases: [],
  };
}

/** The synthetic catalogue's careers as the loader would give them, without writing and reading files. */
export function syntheticCatalogue(count: number): Career[] {
  return syntheticCareers(count).map(({ slug, title, tagline, occupationCodes, levels }) =>
    catalogueCareer(slug, title, { codes: occupationCodes, tagline, roles: levels.map((level) => level.roles) }),
  );
}
