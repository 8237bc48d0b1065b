import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { limits } from "../../lib/content";
import { randomFrom } from "./seeded-random";

/** A level of a synthetic ladder, and how its own job title starts: "Junior data analyst", "Data analyst", "Senior data analyst". */
interface LevelShape {
  slug: string;
  rank: number;
  rolePrefix: string;
  buildsOn?: string;
  track?: string;
  alsoFrom?: string[];
}

const STRAIGHT_LADDER: LevelShape[] = [
  { slug: "entry", rank: 1, rolePrefix: "Junior " },
  { slug: "junior", rank: 2, rolePrefix: "Associate ", buildsOn: "entry" },
  { slug: "mid", rank: 3, rolePrefix: "", buildsOn: "junior" },
  { slug: "senior", rank: 4, rolePrefix: "Senior ", buildsOn: "mid" },
  { slug: "principal", rank: 5, rolePrefix: "Principal ", buildsOn: "senior" },
];
/**
 * As many levels as the longest straight ladder, forking after the second into two tracks side by
 * side at one rank, which meet again at the top: it builds on the Management branch and is also
 * reached from the Individual contributor's, as content/README.md's "Tracks" describes.
 */
const FORKED_LADDER: LevelShape[] = [
  ...STRAIGHT_LADDER.slice(0, 2),
  { slug: "specialist", rank: 3, rolePrefix: "Senior ", buildsOn: "junior", track: "Individual contributor" },
  { slug: "manager", rank: 3, rolePrefix: "Lead ", buildsOn: "junior", track: "Management" },
  { slug: "director", rank: 4, rolePrefix: "Head ", buildsOn: "manager", alsoFrom: ["specialist"] },
];

/**
 * Occupations by SOC major group (its two digits): the words careers' titles are made of, and job
 * titles that several careers of the group share, as real catalogues do.
 */
