/**
 * Every limit the content is held to, with what breaks without it. The schema, the reader, the
 * markdown pre-checks and the renderer take their numbers from here, and `npm run content-schema`
 * writes the table into content/README.md, so the editors' guide cannot drift from the checker.
 */
export interface Limit {
  value: number;
  /** What the number counts, as the editors' guide says it. */
  unit: string;
  /** What the limit applies to, as the editors' guide names it. */
  applies: string;
  /** What breaks without it. */
  why: string;
}

/** A sign as inline code, however it is spelled: a backtick needs double backticks around it. */
const asCode = (sign: string) => (sign === "`" ? "`` ` ``" : `\`${sign}\``);

/** The markdown signs whose runs stall the parser, counted against `limits.syntaxCharacters`. */
export const SYNTAX_CHARACTERS: readonly string[] = ["*", "_", "[", "]", "!", "<", ">", "&", "\\", "`", "|", "#", "=", "~"];

const limit = (value: number, unit: string, applies: string, why: string): Limit => ({ value, unit, applies, why });

export const limits = {
  fileBytes: limit(
    32 * 1024,
    "bytes",
    "a content file",
    "the markdown parser's worst cases grow faster than the text; real files are a few kilobytes, and this leaves ten times that while keeping every shape to well under two seconds",
  ),
  slugLength: limit(
    60,
    "characters",
    "a folder or file name",
    "names become web addresses, and file systems and URLs stay readable and within every host's limits",
  ),
  careerTitleLength: limit(
    120,
    "characters",
    "a career's `title`",
    "the longest official occupation titles (O*NET-SOC's) run to about 100 characters; longer text is a sentence, which belongs in the tagline. Headings wrap, and a page's `<title>` is shortened to fit search results",
  ),
  levelTitleLength: limit(
    80,
    "characters",
    "a level's `title`",
    "a level's name, in any script, such as \"Senior level (manager track)\"; it sits in the ladder and the comparison's headings, which wrap",
  ),
  descriptionLength: limit(160, "characters", "`description`", "search results cut descriptions at about 160 characters"),
  taglineLength: limit(160, "characters", "`tagline`", "it is one sentence under the page heading and on every card that lists the career"),
  itemLength: limit(
    300,
    "characters",
    "a list item (requirement, duty, resource title)",
    "an item reads as one statement in lists, the comparison table and the self-check",
  ),
  nameLength: limit(
    100,
    "characters",
    "a name (role, occupation code and title, issuer, publisher)",
    "names sit in ladders, cards and table cells a phone must fit",
  ),
  urlLength: limit(500, "characters", "a web address", "an address is shown and linked whole; longer ones are tracking or pasted by mistake"),
  listItems: limit(40, "items", "`requirements`, `duties`, `resources`", "a list must still read as a list on a phone and in the comparison table"),
  shortListItems: limit(12, "items", "`roles`, `occupationCodes`, `certifications`", "these show side by side in ladders and table cells"),
  levels: limit(
    16,
    "levels",
    "a career's level files",
    "each level's page carries the requirements of every level below it and the comparison carries every level, so a career's pages grow with the square of its levels (60 levels of 40 requirements made a 48.5 MB comparison and a 116 MB export); the longest real ladders run to about eight steps, and sixteen leaves room for two such tracks side by side",
  ),
  tracks: limit(
    2,
    "tracks",
    "named tracks (`track`) in one career",
    'every ladder draws a career\'s tracks as columns side by side, on a 320 px phone too: its 288 px column holds two of 140 px, where a card\'s title has 110 px a line, about twelve letters at 1rem ("Coordinator" takes 107 px), and a longer word breaks across lines; three columns would leave 60 px, which breaks even "Manager" (79 px). Frameworks that fork (an individual-contributor and a management track) run two',
  ),
  alsoFrom: limit(
    3,
    "levels",
    "`alsoFrom` of a level",
    "each is named on the level's card in every ladder of the career, in a column of 140 px on a phone: a level where two tracks meet is reached from a level or two on the other track, and more would push the rest of the ladder off the screen",
  ),
  aliases: limit(
    5,
    "items",
    "`aliases` (former names) of a career or of a level",
    "each former name is a page the build renders and the export stores: a career's repeats its overview, comparison and every level, and a level's repeats under the career's name and each former name, so five of each already lets a 16-level career add over five hundred pages, and a move keeps one more for each former name at either end (up to 1,650 for the 165 moves into and out of such a career at the limits); a page that moved five times has long left bookmarks and search results",
  ),
  sources: limit(
    5,
    "items",
    "`sources` of a career",
    "every page of the career names each source its facts come from, with its date: a handful of primary sources (O*NET, the Occupational Outlook Handbook, a certifying body) cover a career, and more would crowd every level page",
  ),
  moves: limit(
    5,
    "moves",
    "moves to other careers (`movesTo`), over all of a career's levels",
    "each move is a link on both levels' pages and a page of its own: at a thousand careers with five each, the export held 12,053 pages within the page budget and 19,164 files with the search index, under the 20,000 a host such as Cloudflare Pages takes (docs/benchmarks.md)",
  ),
  movesInto: limit(
    10,
    "moves",
    "moves into one level from levels of other careers",
    "the level's page names each level people come to it from, under \"Where people come from\": ten at the longest names take about 1 KB of the page's 10 KB budget, and a longer list is a directory, which the families and the A-Z are",
  ),
  markdownDepth: limit(
    24,
    "levels",
    "nesting of lists and quotes in the text (or 48 spaces of indentation)",
    "the parser recurses into nested blocks: deeper text only serves to exhaust its stack or stall it",
  ),
  markdownListItems: limit(
    500,
    "items",
    "list items in the text",
    "the parser's list handling takes quadratic time (syntax-tree/mdast-util-from-markdown#49): 3,000 short items take seconds",
  ),
  syntaxCharacters: limit(
    1_000,
    "uses of each sign",
    `each markdown sign in a file (${SYNTAX_CHARACTERS.map(asCode).join(" ")})`,
    "the parser's work grows faster than the text on long runs of its signs (unclosed brackets, emphasis, backticks, entities); real text uses far fewer",
  ),
  htmlBytes: limit(
    128 * 1024,
    "bytes",
    "the HTML a file's text turns into",
    "a reference to a long address used many times repeats it in the page each time: a full file could become megabytes of page",
  ),
  renderMilliseconds: limit(
    10_000,
    "milliseconds",
    "turning one file's text into a page",
    "the last line of defence against a shape the pre-checks do not know; the pre-checks keep every known shape under two seconds, and the rest leaves room for a machine several times busier, so the checker and the build never disagree because one ran at a bad moment",
  ),
  reportedProblems: limit(
    20,
    "messages",
    "raw HTML, images and headings reported in one file's text",
    "each is an error, and twenty lines find them all without flooding the log for a file made of HTML",
  ),
} satisfies Record<string, Limit>;

