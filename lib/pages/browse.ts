import { buildBrowseModel, HOME_MOST_INDEX_PART_LINKS, relatedCareers, type BrowseModel, type RelatedCareers, type TitleGroupListing } from "../browse";
import { getCareers } from "../content";
import type { Career } from "../content";
import { paths } from "../site";

/**
 * The browse model the browsing pages (families, the A-Z index, related careers, the home page)
 * show, worked out once per set of careers: every page of a build asks with the same careers.
 */
const browseModels = new WeakMap<readonly Career[], BrowseModel>();

/** The browse model of `careers`, built on the first ask. */
export function browseModelOf(careers: readonly Career[]): BrowseModel {
  let model = browseModels.get(careers);
  if (!model) {
    model = buildBrowseModel(careers);
    browseModels.set(careers, model);
  }
  return model;
}

/** A listing's parts in the route's params: none for the first, which lives at the listing's own address. */
export const partParams = (part: number): string[] => (part > 1 ? [String(part)] : []);

/** "Business and Financial Operations Occupations, part 2 of 3", or the name alone for a listing of one part. */
export const partName = (name: string, part: number, parts: number) => (parts > 1 ? `${name}, part ${part} of ${parts}` : name);

/** A link to a family's page, with how many careers it holds. */
interface FamilyLink {
  name: string;
  href: string;
  count: number;
}

/** A letter of the A-Z index with a link to each of its parts. */
export interface LetterLinks {
  label: string;
  /** The script of a letter outside the Latin alphabet, which may look like a Latin one. */
  script?: string;
  /** The address of each part the home page links, the first part's first. */
  parts: string[];
}

/** The ways into a catalogue: its families, and the A-Z index's letters with each of their parts. */
export interface BrowseLinks {
  families: FamilyLink[];
  letters: LetterLinks[];
}

/**
 * Every family and every part of the A-Z index, so that a reader who knows only their job title
 * reaches its level within two clicks of home. A catalogue with more parts than the home page lists
 * (`HOME_MOST_INDEX_PART_LINKS`, a few thousand careers) gets each letter's first part, whose page
 * links the rest.
 */
export function browseLinksOf(careers: readonly Career[]): BrowseLinks {
  const { families, titleGroups } = browseModelOf(careers);
  const partCount = titleGroups.reduce((count, group) => count + group.parts.length, 0);
  const partsListed = (group: TitleGroupListing) => (partCount <= HOME_MOST_INDEX_PART_LINKS ? group.parts : group.parts.slice(0, 1));
  return {
    families: families.map((family) => ({ name: family.name, href: paths.family(family.slug), count: family.careers.length })),
    letters: titleGroups.map((group) => ({
      label: group.label,
      ...(group.script ? { script: group.script } : {}),
      parts: partsListed(group).map((_, index) => paths.titleIndex(group.slug, index + 1)),
    })),
  };
}

/** Each letter of the A-Z index with a link to its first part, whose page links the rest: the bar an A-Z page leads on by. */
export function letterBarOf(careers: readonly Career[]): LetterLinks[] {
  return browseLinksOf(careers).letters.map((letter) => ({ ...letter, parts: letter.parts.slice(0, 1) }));
}

/** Careers related to `career` in the site's catalogue (or in `careers`): a few of its family, and those that share a job title with it. */
export function relatedCareersOf(career: Career, careers: readonly Career[] = getCareers()): RelatedCareers {
  const model = browseModelOf(careers);
  // The model files the careers it was given: find this one among them.
  const filed = model.careers.find((candidate) => candidate.slug === career.slug) ?? career;
  return relatedCareers(model, filed);
}
