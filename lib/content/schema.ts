import { z } from "zod";
// families.ts imports only types from lib/content, so this import makes no cycle at runtime.
import { ONET_SOC_SYSTEM, onetSocCodeProblem } from "./occupation-codes";
import { hasInvisibleCharacter, hasLineBreakOrTab, SLUG_PATTERN } from "./characters";
import { limits, type Limit } from "./limits";
import { START_MESSAGE, webAddressProblem } from "./web-address";

/**
 * The frontmatter contract, with the editors' wording on every field. Its numbers come from the
 * limits table (limits.ts); content/schema/*.json is generated from it for editors' tools.
 */
const {
  careerTitleLength,
  levelTitleLength,
  descriptionLength,
  taglineLength,
  itemLength,
  nameLength,
  urlLength,
  listItems,
  shortListItems,
  slugLength,
  aliases,
  alsoFrom,
  moves,
  sources,
} = limits;

const INVISIBLE_MESSAGE =
  "expected text without invisible or control characters (such as zero-width spaces or right-to-left overrides); retype the text around them";

const text = ({ value: maxLength }: Limit, why = "") =>
  z
    .string({ error: "expected text" })
    .trim()
    .min(1, "expected some text")
    .max(maxLength, `expected at most ${maxLength} characters${why}`)
    .refine((value) => !hasLineBreakOrTab(value), { error: "expected one line of text, without tabs or line breaks; join the lines", abort: true })
    .refine((value) => !hasInvisibleCharacter(value), INVISIBLE_MESSAGE);

const list = <Item extends z.ZodType>(item: Item, { value: maxItems }: Limit) =>
  z.array(item, { error: "expected a list" }).max(maxItems, `expected at most ${maxItems} items`);
const textList = (maxItems: Limit, itemMaxLength: Limit) => list(text(itemMaxLength), maxItems);

const nonEmpty = <List extends z.ZodArray>(list: List) => list.min(1, "expected a list with at least one item");

const fields = <Shape extends z.core.$ZodLooseShape>(shape: Shape) => z.strictObject(shape, { error: "expected a group of fields" });

