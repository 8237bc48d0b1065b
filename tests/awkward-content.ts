import { stringify } from "yaml";
import { limits } from "@/lib/content";
import { randomFrom } from "../scripts/lib/seeded-random";

/**
 * Pieces of text that are valid but awkward for every layer the content passes through: YAML
 * (colons, leading `*`, `&`, `!`, `#`), HTML (`<>&"'`), page titles and social cards (emoji,
 * Chinese, Japanese, Korean, Arabic, accents, the joiners of Persian and Hindi words, a
 * subdivision flag's tags), and wide or narrow characters.
 */
const PIECES = [
  "R&D",
  "<b>not bold</b>",
  "<img src=x onerror=alert(1)>",
  "</mark>",
  '"quoted"',
  "it's",
  "C++ & C#",
  "50% · 100%",
  "a > b < c",
  "Ünïcödé façade",
  "数据分析",
  "データ",
  "분석가",
  "محلل",
  "می\u200Cخواهم",
  "क्\u200Dष",
  "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
  "👩‍💻",
  "🚀",
  "✔️",
  "* star",
  "& amp",
  "! bang",
  "# hash",
  "key: value",
  "[brackets]",
  "{braces}",
  "`ticks`",
  "--- dashes",
  "&amp; &lt;",
  "\\backslash",
  "|pipe|",
];

type Random = () => number;
const pick = <Item>(random: Random, items: readonly Item[]): Item => items[Math.floor(random() * items.length)]!;

/**
 * Text of at most `maxLength` (as `measure` counts it) made of whole awkward pieces, as long as
 * `fill` of that, never cutting a piece (an emoji or a surrogate pair) in half.
 */
function awkwardText(random: Random, maxLength: number, fill: number, prefix = "", measure = (text: string) => text.length): string {
  let text = prefix;
  for (let attempts = 0; attempts < 200 && measure(text) < maxLength * fill; attempts += 1) {
    const next = `${text}${text ? " " : ""}${pick(random, PIECES)}`;
    if (measure(next.trim()) <= maxLength) text = next;
  }
  // Filler keeps the text exactly at the limit when `fill` is 1.
  while (fill === 1 && measure(text) < maxLength) text += measure(text) + 1 < maxLength ? " x" : "x";
  return text.trim().length > 0 ? text.trim() : prefix || "x";
}

const distinct = (random: Random, count: number, maxLength: number, fill: number) =>
  Array.from({ length: count }, (_, index) => awkwardText(random, maxLength, fill, `${index + 1}.`));

const URL_BASE = "https://example.org/guide/";
const longUrl = (random: Random) => `${URL_BASE}${"a".repeat(Math.floor(random() * (limits.urlLength.value - URL_BASE.length)))}`;
const longestUrl = (index: number) => `${URL_BASE}${index}-${"a".repeat(limits.urlLength.value - URL_BASE.length - `${index}-`.length)}`;

