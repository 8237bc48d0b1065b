import { loadContent } from "@/lib/content";

/** The valid fixture's career, loaded as the site loads its content: intern, analyst, senior analyst, lead. */
export const fixtureCareer = loadContent("tests/fixtures/content/valid").value[0]!;

/** The tracks fixture's career: associate, specialist, which forks into senior specialist and principal (Individual contributor) and manager (Management), meeting again at director. */
export const forkedCareer = loadContent("tests/fixtures/content/tracks").value[0]!;