/** Whether a `YYYY-MM-DD` date exists on the calendar (2026-02-31 does not). */
const isCalendarDate = (value: string) => {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** Dates may come quoted or unquoted from editors' tools; both are kept as `YYYY-MM-DD`. */
/**
 * The latest date an update can have: today where the day is furthest ahead (UTC+14), so that an
 * editor anywhere may write today's date, and a date in the future, which pages would show as
 * their last update, is refused.
 */
const latestPossibleDate = () => new Date(Date.now() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);

const isoDate = z
  .string({ error: "expected a date like 2026-01-31" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date like 2026-01-31")
  .refine(isCalendarDate, { error: "expected a date that exists on the calendar", abort: true })
  .refine((value) => value <= latestPossibleDate(), "expected a date that has already come, not one in the future");

const httpsUrl = z
  .string({ error: START_MESSAGE })
  .trim()
  .max(urlLength.value, { error: `expected at most ${urlLength.value} characters`, abort: true })
  .check((context) => {
    const problem = webAddressProblem(context.value);
    if (problem) context.issues.push({ code: "custom", message: problem, input: context.value });
  });

/** A system named as O*NET's in another spelling, its letters and digits alone: "o*net-soc", "ONET SOC", "O*NET-SOC 2019". */
const namesOnet = (system: string) =>
  /^onet/.test(
    system
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, ""),
  );

/** An O*NET-SOC code must be one, since the first files the career in its family (lib/browse). */
export const occupationCodeSchema = fields({
  system: text(nameLength),
  code: text(nameLength),
  title: text(nameLength),
  url: httpsUrl.optional(),
}).superRefine((occupation, context) => {
  // Another spelling of the one system that files careers would leave the career out of its family without a word.
  if (occupation.system !== ONET_SOC_SYSTEM && namesOnet(occupation.system)) {
    context.addIssue({ code: "custom", path: ["system"], message: `expected ${ONET_SOC_SYSTEM}, written as O*NET OnLine writes it`, input: occupation.system });
    return;
  }
  if (occupation.system !== ONET_SOC_SYSTEM) return;
  const problem = onetSocCodeProblem(occupation.code);
  if (problem) context.addIssue({ code: "custom", path: ["code"], message: problem, input: occupation.code });
});

const resourceSchema = fields({
  title: text(itemLength),
  url: httpsUrl,
  publisher: text(nameLength).optional(),
});

/**
 * The date a source gives for what it says, as precisely as it gives it: O*NET's "Updated 2025" is
 * `"2025"`, a figure "as of May 2024" is `"2024-05"`, a page last modified on a day is that day.
 */
const sourceDate = z
  .string({ error: 'expected the date the source gives, in quotes, like "2025", "2025-05" or "2025-08-28"' })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected the date the source gives, like "2025", "2025-05" or "2025-08-28"', abort: true })
  .refine((value) => isCalendarDate(`${value}-01-01`.slice(0, 10)), { error: "expected a date that exists on the calendar", abort: true })
  .refine((value) => value <= latestPossibleDate().slice(0, value.length), "expected a date that has already come, not one in the future");

/** Where the facts of a career that do not come from the first guide come from, and the date each source gives. */
export const sourceSchema = fields({
  title: text(nameLength),
  publisher: text(nameLength),
  url: httpsUrl,
  date: sourceDate,
});

export const certificationSchema = fields({
  name: text(nameLength),
  issuer: text(nameLength),
  url: httpsUrl,
});

/** A slug the site links to: a level's `buildsOn`, a former name in `aliases`. */
const slug = (expected: string) =>
  z.string({ error: expected }).max(slugLength.value, `expected at most ${slugLength.value} characters`).regex(SLUG_PATTERN, expected);

/**
 * The names a career's folder or a level's file had before, each kept as a page that sends readers
 * to the current one (lib/pages/moved.ts); what each may not be is in rules.ts.
 */
const formerNames = (name: string, example: string) =>
  list(slug(`expected a former ${name} in lowercase words joined by hyphens, like ${example}`), aliases).optional();

export const careerFrontmatterSchema = fields({
  title: text(careerTitleLength),
  tagline: text(taglineLength),
  description: text(descriptionLength, " so search results show it whole"),
  occupationCodes: list(occupationCodeSchema, shortListItems).optional(),
  resources: list(resourceSchema, listItems).optional(),
  sources: list(sourceSchema, sources).optional(),
  updated: isoDate.optional(),
  aliases: formerNames("folder name", "hr-specialist"),
});

/** Two slugs joined by a slash, as a pattern editors' tools can check too. */
const SLUG_BODY = SLUG_PATTERN.source.slice(1, -1);
const CAREER_LEVEL_PATTERN = new RegExp(`^${SLUG_BODY}/${SLUG_BODY}$`);

/** A level of another career, as its address names it: `recruiter/entry`. */
const levelOfAnotherCareer = z
  .string({ error: "expected a career's folder name and a level's file name, like recruiter/entry" })
  .max(2 * slugLength.value + 1, `expected at most ${2 * slugLength.value + 1} characters`)
  .regex(CAREER_LEVEL_PATTERN, "expected a career's folder name and a level's file name without .md, joined by a slash, like recruiter/entry");

export const levelFrontmatterSchema = fields({
  title: text(levelTitleLength),
  rank: z.number({ error: "expected a whole number" }).int("expected a whole number"),
  roles: nonEmpty(textList(shortListItems, nameLength)),
  requirements: textList(listItems, itemLength),
  duties: nonEmpty(textList(listItems, itemLength)),
  buildsOn: slug("expected the slug of another level, like entry").optional(),
  track: text(nameLength).optional(),
  alsoFrom: list(slug("expected the slug of another level, like senior"), alsoFrom).optional(),
  certifications: list(certificationSchema, shortListItems).optional(),
  updated: isoDate.optional(),
  aliases: formerNames("file name without .md", "junior"),
  movesTo: list(levelOfAnotherCareer, moves).optional(),
});

export type CareerFrontmatter = z.infer<typeof careerFrontmatterSchema>;
export type LevelFrontmatter = z.infer<typeof levelFrontmatterSchema>;
export type OccupationCode = z.infer<typeof occupationCodeSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Certification = z.infer<typeof certificationSchema>;
export type Source = z.infer<typeof sourceSchema>;