const FAMILIES = [
  {
    prefix: "11",
    fields: ["Operations", "Finance", "Marketing", "Product", "Facilities", "Programme"],
    nouns: ["Manager", "Director", "Officer", "Lead", "Head"],
    roles: ["Operations manager", "General manager", "Project manager"],
  },
  {
    prefix: "13",
    fields: ["Payroll", "Benefits", "Budget", "Tax", "Audit", "Procurement"],
    nouns: ["Analyst", "Specialist", "Adviser", "Officer", "Examiner"],
    roles: ["Recruiter", "Compliance officer", "Financial analyst"],
  },
  {
    prefix: "15",
    fields: ["Data", "Cloud", "Network", "Security", "Software", "Database"],
    nouns: ["Engineer", "Analyst", "Architect", "Developer", "Administrator"],
    roles: ["Software developer", "Systems analyst", "Technical lead"],
  },
  {
    prefix: "17",
    fields: ["Civil", "Mechanical", "Electrical", "Chemical", "Structural", "Process"],
    nouns: ["Engineer", "Drafter", "Technician", "Designer", "Surveyor"],
    roles: ["Design engineer", "CAD technician", "Project engineer"],
  },
  {
    prefix: "19",
    fields: ["Soil", "Marine", "Food", "Climate", "Lab", "Field"],
    nouns: ["Scientist", "Chemist", "Researcher", "Technician", "Biologist"],
    roles: ["Research assistant", "Lab technician", "Principal investigator"],
  },
  {
    prefix: "21",
    fields: ["Youth", "Family", "Housing", "Welfare", "Outreach", "Recovery"],
    nouns: ["Counselor", "Caseworker", "Worker", "Adviser", "Mentor"],
    roles: ["Case manager", "Support worker", "Program coordinator"],
  },
  {
    prefix: "23",
    fields: ["Contract", "Patent", "Court", "Legal", "Estate", "Claims"],
    nouns: ["Paralegal", "Clerk", "Counsel", "Mediator", "Examiner"],
    roles: ["Legal assistant", "Paralegal", "Compliance officer"],
  },
  {
    prefix: "25",
    fields: ["Science", "Music", "Library", "Language", "Math", "Art"],
    nouns: ["Teacher", "Tutor", "Librarian", "Instructor", "Lecturer"],
    roles: ["Teaching assistant", "Curriculum lead", "Head of department"],
  },
  {
    prefix: "27",
    fields: ["Graphic", "Sound", "Video", "Stage", "Fashion", "Web"],
    nouns: ["Designer", "Editor", "Producer", "Artist", "Technician"],
    roles: ["Creative director", "Production assistant", "Art director"],
  },
  {
    prefix: "29",
    fields: ["Dental", "Cardiac", "Surgical", "Radiology", "Pharmacy", "Nursing"],
    nouns: ["Technician", "Nurse", "Therapist", "Specialist", "Assistant"],
    roles: ["Nurse practitioner", "Clinical lead", "Care coordinator"],
  },
  {
    prefix: "35",
    fields: ["Pastry", "Line", "Banquet", "Catering", "Kitchen", "Menu"],
    nouns: ["Cook", "Chef", "Planner", "Supervisor", "Manager"],
    roles: ["Sous chef", "Head chef", "Kitchen porter"],
  },
  {
    prefix: "41",
    fields: ["Retail", "Account", "Insurance", "Travel", "Property", "Wholesale"],
    nouns: ["Agent", "Representative", "Broker", "Buyer", "Associate"],
    roles: ["Sales representative", "Account manager", "Recruiter"],
  },
  {
    prefix: "43",
    fields: ["Office", "Records", "Billing", "Dispatch", "Payroll", "Front desk"],
    nouns: ["Clerk", "Assistant", "Coordinator", "Administrator", "Officer"],
    roles: ["Office manager", "Administrative assistant", "Receptionist"],
  },
  {
    prefix: "47",
    fields: ["Site", "Roofing", "Plumbing", "Carpentry", "Masonry", "Drilling"],
    nouns: ["Worker", "Installer", "Supervisor", "Estimator", "Foreman"],
    roles: ["Apprentice", "Site supervisor", "Construction manager"],
  },
  {
    prefix: "49",
    fields: ["HVAC", "Elevator", "Aircraft", "Wind turbine", "Vehicle", "Appliance"],
    nouns: ["Mechanic", "Technician", "Installer", "Inspector", "Repairer"],
    roles: ["Apprentice", "Field service technician", "Maintenance supervisor"],
  },
  {
    prefix: "53",
    fields: ["Freight", "Transit", "Warehouse", "Cargo", "Fleet", "Logistics"],
    nouns: ["Driver", "Dispatcher", "Pilot", "Coordinator", "Planner"],
    roles: ["Operations manager", "Logistics coordinator", "Warehouse supervisor"],
  },
];
/** For careers past the plain combinations of fields and nouns: "Marine Payroll Analyst". */
const QUALIFIERS = [
  "Rural",
  "Clinical",
  "Retail",
  "Municipal",
  "Hospital",
  "Nuclear",
  "Offshore",
  "Wildlife",
  "Forensic",
  "Museum",
  "Sports",
  "Defense",
  "Energy",
  "Mining",
  "Urban",
  "Coastal",
  "Arctic",
  "Airport",
  "Campus",
  "Rail",
  "Hotel",
  "Port",
  "Film",
  "Farm",
];
/** Titles that start with an accented letter or a digit, as loanwords and trade names do. */
const ACCENTED = ["École", "Élite", "Über", "Ökologie", "Ångström", "Île", "Œuvre", "Ñandú"];
const NUMBERED = ["3D", "5G", "911", "24-Hour", "4K", "2nd-Shift"];
/** Careers written in other scripts: a noun and a field, each from its own list. */
const OTHER_SCRIPTS = [
  {
    nouns: ["Αναλυτής", "Σύμβουλος", "Υπεύθυνος", "Τεχνικός", "Διευθυντής"],
    fields: ["Δεδομένων", "Δικτύων", "Πωλήσεων", "Υγείας", "Εκπαίδευσης", "Ασφάλειας", "Λογιστικής", "Μάρκετινγκ"],
  },
  {
    nouns: ["Аналитик", "Консультант", "Инженер", "Техник", "Менеджер"],
    fields: ["данных", "сетей", "продаж", "качества", "логистики", "безопасности", "персонала", "проектов"],
  },
];
/** Job titles careers of every family share, by level: the commonest entries of a catalogue's index. */
const SHARED_ROLES = [
  ["Trainee", "Assistant", "Intern"],
  ["Coordinator", "Project coordinator"],
  ["Team lead", "Operations manager"],
  ["Department head", "Operations manager"],
  ["Director", "Consultant"],
];
const PROMISES = [
  "learn the trade one level at a time",
  "what each step asks of you, and how to take it",
  "the skills, duties and certificates on the way up",
  "grow from your first role to running a team",
  "find your footing, then your speciality",
];

