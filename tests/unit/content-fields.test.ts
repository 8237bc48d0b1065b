import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { limits, loadContent } from "@/lib/content";
import { hasInvisibleCharacter } from "@/lib/content/characters";
import { randomFrom } from "../../scripts/lib/seeded-random";
import { CAREER_INDEX, ENTRY_FRONTMATTER, temporaryContent, temporaryIssues } from "./content-fixtures";

/** A content root whose entry level has `fields` (YAML lines) in place of its usual ones. */
const levelWith = (fields: string, body = "") =>
  temporaryContent({ "careers/test-career/index.md": CAREER_INDEX, "careers/test-career/levels/entry.md": `---\n${fields}\n---\n${body}` });

const ENTRY_FIELDS = ENTRY_FRONTMATTER.split("\n").slice(1, -2);
const replacing = (field: string, line: string) => ENTRY_FIELDS.map((existing) => (existing.startsWith(`${field}:`) ? line : existing)).join("\n");

describe("text fields refuse characters that hide or reorder text", () => {
  it.each([
    ["a zero-width space", "\u200B"],
    ["a right-to-left override", "\u202E"],
    ["a control character", "\u0007"],
    ["a byte order mark", "\uFEFF"],
  ])("refuses %s in a title, naming the field and spelling the character out", (_name, character) => {
    const [issue, ...others] = temporaryIssues(levelWith(replacing("title", `title: "En${character}try"`)));
    expect(others).toEqual([]);
    expect(issue).toContain("entry.md:2:8  title: expected text without invisible or control characters");
    expect(issue).toContain(`found "En\\u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}try"`);
  });

  it("refuses them in list items and in the text below the frontmatter", () => {
    expect(temporaryIssues(levelWith(replacing("duties", 'duties: ["Help\u2066 the team"]'), "\nFine.\n\nHidden\u200B here.\n"))).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:6:10  duties (item 1): expected text without invisible or control characters (such as zero-width spaces or right-to-left overrides); retype the text around them, found "Help\\u2066 the team"",
        "careers/test-career/levels/entry.md:11:1  the text contains an invisible or control character (such as a zero-width space or a right-to-left override); retype the line without it",
      ]
    `);
  });

  const SCOTLAND = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
  it.each([
    ["a zero-width non-joiner inside a Persian word", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"],
    ["a zero-width joiner inside a Hindi word", "\u0915\u094D\u200D\u0937"],
    ["a zero-width joiner between emoji", "\u{1F469}\u200D\u{1F4BB}"],
    ["a subdivision flag", `Work in ${SCOTLAND} Scotland`],
    ["a zero-width joiner after a skin tone", "\u{1F469}\u{1F3FD}\u200D\u{1F4BB}"],
    ["a zero-width joiner after an emoji's presentation selector", "\u{1F3F3}\uFE0F\u200D\u{1F308}"],
    ["an emoji presentation selector after a check mark", "Done \u2714\uFE0F"],
    ["a keycap", "Step 1\uFE0F\u20E3"],
    ["an ideographic variation selector after a Han ideograph", "\u845B\u{E0100}"],
    ["a free variation selector after a Mongolian letter", "\u1820\u180B"],
  ])("allows %s", (_name, text) => {
    expect(hasInvisibleCharacter(text)).toBe(false);
  });

  it.each([
    ["a zero-width non-joiner after a space", "Data \u200Canalyst"],
    ["a zero-width joiner at the end", "Data analyst\u200D"],
    ["a zero-width joiner next to another invisible character", "Data\u200D\u200Banalyst"],
    ["tags without a black flag", "Scotland\u{E0067}\u{E0062}\u{E007F}"],
    ["tags after an emoji other than a black flag", "Data Analyst\u{1F44D}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"],
    [
      "tags spelling more than a subdivision after a black flag",
      "Data Analyst\u{1F3F4}\u{E0064}\u{E0061}\u{E0074}\u{E0061}\u{E0061}\u{E006E}\u{E0061}\u{E006C}\u{E007F}",
    ],
    ["capital tags after a black flag", "\u{1F3F4}\u{E0047}\u{E0042}\u{E0053}\u{E0043}\u{E0054}\u{E007F}"],
    ["a zero-width joiner between Latin letters", "Da\u200Dta Analyst"],
    ["a zero-width non-joiner between Latin letters", "Data\u200CAnalyst"],
    ["a zero-width joiner between Han ideographs", "\u6570\u200D\u636E"],
    ["a zero-width joiner between an emoji and a letter", "\u{1F469}\u200DAnalyst"],
    ["a variation selector after a Latin letter", "Data\uFE0F Analyst"],
    ["an ideographic variation selector after a Latin letter", "Data Analyst\u{E0100}"],
    ["an emoji presentation selector after a digit outside a keycap", "Analyst 1\uFE0F"],
    ["a Mongolian free variation selector after a Latin letter", "Data\u180B Analyst"],
    ["a variation selector after CJK punctuation", "\u3002\uFE00"],
    ["a zero-width joiner between an ideograph's variant and an emoji", "\u6570\uFE0F\u200D\u{1F469}"],
    ["a black flag's tags without the cancel tag", "\u{1F3F4}\u{E0067}\u{E0062}"],
    ["a zero-width space", "Data\u200Banalyst"],
    ["a left-to-right embedding", "Data\u202Aanalyst"],
    ["a right-to-left override", "Data\u202Eanalyst"],
    ["a left-to-right isolate", "Data\u2066analyst"],
    ["a pop directional isolate", "Data\u2069analyst"],
    ["a byte order mark", "Data\uFEFFanalyst"],
    ["a C0 control character", "Data\u0007analyst"],
    ["a C1 control character", "Data\u0085analyst"],
    ["a private-use character", "Data\uE000analyst"],
  ])("refuses %s", (_name, text) => {
    expect(hasInvisibleCharacter(text)).toBe(true);
  });

  // Generated: each kind of character that shows nothing where it stands, at a random place between
  // letters of a job title, which it would make a second, identical-looking entry. Ideographs keep
  // their own variation selectors (U+FE00 to U+FE02 and the ideographic ones), and only those.
  it("refuses every hiding character between letters of scripts that do not join, in 500 generated titles", () => {
    const random = randomFrom(Number(process.env.AGREEMENT_SEED ?? 1));
    const between = (low: number, high: number) => () => String.fromCodePoint(low + Math.floor(random() * (high - low + 1)));
    const everywhere = [between(0xfe03, 0xfe0f), between(0xe0020, 0xe007f), between(0x180b, 0x180d), () => "\u180F", between(0x200c, 0x200d)];
    const notAfterIdeographs = [...everywhere, between(0xfe00, 0xfe02), between(0xe0100, 0xe01ef)];
    const titles = [
      { title: "Data Analyst", hiding: notAfterIdeographs },
      { title: "Аналитик данных", hiding: notAfterIdeographs },
      { title: "Συντονιστής", hiding: notAfterIdeographs },
      { title: "数据分析师", hiding: everywhere },
    ];
    for (let index = 0; index < 500; index += 1) {
      const { title, hiding } = titles[Math.floor(random() * titles.length)]!;
      const letters = [...title];
      const at = 1 + Math.floor(random() * (letters.length - 1));
      if (letters[at - 1] === " " || letters[at] === " ") continue;
      const text = [...letters.slice(0, at), hiding[Math.floor(random() * hiding.length)]!(), ...letters.slice(at)].join("");
      expect(hasInvisibleCharacter(text), JSON.stringify(text)).toBe(true);
    }
  });

  it("spells out what hides in a key's name, as in a value", () => {
    const [issue, ...others] = temporaryIssues(levelWith(`${ENTRY_FIELDS.join("\n")}\ndut\u202Eies2: [x]`));
    expect(others).toEqual([]);
    expect(issue).toContain("dut\\u202Eies2");
    expect(issue).not.toContain("\u202E");
  });

  it("accepts emoji, including those joined by zero-width joiners, and other scripts", () => {
    const root = levelWith(replacing("title", 'title: "Entry 👩‍💻 入门 مبتدئ"'), "\nText with 👍🏽 and ✔️.\n");
    expect(loadContent(root).issues).toEqual([]);
  });
});

describe("every text field and list has a limit", () => {
  it("accepts real occupation titles, in any script, every punctuation mark counted as one character", () => {
    const career = 'First-Line Supervisors of Landscaping, Lawn Service, and Groundskeeping Workers & <Co> "R&D" it\'s';
    const root = temporaryContent({
      "careers/test-career/index.md": CAREER_INDEX.replace(
        "title: Test Career",
        `title: ${JSON.stringify(career.padEnd(limits.careerTitleLength.value, "x"))}`,
      ),
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER.replace(
        "title: Entry",
        `title: ${JSON.stringify("Entry level (مستوى مبتدئ) & Senior > Lead".padEnd(limits.levelTitleLength.value, "y"))}`,
      ),
    });
    expect(loadContent(root).issues).toEqual([]);
  });

  it("refuses a title over the limit with one message", () => {
    const root = temporaryContent({
      "careers/test-career/index.md": CAREER_INDEX.replace("title: Test Career", `title: ${"C".repeat(limits.careerTitleLength.value + 1)}`),
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER.replace("title: Entry", `title: ${"L".repeat(limits.levelTitleLength.value + 1)}`),
    });
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/index.md:2:8  title: expected at most 120 characters, found 121 characters",
        "careers/test-career/levels/entry.md:2:8  title: expected at most 80 characters, found 81 characters",
      ]
    `);
  });

  it("bounds the number of items in a list and the length of each", () => {
    const duties = Array.from({ length: limits.listItems.value + 1 }, (_, index) => `  - Duty ${index}`).join("\n");
    const roles = `roles: ["${"R".repeat(101)}"]`;
    expect(temporaryIssues(levelWith(`${replacing("roles", roles).replace("duties: [Help the team]", `duties:\n${duties}`)}`))).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:4:9  roles (item 1): expected at most 100 characters, found 101 characters",
        "careers/test-career/levels/entry.md:7:3  duties: expected at most 40 items, found 41 items",
      ]
    `);
  });
});

describe("dates", () => {
  it("refuses a date that does not exist on the calendar", () => {
    expect(temporaryIssues(levelWith(`${ENTRY_FIELDS.join("\n")}\nupdated: 2026-02-31`))).toMatchInlineSnapshot(`
      [
        "careers/test-career/levels/entry.md:7:10  updated: expected a date that exists on the calendar, found "2026-02-31"",
      ]
    `);
  });

  it("accepts the 29th of February in a leap year", () => {
    expect(loadContent(levelWith(`${ENTRY_FIELDS.join("\n")}\nupdated: 2024-02-29`)).issues).toEqual([]);
  });
});

describe("occupation codes", () => {
  /** A content root whose career lists `codes` as its occupation codes, one `system` and `code` each. */
  const careerWithCodes = (codes: [system: string, code: string][]) =>
    temporaryContent({
      "careers/test-career/index.md": CAREER_INDEX.replace(
        "---\n",
        `---\noccupationCodes:\n${codes.map(([system, code]) => `  - system: ${system}\n    code: "${code}"\n    title: Test occupation\n`).join("")}`,
      ),
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER,
    });

  it("refuses an O*NET-SOC code of the wrong shape or an unknown major group, on the code's line", () => {
    expect(
      temporaryIssues(
        careerWithCodes([
          ["O*NET-SOC", "13-1071.00"],
          ["O*NET-SOC", "13-1071"],
          ["O*NET-SOC", "99-1071.00"],
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "careers/test-career/index.md:7:11  occupationCodes (item 2).code: expected an O*NET-SOC code like 13-1071.00 (two digits, a hyphen, four digits, a dot, two digits), found "13-1071"",
        "careers/test-career/index.md:10:11  occupationCodes (item 3).code: expected an O*NET-SOC code whose first two digits are a SOC 2018 major group ("99" is not one; the groups are listed at https://www.bls.gov/soc/2018/major_groups.htm), found "99-1071.00"",
      ]
    `);
  });

  it("refuses O*NET-SOC spelled another way, which would leave the career out of its family, on the system's line", () => {
    const spellings = ["o*net-soc", "ONET-SOC", "O*NET SOC", "O*NET-SOC 2019", "onet"];
    expect(temporaryIssues(careerWithCodes(spellings.map((system) => [system, "13-1071.00"])))).toEqual(
      spellings.map(
        (system, index) =>
          `careers/test-career/index.md:${3 + index * 3}:13  occupationCodes (item ${index + 1}).system: expected O*NET-SOC, written as O*NET OnLine writes it, found "${system}"`,
      ),
    );
  });

  it("accepts a valid O*NET-SOC code and leaves other systems' codes as written", () => {
    expect(
      loadContent(
        careerWithCodes([
          ["O*NET-SOC", "55-3015.00"],
          ["ISCO-08", "2423"],
          ["SOC", "13-1071"],
        ]),
      ).issues,
    ).toEqual([]);
  });
});

/** Every entry of the career's route folder (compare, social-card.png…) but the levels' own, without its extension: a level cannot share its address. */
const careerRoutes = readdirSync("app/careers/[career]")
  .filter((name) => !name.startsWith("["))
  .map((name) => name.replace(/\.[^.]+$/, ""));

describe("level names the site uses itself are reserved", () => {
  it.each([
    ...new Set([...careerRoutes, "compare", "social-card", "opengraph-image", "twitter-image", "icon", "sitemap", "robots", "apple-icon", "manifest", "page"]),
  ])("refuses a level file named %s", (name) => {
    const root = temporaryContent({
      "careers/test-career/index.md": CAREER_INDEX,
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER,
      [`careers/test-career/levels/${name}.md`]: ENTRY_FRONTMATTER.replace("rank: 1", "rank: 2"),
    });
    expect(temporaryIssues(root)).toEqual([
      `careers/test-career/levels/${name}.md:1:1  "${name}" is a reserved name: the site uses it for its own pages and files; rename the file`,
    ]);
  });
});
