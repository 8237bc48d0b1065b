import { z } from "zod";

/** Slugs come from folder and file names, so they must be safe in URLs and on every file system. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Level slugs that would collide with a career's own routes. */
export const RESERVED_LEVEL_SLUGS: readonly string[] = ["compare"];

export const DESCRIPTION_MAX_LENGTH = 160;

const text = z.string().trim().min(1, "expected some text, found an empty value");
const textList = z.array(text);
const nonEmptyTextList = textList.min(1, "expected a list with at least one item, found an empty list");

/** Dates may come quoted or unquoted from editors' tools; both are kept as `YYYY-MM-DD`. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date like 2026-01-31")
  .refine((value) => !Number.isNaN(Date.parse(value)), "expected a real calendar date");

const httpsUrl = z
  .string()
  .trim()
  .url("expected a web address starting with https://")
  .refine((value) => value.startsWith("https://"), "expected a web address starting with https://");

export const occupationCodeSchema = z
  .object({
    system: text,
    code: text,
    title: text,
    url: httpsUrl.optional(),
  })
  .strict();

export const resourceSchema = z
  .object({
    title: text,
    url: httpsUrl,
    publisher: text.optional(),
  })
  .strict();

export const certificationSchema = z
  .object({
    name: text,
    issuer: text,
    url: httpsUrl,
  })
  .strict();

export const careerFrontmatterSchema = z
  .object({
    title: text,
    tagline: text,
    description: text.max(
      DESCRIPTION_MAX_LENGTH,
      `expected at most ${DESCRIPTION_MAX_LENGTH} characters so search results show it whole`,
    ),
    occupationCodes: z.array(occupationCodeSchema).optional(),
    resources: z.array(resourceSchema).optional(),
    updated: isoDate.optional(),
  })
  .strict();

export const levelFrontmatterSchema = z
  .object({
    title: text,
    rank: z.number().int("expected a whole number"),
    roles: nonEmptyTextList,
    requirements: textList,
    duties: nonEmptyTextList,
    buildsOn: z.string().regex(SLUG_PATTERN, "expected the slug of another level, like entry").optional(),
    certifications: z.array(certificationSchema).optional(),
    updated: isoDate.optional(),
  })
  .strict();

export type CareerFrontmatter = z.infer<typeof careerFrontmatterSchema>;
export type LevelFrontmatter = z.infer<typeof levelFrontmatterSchema>;
export type OccupationCode = z.infer<typeof occupationCodeSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Certification = z.infer<typeof certificationSchema>;
