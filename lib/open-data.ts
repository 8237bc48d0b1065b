import { z } from "zod";
import { majorGroupOf, OTHER_FAMILY } from "./browse";
import { certificationSchema, occupationCodeSchema, SLUG_PATTERN, sourceSchema, type Career, type CareerLevelRef, type Level } from "./content";
import { absoluteUrl, paths } from "./site";

/*
 * The guide as open data: each career as one JSON document, and an index of them, for people who
 * build on career data. The shapes below are the published contract: their JSON Schemas are
 * generated from them and every document names its schema in `$schema`. A change that could break
 * a reader (a field removed, renamed or retyped) needs a new version; adding a field does not.
 */

/** The version of the documents' shape, part of each schema's address. */
const OPEN_DATA_VERSION = "v1";

const slug = z.string().regex(SLUG_PATTERN);
const text = z.string().min(1);
const textList = z.array(text);
const updated = z.iso.date().describe("YYYY-MM-DD: the last real change to this content").optional();
const schemaReference = z.url().describe("The address of this document's JSON Schema");

const familySchema = z
  .object({
    slug: slug.describe("The family's name in addresses"),
    name: text.describe("The SOC 2018 major group's official name, or Other careers"),
    majorGroup: z
      .string()
      .regex(/^\d{2}-0000$/)
      .describe("The SOC 2018 major group's code, such as 13-0000; absent for Other careers")
      .optional(),
  })
  .strict()
  .describe("Where the guide files the career: the SOC 2018 major group of its first O*NET-SOC code, or Other careers when it has none");

/** Former names, each still an address that sends readers to the page (lib/pages/moved.ts). */
const aliases = (of: string) =>
  z.array(slug).min(1).describe(`The ${of}'s former names in addresses, each still an address that leads to its page; absent when it has none`).optional();

/** A level of another career, by its career's and its own names in addresses, with its page. */
const otherCareerLevelSchema = z
  .object({
    career: slug.describe("The other career's name in addresses"),
    level: slug.describe("The level's name in addresses, within that career"),
    url: z.url().describe("The level's page"),
  })
  .strict();

const levelDocumentSchema = z
  .object({
    slug: slug.describe("The level's name in addresses, unique within the career"),
    aliases: aliases("level"),
    title: text,
    rank: z.int().describe("Orders the levels of a career, lowest first; not necessarily consecutive; two levels side by side on two tracks share one"),
    track: text.describe("The track this level is on, one of the career's tracks; absent on the part of the ladder the tracks share").optional(),
    url: z.url().describe("The level's page"),
    roles: textList.describe("Job titles held at this level"),
    requirements: textList.describe("What this level asks for beyond the levels it builds on"),
    inheritedRequirements: z
      .array(
        z
          .object({
            level: slug.describe("The slug of the lower level these requirements come from"),
            requirements: textList,
          })
          .strict(),
      )
      .describe("Requirements this level includes from the levels it builds on, lowest level first"),
    buildsOn: slug.describe("The slug of the lower level whose requirements this level includes").optional(),
    alsoFrom: z
      .array(slug)
      .min(1)
      .describe(
        "The slugs of other lower levels people also reach this level from, often on the other track; their requirements are not included; absent when there are none",
      )
      .optional(),
    duties: textList.describe("What people at this level do"),
    certifications: z.array(certificationSchema).describe("Certifications that fit this level"),
    movesTo: z.array(otherCareerLevelSchema).describe("Levels of other careers people commonly move to from this level").optional(),
    movesFrom: z
      .array(otherCareerLevelSchema)
      .describe("Levels of other careers people commonly move to this level from: the levels whose movesTo names this one")
      .optional(),
    updated,
  })
  .strict();

const careerDocumentSchema = z
  .object({
    $schema: schemaReference,
    slug: slug.describe("The career's name in addresses"),
    aliases: aliases("career"),
    title: text,
    tagline: text,
    description: text,
    url: z.url().describe("The career's overview page"),
    updated: updated.describe("YYYY-MM-DD: the latest change to the career or any of its levels"),
    occupationCodes: z.array(occupationCodeSchema).describe("Official occupation codes, such as O*NET-SOC"),
    sources: z
      .array(sourceSchema)
      .describe("Where the career's facts come from, each with the date it gives (YYYY, YYYY-MM or YYYY-MM-DD); absent when it has none")
      .optional(),
    family: familySchema,
    tracks: z
      .array(text)
      .min(1)
      .describe(
        "The tracks the ladder forks into, in the order their first levels come, each named in the track of its levels; absent for a ladder that does not fork",
      )
      .optional(),
    levels: z.array(levelDocumentSchema).describe("Every level, in rank order, entry level first"),
  })
  .strict()
  .meta({
    title: "A career of the Career Guide",
    description: "One career's ladder: levels, the tracks it forks into, roles, requirements, duties, certifications, occupation codes and family.",
  });