/** Where content/README.md holds the table below, written by `npm run content-schema`. */
const LIMITS_TABLE_MARKERS = {
  start: "<!-- limits table: written by npm run content-schema from lib/content/limits.ts -->",
  end: "<!-- end of limits table -->",
};

const formatNumber = (value: number) => new Intl.NumberFormat("en-US").format(value);

/** The limits as the editors' guide shows them: what, at most how much, and why. */
function limitsMarkdownTable(): string {
  const rows = Object.values(limits).map(({ value, unit, applies, why }) => {
    const amount =
      unit === "bytes" && value % 1024 === 0
        ? `${value / 1024} KB`
        : unit === "milliseconds" && value % 1000 === 0
          ? `${value / 1000} seconds`
          : `${formatNumber(value)} ${unit}`;
    return `| ${applies.replaceAll("|", "\\|")} | ${amount} | ${why.replaceAll("|", "\\|")} |`;
  });
  return [
    LIMITS_TABLE_MARKERS.start,
    "",
    "| Limit on | At most | Why (what breaks without it) |",
    "| --- | --- | --- |",
    ...rows,
    "",
    LIMITS_TABLE_MARKERS.end,
  ].join("\n");
}

/** `readme` with its limits table replaced by the table of today's limits. */
export function withLimitsTable(readme: string): string {
  const start = readme.indexOf(LIMITS_TABLE_MARKERS.start);
  const end = readme.indexOf(LIMITS_TABLE_MARKERS.end);
  if (start < 0 || end < start)
    throw new Error(`content/README.md has no limits table between "${LIMITS_TABLE_MARKERS.start}" and "${LIMITS_TABLE_MARKERS.end}"`);
  return readme.slice(0, start) + limitsMarkdownTable() + readme.slice(end + LIMITS_TABLE_MARKERS.end.length);
}