/** Cycles through `list` from `index`. */
const pick = <Item>(list: readonly Item[], index: number) => list[index % list.length]!;
/** A title as it reads within a sentence: "Wind Turbine Mechanic" as "wind turbine mechanic", "HVAC" and "3D" kept. */
const inSentence = (title: string) => title.replace(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+/gu, (word) => word.toLocaleLowerCase("en"));
const capitalized = (text: string) => text[0]!.toLocaleUpperCase("en") + text.slice(1);

interface CareerSeed {
  title: string;
  family: (typeof FAMILIES)[number];
  codes: { code: string; title: string }[];
}

/** What a synthetic career's files say, before they are written. */
export interface SyntheticCareer {
  slug: string;
  title: string;
  tagline: string;
  description: string;
  occupationCodes: { system: string; code: string; title: string; url: string }[];
  levels: (Omit<LevelShape, "rolePrefix"> & { title: string; roles: string[]; movesTo: string[] })[];
}

const slugOfCareer = (index: number) => `career-${String(index + 1).padStart(4, "0")}`;
/** The ladder of the career at `index`: 3, 4 or 5 levels in turn, every other one of 5 forking into two tracks. */
const ladderOf = (index: number) => (index % 6 === 2 ? FORKED_LADDER : STRAIGHT_LADDER.slice(0, 3 + (index % 3)));
/** How many careers ahead each of a career's moves leads: as many moves as the limit allows, each to another career. */
const MOVE_OFFSETS = [1, 2, 3, 5, 8, 13, 21, 34].slice(0, limits.moves.value);

/**
 * The moves of the career at `index` out of `count`, by its level: the limit's number of them, each
 * from a level in turn to the next step up of a career a few ahead, so that every career also has
 * moves coming in; the next few careers' last moves all lead to the first career's entry level,
 * which receives as many as a level may.
 */
function movesOf(index: number, count: number): string[][] {
  const moves: string[][] = ladderOf(index).map(() => []);
  const intoFirst = index >= 1 && index <= limits.movesInto.value && count > limits.movesInto.value + MOVE_OFFSETS.at(-1)!;
  MOVE_OFFSETS.filter((offset) => offset < count).forEach((offset, move, offsets) => {
    const from = move % moves.length;
    const target = (index + offset) % count;
    const targetLadder = ladderOf(target);
    moves[from]!.push(
      intoFirst && move === offsets.length - 1
        ? `${slugOfCareer(0)}/${ladderOf(0)[0]!.slug}`
        : `${slugOfCareer(target)}/${targetLadder[Math.min(from + 1, targetLadder.length - 1)]!.slug}`,
    );
  });
  return moves;
}

/**
 * The career at `index`, from the index alone: its family cycles through the groups, its title
 * combines a field and a noun of the family (past the plain combinations, with a qualifier), and
 * every 50 careers a few start with an accented letter, a digit, or are in Greek or Cyrillic.
 */