/** Markdown using every construct editors may use, with awkward text and no raw HTML. */
function awkwardMarkdown(random: Random): string {
  // Escaped where markdown would read them as HTML, or as a heading with the page's own level.
  const line = () =>
    awkwardText(random, 120, 0.8)
      .replace(/<[a-z/]/gi, (tag) => `\\${tag}`)
      .replace(/^#/, "\\#");
  return [
    `## ${line()}`,
    `${line()} with *emphasis*, **strong**, \`<code> & "quotes"\` and a [link](https://example.org/a?b=1&c=2).`,
    `- ${line()}\n- ${line()}\n  - ${line()}`,
    `1. ${line()}\n2. ${line()}`,
    `> ${line()}\n> > ${line()}`,
    "```\n<div> & </div> stay as text in code\n```",
    "* * *",
    `${line()}\\\n${line()}`,
  ].join("\n\n");
}

const frontmatter = (fields: Record<string, unknown>, body: string) => `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${body}\n`;

/** `count` former names starting with `prefix`, each as long as a name may be. */
const formerNames = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}-`.padEnd(limits.slugLength.value, "x"));

/**
 * One awkward career's files, keyed by their path in the content root. With `renamed`, the career
 * and its first level have the most former names, each as long as a name may be: every former
 * address becomes a page of its own. Its first level moves to the levels `movesTo` names.
 */
function awkwardCareer(random: Random, careerSlug: string, renamed: boolean, movesTo: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  const career = `careers/${careerSlug}`;
  files[`${career}/index.md`] = frontmatter(
    {
      title: awkwardText(random, limits.careerTitleLength.value, 1),
      tagline: awkwardText(random, limits.taglineLength.value, 1),
      description: awkwardText(random, limits.descriptionLength.value, 1),
      occupationCodes: Array.from({ length: limits.shortListItems.value }, (_, index) => ({
        system: awkwardText(random, limits.nameLength.value, 0.5),
        code: `${index}-${awkwardText(random, 20, 0.5)}`,
        title: awkwardText(random, limits.nameLength.value, 1),
        url: longUrl(random),
      })),
      resources: Array.from({ length: limits.listItems.value }, (_, index) => ({
        title: awkwardText(random, limits.itemLength.value, index === 0 ? 1 : 0.2, `${index + 1}.`),
        url: longUrl(random),
        publisher: awkwardText(random, limits.nameLength.value, 0.5),
      })),
      // The most sources, each name as long as allowed: every page of the career names them all.
      sources: Array.from({ length: limits.sources.value }, (_, index) => ({
        title: awkwardText(random, limits.nameLength.value, 1, `${index + 1}.`),
        publisher: awkwardText(random, limits.nameLength.value, 1),
        url: longUrl(random),
        date: ["2025", "2024-05", "2024-02-29"][index % 3],
      })),
      updated: "2024-02-29",
      ...(renamed ? { aliases: formerNames(`former-${careerSlug.replace(/-x+$/, "")}`, limits.aliases.value) } : {}),
    },
    awkwardMarkdown(random),
  );
  const levels = [
    // The most items every list may have, each short.
    {
      slug: "entry",
      roles: distinct(random, limits.shortListItems.value, 30, 0.5),
      requirements: distinct(random, limits.listItems.value, 40, 0.5),
      duties: distinct(random, limits.listItems.value, 40, 0.5),
    },
    // The longest items, a few of each, and the most certifications, each as long as allowed.
    {
      slug: "mid",
      roles: distinct(random, 2, limits.nameLength.value, 1),
      requirements: distinct(random, 3, limits.itemLength.value, 1),
      duties: distinct(random, 3, limits.itemLength.value, 1),
      certifications: Array.from({ length: limits.shortListItems.value }, (_, index) => ({
        name: awkwardText(random, limits.nameLength.value, 1, `${index + 1}.`),
        issuer: awkwardText(random, limits.nameLength.value, 1),
        url: longestUrl(index),
      })),
    },
    // The shortest lists allowed.
    { slug: "a", roles: ["🚀"], requirements: [], duties: ["<b>&</b>"] },
  ];
  levels.forEach(({ slug, ...lists }, index) => {
    files[`${career}/levels/${slug}.md`] = frontmatter(
      {
        title: awkwardText(random, limits.levelTitleLength.value, index === 0 ? 1 : 0.5),
        rank: (index + 1) * 10,
        ...lists,
        ...(index > 0 ? { buildsOn: levels[index - 1]!.slug } : {}),
        ...(renamed && index === 0 ? { aliases: formerNames(`former-${slug}`, limits.aliases.value) } : {}),
        ...(index === 0 ? { movesTo } : {}),
      },
      index === 2 ? "" : awkwardMarkdown(random),
    );
  });
  return files;
}

/**
 * A career whose ladder forks into the most tracks, each named as long as a name may be, side by
 * side with three levels and two, and meets again at a level reached from as many levels of the
 * other track as `alsoFrom` allows.
 */
function forkedCareer(random: Random, careerSlug: string): Record<string, string> {
  const career = `careers/${careerSlug}`;
  const [individual, management] = distinct(random, limits.tracks.value, limits.nameLength.value, 1);
  const individualLevels = Array.from({ length: limits.alsoFrom.value }, (_, index) => `specialist-${index + 1}`);
  const levels = [
    { slug: "entry", rank: 1 },
    { slug: "fork", rank: 2, buildsOn: "entry" },
    ...individualLevels.map((slug, index) => ({ slug, rank: 3 + index, buildsOn: individualLevels[index - 1] ?? "fork", track: individual })),
    { slug: "manager-1", rank: 3, buildsOn: "fork", track: management },
    { slug: "manager-2", rank: 4, buildsOn: "manager-1", track: management },
    { slug: "meeting", rank: 3 + individualLevels.length, buildsOn: "manager-2", alsoFrom: individualLevels },
  ];
  const files: Record<string, string> = {
    [`${career}/index.md`]: frontmatter(
      {
        title: awkwardText(random, limits.careerTitleLength.value, 0.5),
        tagline: awkwardText(random, limits.taglineLength.value, 0.5),
        description: awkwardText(random, limits.descriptionLength.value, 0.5),
      },
      awkwardMarkdown(random),
    ),
  };
  for (const { slug, ...ladder } of levels)
    files[`${career}/levels/${slug}.md`] = frontmatter(
      {
        title: awkwardText(random, limits.levelTitleLength.value, 0.5),
        ...ladder,
        roles: [awkwardText(random, limits.nameLength.value, 0.5)],
        requirements: [awkwardText(random, limits.itemLength.value, 0.2)],
        duties: [awkwardText(random, limits.itemLength.value, 0.2)],
      },
      "",
    );
  return files;
}

/** How many awkward careers each generated tree holds: more than one, so that pages listing careers list several. */
export const AWKWARD_CAREERS = 2;

/** The folder of the career whose every text is one word at its limit, on a ladder of LONG_LADDER levels. */
export const UNBROKEN_CAREER = "unbroken-words";
/** The most levels a career may have: far more than a ladder shows across a phone. */
export const LONG_LADDER = limits.levels.value;

/** A word of exactly `length` letters with no space to break it at, as German compounds and pasted codes are. */
const unbroken = (length: number, prefix = "") => `${prefix}${"Personalentwicklungsfachkraft".repeat(Math.ceil(length / 29))}`.slice(0, length);

/** An address pasted into a list item, `length` characters long. */
const pastedAddress = (length: number) => `https://www.example.org/${"careers/human-resources/".repeat(Math.ceil(length / 24))}`.slice(0, length);

