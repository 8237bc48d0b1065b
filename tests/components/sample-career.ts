import type { Career, Level } from "@/lib/content/model";

/** A small career with a three-rung ladder, built as the loader would build it. */
const apprentice: Level = {
  slug: "apprentice",
  title: "Apprentice",
  rank: 1,
    step: 1,
  careerSlug: "carpentry",
  roles: ["Site helper"],
  requirements: ["Basic tool safety"],
  inheritedRequirements: [],
  duties: ["Carry materials"],
  certifications: [],
  narrativeHtml: "",
  sourcePath: "content/careers/carpentry/levels/apprentice.md",
};

const journeyman: Level = {
  slug: "journeyman",
  title: "Journeyman",
  rank: 2,
    step: 2,
  careerSlug: "carpentry",
  roles: ["Carpenter", "Framer"],
  requirements: ["Four years on site"],
  inheritedRequirements: [{ level: { slug: "apprentice", title: "Apprentice", rank: 1 }, requirements: ["Basic tool safety"] }],
  buildsOn: { slug: "apprentice", title: "Apprentice", rank: 1 },
  duties: ["Frame walls", "Hang doors"],
  certifications: [],
  narrativeHtml: "<p>Most carpenters work here.</p>",
  sourcePath: "content/careers/carpentry/levels/journeyman.md",
};

const master: Level = {
  slug: "master",
  title: "Master",
  rank: 3,
    step: 3,
  careerSlug: "carpentry",
  roles: ["Master carpenter"],
  requirements: ["Master's certificate"],
  inheritedRequirements: [
    { level: { slug: "apprentice", title: "Apprentice", rank: 1 }, requirements: ["Basic tool safety"] },
    { level: { slug: "journeyman", title: "Journeyman", rank: 2 }, requirements: ["Four years on site"] },
  ],
  buildsOn: { slug: "journeyman", title: "Journeyman", rank: 2 },
  duties: ["Train apprentices"],
  certifications: [],
  narrativeHtml: "",
  sourcePath: "content/careers/carpentry/levels/master.md",
};

export const sampleCareer: Career = {
  slug: "carpentry",
  title: "Carpentry",
  tagline: "Build things that last.",
  description: "From site helper to master carpenter.",
  occupationCodes: [{ system: "O*NET-SOC", code: "47-2031.00", title: "Carpenters", url: "https://www.onetonline.org/link/summary/47-2031.00" }],
  resources: [{ title: "Carpenters: pay and outlook", url: "https://www.bls.gov/ooh/construction-and-extraction/carpenters.htm", publisher: "BLS" }],
  roleHtml: "<p>Carpenters build and repair structures.</p>",
  levels: [apprentice, journeyman, master],
  sourcePath: "content/careers/carpentry/index.md",
  levelsFolder: "content/careers/carpentry/levels",
  updated: "2026-03-01",
};