function careerSeed(index: number): CareerSeed {
  const family = pick(FAMILIES, index);
  const combination = Math.floor(index / FAMILIES.length);
  const field = pick(family.fields, combination);
  const noun = pick(family.nouns, Math.floor(combination / family.fields.length));
  const plainCount = family.fields.length * family.nouns.length;
  const qualifier = combination < plainCount ? "" : `${pick(QUALIFIERS, Math.floor(combination / plainCount) - 1)} `;
  const block = Math.floor(index / 50);
  const title =
    {
      7: `${pick(ACCENTED, block)} ${field} ${noun}`,
      32: `${pick(ACCENTED, block + 3)} ${field} ${noun}`,
      13: `${pick(NUMBERED, block)} ${field} ${noun}`,
      19: `${pick(OTHER_SCRIPTS[0]!.nouns, block)} ${pick(OTHER_SCRIPTS[0]!.fields, block + Math.floor(block / 5))}`,
      44: `${pick(OTHER_SCRIPTS[1]!.nouns, block)} ${pick(OTHER_SCRIPTS[1]!.fields, block + Math.floor(block / 5))}`,
    }[index % 50] ?? `${qualifier}${field} ${noun}`;
  const other = pick(FAMILIES, index + 3);
  const code = (group: (typeof FAMILIES)[number], seed: number) => ({
    code: `${group.prefix}-${String(1011 + ((seed * 37) % 8900)).padStart(4, "0")}.00`,
    title: `${field} ${noun}s`,
  });
  // Most careers have one O*NET-SOC code; some two (filed under the first), some none.
  const codes = index % 10 === 9 ? [] : index % 10 === 4 ? [code(family, index), code(other, index + 1)] : [code(family, index)];
  return { title, family, codes };
}

/** A title made unique by a number when an earlier career took it, as an editor would. */
function uniqueTitle(title: string, taken: Set<string>): string {
  let candidate = title;
  for (let copy = 2; taken.has(candidate.toLowerCase()); copy += 1) candidate = `${title} ${copy}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * `count` careers of 3 to 5 levels each, every level building on the one below, some forking into
 * two tracks that meet again, each career with as many moves to others as the limit allows,
 * looking like a real catalogue: O*NET-SOC codes over several major groups (some careers with two,
 * some with none), varied titles (some accented, numbered, Greek or Cyrillic) and job titles that
 * several careers share. The same index always gives the same career.
 */
export function syntheticCareers(count: number): SyntheticCareer[] {
  const taken = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    const seed = careerSeed(index);
    const title = uniqueTitle(seed.title, taken);
    const shapes = ladderOf(index);
    const moves = movesOf(index, count);
    const levelRole = (rolePrefix: string) => capitalized(`${rolePrefix}${inSentence(title)}`);
    const ladder = `from ${inSentence(levelRole(shapes[0]!.rolePrefix))} to ${inSentence(levelRole(shapes.at(-1)!.rolePrefix))}`;
    return {
      slug: slugOfCareer(index),
      title,
      tagline: `${capitalized(ladder)}: ${pick(PROMISES, index)}.`,
      description: `${title}: the work, and the path ${ladder}.`,
      occupationCodes: seed.codes.map(({ code, title: name }) => ({
        system: "O*NET-SOC",
        code,
        title: name,
        url: `https://www.onetonline.org/link/summary/${code}`,
      })),
      levels: shapes.map(({ rolePrefix, ...level }, position) => ({
        ...level,
        title: `${capitalized(level.slug)} level`,
        // The level's own job title, one its family shares, and on every other level one every family shares.
        roles: [
          ...new Set([
            levelRole(rolePrefix),
            pick(seed.family.roles, index + position),
            ...((index + position) % 2 === 0 ? [pick(SHARED_ROLES[position]!, index)] : []),
          ]),
        ],
        movesTo: moves[position]!,
      })),
    };
  });
}

/** JSON's strings are YAML's double-quoted strings: any title or tagline is safe in frontmatter. */
const yamlList = (items: readonly string[]) => items.map((item) => `  - ${JSON.stringify(item)}\n`).join("");