const careersIndexSchema = z
  .object({
    $schema: schemaReference,
    careers: z.array(
      z
        .object({
          slug,
          title: text,
          description: text,
          family: familySchema,
          url: z.url().describe("The career's overview page"),
          data: z.url().describe("The career's document"),
          updated,
        })
        .strict(),
    ),
  })
  .strict()
  .meta({ title: "The careers of the Career Guide", description: "Every career, with its family and the address of its document." });

export type CareerDocument = z.infer<typeof careerDocumentSchema>;
export type CareersIndex = z.infer<typeof careersIndexSchema>;

const publishedSchemas = [
  { name: "career", schema: careerDocumentSchema },
  { name: "careers", schema: careersIndexSchema },
] as const;
type SchemaName = (typeof publishedSchemas)[number]["name"];

/** `career.v1.json`: versioned, so a later shape can be published beside this one. */
const schemaFileName = (name: SchemaName) => `${name}.${OPEN_DATA_VERSION}.json`;
const schemaUrl = (name: SchemaName) => absoluteUrl(paths.dataSchema(schemaFileName(name)));

/** Route parameters for every published JSON Schema under /data/schema/. */
export function dataSchemaParams(): { file: string }[] {
  return publishedSchemas.map(({ name }) => ({ file: schemaFileName(name) }));
}

/** The published JSON Schema (draft 2020-12) with this file name, or `undefined`. */
export function dataSchema(file: string): Record<string, unknown> | undefined {
  const published = publishedSchemas.find(({ name }) => schemaFileName(name) === file);
  if (!published) return undefined;
  const { $schema, ...shape } = z.toJSONSchema(published.schema);
  return { $schema, $id: schemaUrl(published.name), ...shape };
}

/** The career's family as the documents give it. */
function familyDocument(career: Career): z.infer<typeof familySchema> {
  const group = majorGroupOf(career);
  return group ? { slug: group.slug, name: group.name, majorGroup: group.code } : { slug: OTHER_FAMILY.slug, name: OTHER_FAMILY.name };
}

const otherCareerLevel = ({ career, level }: CareerLevelRef) => ({
  career: career.slug,
  level: level.slug,
  url: absoluteUrl(paths.level(career.slug, level.slug)),
});

function levelDocument(career: Career, level: Level): CareerDocument["levels"][number] {
  return {
    slug: level.slug,
    ...(level.aliases.length > 0 ? { aliases: level.aliases } : {}),
    title: level.title,
    rank: level.rank,
    track: level.track,
    url: absoluteUrl(paths.level(career.slug, level.slug)),
    roles: level.roles,
    requirements: level.requirements,
    inheritedRequirements: level.inheritedRequirements.map((group) => ({ level: group.level.slug, requirements: group.requirements })),
    buildsOn: level.buildsOn?.slug,
    ...(level.alsoFrom.length > 0 ? { alsoFrom: level.alsoFrom.map((other) => other.slug) } : {}),
    duties: level.duties,
    certifications: level.certifications,
    // Absent rather than empty, as most levels name none: the documents stay as they were for careers without moves.
    ...(level.movesTo.length > 0 ? { movesTo: level.movesTo.map(otherCareerLevel) } : {}),
    ...(level.movesFrom.length > 0 ? { movesFrom: level.movesFrom.map(otherCareerLevel) } : {}),
    updated: level.updated,
  };
}

/** One career as its open-data document. */
export function careerDocument(career: Career): CareerDocument {
  return {
    $schema: schemaUrl("career"),
    slug: career.slug,
    ...(career.aliases.length > 0 ? { aliases: career.aliases } : {}),
    title: career.title,
    tagline: career.tagline,
    description: career.description,
    url: absoluteUrl(paths.career(career.slug)),
    updated: career.updated,
    occupationCodes: career.occupationCodes,
    ...(career.sources.length > 0 ? { sources: career.sources } : {}),
    family: familyDocument(career),
    ...(career.tracks.length > 0 ? { tracks: career.tracks } : {}),
    levels: career.levels.map((level) => levelDocument(career, level)),
  };
}

/** The index of every career's document. */
export function careersIndex(careers: Career[]): CareersIndex {
  return {
    $schema: schemaUrl("careers"),
    careers: careers.map((career) => ({
      slug: career.slug,
      title: career.title,
      description: career.description,
      family: familyDocument(career),
      url: absoluteUrl(paths.career(career.slug)),
      data: absoluteUrl(paths.careerData(career.slug)),
      updated: career.updated,
    })),
  };
}

/** The file name of a career's document under /data/careers/, the route's parameter. */
const careerFileName = (career: Career) => `${career.slug}.json`;

/** Route parameters for every career's document. */
export function careerDocumentParams(careers: Career[]): { file: string }[] {
  return careers.map((career) => ({ file: careerFileName(career) }));
}

/** The document behind `/data/careers/<file>`, or `undefined`. */
export function careerDocumentFor(careers: Career[], file: string): CareerDocument | undefined {
  const career = careers.find((candidate) => careerFileName(candidate) === file);
  return career && careerDocument(career);
}

/** Indented, so that a developer reading the file in a browser can follow it. */
export function jsonResponse(body: unknown, contentType = "application/json"): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "Content-Type": contentType } });
}