/** Markdown whose every construct holds something a narrow screen cannot fit on a line. */
const unbrokenMarkdown = [
  `## ${unbroken(120)}`,
  `Inline code: \`${"npm_config_".repeat(20)}\`, a long word: ${unbroken(200)}, a pasted address: ${longestUrl(90)} and [a link named ${unbroken(100)}](https://example.org/).`,
  `- ${unbroken(300)}\n- ${pastedAddress(300)}`,
  `> ${unbroken(150)}`,
  `\`\`\`\n${"const fits = false; ".repeat(15).trimEnd()}\n\`\`\``,
  // Wider than any phone: it scrolls in its own box.
  [
    `| ${["Level", "Responsibilities", "Qualifications", "Certification", "Experience", "Compensation", "Supervision", "Progression"].join(" | ")} |`,
    `|${" --- |".repeat(8)}`,
    ...[1, 2, 3].map(
      (row) => `| ${row} | ${["Recruitment", "Bachelor's degree", "Professional", "Three years", "Competitive", "Independent", unbroken(60)].join(" | ")} |`,
    ),
  ].join("\n"),
].join("\n\n");

/**
 * A career whose every text is one word as long as its limit allows (titles, roles, items, names,
 * code and addresses in the text, a wide table), on a ladder of LONG_LADDER levels: every page
 * must still fit a 320 px screen.
 */
function unbrokenCareer(): Record<string, string> {
  const career = `careers/${UNBROKEN_CAREER}`;
  const files: Record<string, string> = {
    [`${career}/index.md`]: frontmatter(
      {
        title: unbroken(limits.careerTitleLength.value),
        tagline: unbroken(limits.taglineLength.value),
        description: unbroken(limits.descriptionLength.value),
        occupationCodes: [
          { system: unbroken(limits.nameLength.value), code: unbroken(limits.nameLength.value), title: unbroken(limits.nameLength.value), url: longestUrl(91) },
        ],
        resources: [{ title: unbroken(limits.itemLength.value), url: longestUrl(92), publisher: unbroken(limits.nameLength.value) }],
      },
      unbrokenMarkdown,
    ),
  };
  for (let step = 1; step <= LONG_LADDER; step += 1) {
    files[`${career}/levels/step-${step}.md`] = frontmatter(
      {
        title: unbroken(limits.levelTitleLength.value, `${step}`),
        rank: step,
        roles: [unbroken(limits.nameLength.value)],
        requirements: [unbroken(limits.itemLength.value, `${step}`)],
        duties: [pastedAddress(limits.itemLength.value)],
        // The second level inherits the first's requirement, whose summary names the first level.
        ...(step === 2 ? { buildsOn: "step-1" } : {}),
        ...(step === 1
          ? { certifications: [{ name: unbroken(limits.nameLength.value), issuer: unbroken(limits.nameLength.value), url: longestUrl(93) }] }
          : {}),
      },
      step === 1 ? unbrokenMarkdown : "",
    );
  }
  return files;
}

/**
 * A content tree of valid but awkward careers, as files keyed by their path in the content root:
 * every text field holds punctuation, markup-like text, emoji and other scripts, and each limit
 * is reached by some field (titles at their maximum length, lists at their maximum count, slugs
 * at their maximum length, the most former names and moves), one career forking into the most
 * tracks, and one career of unbroken words on a long ladder. Each seed gives a different tree; the
 * checker must accept them all.
 */
export function awkwardContent(seed: number): Record<string, string> {
  const random = randomFrom(seed);
  const longestSlug = (prefix: string) => prefix.padEnd(limits.slugLength.value, "x");
  const slugs = Array.from({ length: AWKWARD_CAREERS }, (_, index) => longestSlug(`career-${seed}-${index + 1}-`));
  // The most moves a career may have, all from its fullest level, to the other careers' longest titles.
  const movesFrom = (slug: string) =>
    [
      ...slugs.filter((other) => other !== slug).flatMap((other) => ["entry", "mid", "a"].map((level) => `${other}/${level}`)),
      ...Array.from({ length: limits.moves.value }, (_, step) => `${UNBROKEN_CAREER}/step-${step + 1}`),
    ].slice(0, limits.moves.value);
  return Object.assign(
    unbrokenCareer(),
    ...slugs.map((slug, index) => awkwardCareer(random, slug, index === 0, movesFrom(slug))),
    forkedCareer(random, longestSlug(`career-${seed}-tracks-`)),
  );
}
