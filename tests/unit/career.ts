import type { Career, Level } from "@/lib/content/model";

/** A small three-level career, built in code so each test states the content it relies on. */
export function buildCareer(overrides: Partial<Career> = {}): Career {
  const entry: Level = {
    slug: "entry",
    title: "Entry level",
    rank: 1,
    step: 1,
    roles: ["Junior analyst"],
    requirements: ["Bachelor's degree in statistics"],
    inheritedRequirements: [],
    duties: ["Clean data", "Build reports"],
    certifications: [],
    narrativeHtml: "",
    sourcePath: "content/careers/data-analyst/levels/entry.md",
    updated: "2026-01-10",
    aliases: [],
    movesTo: [],
    movesFrom: [],
  };
  const mid: Level = {
    ...entry,
    slug: "mid",
    title: "Mid level",
    rank: 2,
    step: 2,
    roles: ["Analyst", "Reporting lead"],
    requirements: ["Three years of experience"],
    inheritedRequirements: [{ level: { slug: "entry", title: "Entry level", rank: 1 }, requirements: entry.requirements }],
    buildsOn: { slug: "entry", title: "Entry level", rank: 1 },
    duties: ["Own the reporting pipeline", "Build reports"],
    sourcePath: "content/careers/data-analyst/levels/mid.md",
    updated: "2026-02-20",
  };
  const senior: Level = {
    ...mid,
    slug: "senior",
    title: "Senior level",
    rank: 3,
    step: 3,
    roles: ["Analytics manager"],
    requirements: ["People management"],
    inheritedRequirements: [...mid.inheritedRequirements, { level: { slug: "mid", title: "Mid level", rank: 2 }, requirements: mid.requirements }],
    buildsOn: { slug: "mid", title: "Mid level", rank: 2 },
    duties: ["Set the analytics roadmap"],
    certifications: [{ name: "CAP", issuer: "INFORMS", url: "https://www.certifiedanalytics.org/" }],
    sourcePath: "content/careers/data-analyst/levels/senior.md",
    updated: undefined,
  };
  return {
    slug: "data-analyst",
    title: "Data Analyst",
    tagline: "Turn data into decisions.",
    description: "What a data analyst does, and the path from junior analyst to analytics manager.",
    occupationCodes: [
      { system: "O*NET-SOC", code: "15-2051.01", title: "Business Intelligence Analysts", url: "https://www.onetonline.org/link/summary/15-2051.01" },
      { system: "ISCO-08", code: "2511", title: "Systems analysts" },
    ],
    resources: [],
    sources: [],
    roleHtml: "<p>Analysts answer questions with data.</p>",
    levels: [entry, mid, senior],
    sourcePath: "content/careers/data-analyst/index.md",
    levelsFolder: "content/careers/data-analyst/levels",
    updated: "2026-02-20",
    aliases: [],
    ...overrides,
  };
}
