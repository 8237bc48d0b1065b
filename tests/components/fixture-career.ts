import { loadContent } from "@/lib/content";

/** The valid fixture's career, loaded as the site loads its content: intern, analyst, senior analyst, lead. */
export const fixtureCareer = loadContent("tests/fixtures/content/valid").value[0]!;
