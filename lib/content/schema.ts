import { z } from "zod";

/** Slugs come from folder and file names, so they must be safe in URLs and on every file system. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 60;

/*
 * Page titles are built as "<level> <career> | Career Guide", "<career> career guide | Career
 * Guide" and "<career> levels compared | Career Guide"; html-validate's long-title rule accepts 70
 * characters, which leaves 54 for a level's and its career's titles together.
 */
export const CAREER_TITLE_MAX_LENGTH = 34;
export const LEVEL_TITLE_MAX_LENGTH = 20;
/** Search results cut descriptions at about 160 characters. */
export const DESCRIPTION_MAX_LENGTH = 160;
/** One sentence under the page heading. */
export const TAGLINE_MAX_LENGTH = 160;
/** A list item reads as one statement; longer text belongs in the narrative. */
export const ITEM_MAX_LENGTH = 300;
/** Job titles, occupation names, publishers: a few words each. */
export const NAME_MAX_LENGTH = 100;
export const URL_MAX_LENGTH = 500;
/** Lists that still read as lists on a phone and in the comparison table. */
export const LIST_MAX_ITEMS = 40;
export const SHORT_LIST_MAX_ITEMS = 12;

/**
 * Characters that show nothing or change how the text around them shows: control characters,
 * zero-width spaces, direction overrides and isolates, byte order marks, private-use code points.
 */
const INVISIBLE = /[\p{Cc}\p{Co}\p{Cf}\u2028\u2029]/u;

/**
 * The invisible characters that languages and emoji need: a zero-width non-joiner (Persian) or
 * joiner (Indic scripts, emoji such as 👩‍💻) between two visible characters, and the tags that
 * spell a subdivision after a black flag (🏴 + tags + cancel tag, such as Scotland's flag).
 */
const NEEDED_INVISIBLE = /(?<=[^\s\p{Cf}])[\u200C\u200D](?=[^\s\p{Cf}])|(?<=\u{1F3F4})[\u{E0020}-\u{E007E}]+\u{E007F}/gu;
const TEXT_WHITESPACE = /[\t\n]/g;

/** Whether `text` holds a character that is invisible or a control character (tabs and line breaks aside). */
export const hasInvisibleCharacter = (text: string) => INVISIBLE.test(text.replace(TEXT_WHITESPACE, " ").replace(NEEDED_INVISIBLE, ""));

const INVISIBLE_MESSAGE =
  "expected text without invisible or control characters (such as zero-width spaces or right-to-left overrides); retype the text around them";

const text = (maxLength: number, why = "") =>
  z
    .string({ error: "expected text" })
    .trim()
    .min(1, "expected some text")
    .max(maxLength, `expected at most ${maxLength} characters${why}`)
    .refine((value) => !hasInvisibleCharacter(value), INVISIBLE_MESSAGE);

/** React writes these characters into HTML as entities (`&amp;`…), and html-validate counts a title as written. */
const ENTITY_LENGTHS: Record<string, number> = { "&": 5, "<": 4, ">": 4, '"': 6, "'": 6 };

/** The length of `text` in a page's HTML source, where each of & < > " ' takes an entity's length. */
export const lengthInHtml = (text: string) => [...text].reduce((length, character) => length + (ENTITY_LENGTHS[character] ?? character.length), 0);

/** A title, whose length counts as in the page's `<title>`, so that the page title stays within the limit. */
const title = (maxLength: number) =>
  text(maxLength, " so that page titles fit in search results and browser tabs").refine(
    (value) => lengthInHtml(value) <= maxLength,
    `expected at most ${maxLength} characters, counting each & < > " ' as 4 to 6 (as the page writes them), so that page titles fit in search results and browser tabs`,
  );

const textList = (maxItems: number, itemMaxLength: number) =>
  z.array(text(itemMaxLength), { error: "expected a list" }).max(maxItems, `expected at most ${maxItems} items`);

const nonEmpty = <List extends z.ZodArray>(list: List) => list.min(1, "expected a list with at least one item");

const fields = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.strictObject(shape, { error: "expected a group of fields" });

/** Whether a `YYYY-MM-DD` date exists on the calendar (2026-02-31 does not). */
const isCalendarDate = (value: string) => {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** Dates may come quoted or unquoted from editors' tools; both are kept as `YYYY-MM-DD`. */
const isoDate = z
  .string({ error: "expected a date like 2026-01-31" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date like 2026-01-31")
  .refine(isCalendarDate, "expected a date that exists on the calendar");

const httpsUrl = z
  .string({ error: "expected a web address starting with https://" })
  .trim()
  .max(URL_MAX_LENGTH, `expected at most ${URL_MAX_LENGTH} characters`)
  .pipe(z.url({ protocol: /^https$/, error: "expected a web address starting with https://" }));

export const occupationCodeSchema = fields({
  system: text(NAME_MAX_LENGTH),
  code: text(NAME_MAX_LENGTH),
  title: text(NAME_MAX_LENGTH),
  url: httpsUrl.optional(),
});

export const resourceSchema = fields({
  title: text(ITEM_MAX_LENGTH),
  url: httpsUrl,
  publisher: text(NAME_MAX_LENGTH).optional(),
});

export const certificationSchema = fields({
  name: text(NAME_MAX_LENGTH),
  issuer: text(NAME_MAX_LENGTH),
  url: httpsUrl,
});

export const careerFrontmatterSchema = fields({
  title: title(CAREER_TITLE_MAX_LENGTH),
  tagline: text(TAGLINE_MAX_LENGTH),
  description: text(DESCRIPTION_MAX_LENGTH, " so search results show it whole"),
  occupationCodes: z.array(occupationCodeSchema, { error: "expected a list" }).max(SHORT_LIST_MAX_ITEMS, `expected at most ${SHORT_LIST_MAX_ITEMS} items`).optional(),
  resources: z.array(resourceSchema, { error: "expected a list" }).max(LIST_MAX_ITEMS, `expected at most ${LIST_MAX_ITEMS} items`).optional(),
  updated: isoDate.optional(),
});

export const levelFrontmatterSchema = fields({
  title: title(LEVEL_TITLE_MAX_LENGTH),
  rank: z.number({ error: "expected a whole number" }).int("expected a whole number"),
  roles: nonEmpty(textList(SHORT_LIST_MAX_ITEMS, NAME_MAX_LENGTH)),
  requirements: textList(LIST_MAX_ITEMS, ITEM_MAX_LENGTH),
  duties: nonEmpty(textList(LIST_MAX_ITEMS, ITEM_MAX_LENGTH)),
  buildsOn: z
    .string({ error: "expected the slug of another level, like entry" })
    .max(SLUG_MAX_LENGTH, `expected at most ${SLUG_MAX_LENGTH} characters`)
    .regex(SLUG_PATTERN, "expected the slug of another level, like entry")
    .optional(),
  certifications: z.array(certificationSchema, { error: "expected a list" }).max(SHORT_LIST_MAX_ITEMS, `expected at most ${SHORT_LIST_MAX_ITEMS} items`).optional(),
  updated: isoDate.optional(),
});

export type CareerFrontmatter = z.infer<typeof careerFrontmatterSchema>;
export type LevelFrontmatter = z.infer<typeof levelFrontmatterSchema>;
export type OccupationCode = z.infer<typeof occupationCodeSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Certification = z.infer<typeof certificationSchema>;