/** Writes `syntheticCareers(count)` under `contentDir/careers`, each with text about as long as an editor's, for the bench. */
export function writeSyntheticCareers(contentDir: string, count: number): { careers: number; levels: number } {
  let levels = 0;
  syntheticCareers(count).forEach((career, index) => {
    const careerDir = path.join(contentDir, "careers", career.slug);
    mkdirSync(path.join(careerDir, "levels"), { recursive: true });
    const codes = career.occupationCodes
      .map(({ system, code, title, url }) => `  - system: ${system}\n    code: ${code}\n    title: ${JSON.stringify(title)}\n    url: ${url}\n`)
      .join("");
    writeFileSync(
      path.join(careerDir, "index.md"),
      `---\ntitle: ${JSON.stringify(career.title)}\ntagline: ${JSON.stringify(career.tagline)}\ndescription: ${JSON.stringify(career.description)}\n${codes ? `occupationCodes:\n${codes}` : ""}updated: 2026-01-01\n---\n\n${paragraph(index)}\n\n${paragraph(index + 1)}\n`,
    );
    for (const level of career.levels) {
      const list = (what: string) => yamlList([1, 2, 3].map((n) => `${what} ${n} at ${level.slug} level of career ${index + 1}`));
      writeFileSync(
        path.join(careerDir, "levels", `${level.slug}.md`),
        `---\ntitle: ${level.title}\nrank: ${level.rank}\n${level.buildsOn ? `buildsOn: ${level.buildsOn}\n` : ""}${level.track ? `track: ${JSON.stringify(level.track)}\n` : ""}${level.alsoFrom ? `alsoFrom:\n${yamlList(level.alsoFrom)}` : ""}${level.movesTo.length > 0 ? `movesTo:\n${yamlList(level.movesTo)}` : ""}roles:\n${yamlList(level.roles)}requirements:\n${list("Requirement")}duties:\n${list("Duty")}updated: 2026-01-01\n---\n\n${paragraph(level.rank - 1)}\n`,
      );
    }
    levels += career.levels.length;
  });
  return { careers: count, levels };
}

function paragraph(seed: number): string {
  return `This paragraph stands in for an editor's text (${seed}): what the work involves, with [a link](https://example.com/${seed}) and **some emphasis**, about as long as a real one on the site. `
    .repeat(3)
    .trim();
}

const SYLLABLES = ["ka", "ren", "to", "mi", "sel", "da", "vor", "lu", "pe", "shan", "ti", "gor", "ne", "bal", "ru", "fi", "mon", "za", "ce", "lint"];

/** Words of one to four syllables, seeded: varied text that careers share little of, as different careers' texts do. */
function variedText(random: () => number, length: number): string {
  const word = () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join("");
  let text = word();
  for (let next = word(); text.length + 1 + next.length <= length; next = word()) text += ` ${next}`;
  return text;
}

/**
 * Writes `count` careers as large as the limits allow, in seeded varied words: the most levels,
 * each with the most roles, requirements and duties at their longest (a level file of about 28 KB
 * of the 32 KB allowed). For the bench's changes report over many renamed large careers.
 */
export function writeLargestCareers(contentDir: string, count: number): { careers: number; levels: number; bytes: number } {
  let bytes = 0;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  };
  for (let index = 0; index < count; index += 1) {
    const random = randomFrom(index + 1);
    const text = (length: number) => JSON.stringify(variedText(random, length));
    const list = (items: number, length: number) => yamlList(Array.from({ length: items }, () => variedText(random, length)));
    const careerDir = path.join(contentDir, "careers", `largest-${String(index + 1).padStart(4, "0")}`);
    write(
      path.join(careerDir, "index.md"),
      `---\ntitle: ${text(limits.careerTitleLength.value)}\ntagline: ${text(limits.taglineLength.value)}\ndescription: ${text(limits.descriptionLength.value)}\n---\n\n${variedText(random, 2000)}\n`,
    );
    for (let rank = 1; rank <= limits.levels.value; rank += 1) {
      write(
        path.join(careerDir, "levels", `step-${rank}.md`),
        `---\ntitle: ${text(limits.levelTitleLength.value)}\nrank: ${rank}\n${rank > 1 ? `buildsOn: step-${rank - 1}\n` : ""}roles:\n${list(limits.shortListItems.value, limits.nameLength.value)}requirements:\n${list(limits.listItems.value, limits.itemLength.value)}duties:\n${list(limits.listItems.value, limits.itemLength.value)}---\n\n${variedText(random, 2000)}\n`,
      );
    }
  }
  return { careers: count, levels: count * limits.levels.value, bytes };
}
