import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content";
import { CAREER_INDEX, careerWithEntryBody, ENTRY_FRONTMATTER, temporaryContent, temporaryIssues } from "./content-fixtures";

const entryHtml = (root: string) => {
  const { value, issues } = loadContent(root);
  expect(issues).toEqual([]);
  return value[0]!.levels[0]!.narrativeHtml;
};

describe("GitHub-flavoured markdown renders as GitHub shows it", () => {
  it("renders tables, strikethrough and autolinks", () => {
    const html = entryHtml(careerWithEntryBody("\n| Skill | Level |\n| --- | --- |\n| Payroll | Basic |\n\n~~Old~~ new, see https://example.org/x\n"));
    expect(html).toContain("<table>");
    expect(html).toContain("<td>Payroll</td>");
    expect(html).toContain("<del>Old</del>");
    expect(html).toContain('<a href="https://example.org/x" rel="noopener noreferrer">https://example.org/x</a>');
  });

  it("renders a task list as a plain list, without checkboxes a reader cannot tick", () => {
    const html = entryHtml(careerWithEntryBody("\n- [ ] Learn payroll\n- [x] Shadow a recruiter\n"));
    expect(html).not.toContain("<input");
    expect(html).toMatch(/<li[^>]*>\s*Learn payroll<\/li>/);
    expect(html).toMatch(/<li[^>]*>\s*Shadow a recruiter<\/li>/);
  });

  it("renders footnotes whose links reach their notes and back", () => {
    const html = entryHtml(careerWithEntryBody("\nA claim.[^1]\n\n[^1]: Its source.\n"));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map(([, id]) => id!);
    expect(targets).toHaveLength(2);
    for (const id of targets) expect(html).toContain(`id="${id}"`);
  });

  it("gives links that leave the site the same rel however they are written", () => {
    const html = entryHtml(
      careerWithEntryBody("\n[a](https://a.example/) [b](//b.example/x) [c](HTTP://c.example/) [d](mailto:d@example.org) [here](/careers/)\n"),
    );
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(4);
    expect(html).toContain('<a href="/careers/">here</a>');
  });

  it("refuses an image with its line, local or remote, rather than showing a broken one", () => {
    const root = careerWithEntryBody("\nText.\n\n![A chart](https://tracker.example/pixel.gif)\n\n![Local](chart.png)\n");
    expect(temporaryIssues(root)).toEqual([
      expect.stringMatching(/entry\.md:11:1 {2}the text contains an image, which the site does not show/),
      expect.stringMatching(/entry\.md:13:1 {2}the text contains an image/),
    ]);
  });
});

describe("a file's structure is exact", () => {
  it("refuses a heading that would be a second title on the page, naming its line", () => {
    expect(temporaryIssues(careerWithEntryBody("\nIntro.\n\n# About\n\n## Fine\n"))).toEqual([
      expect.stringMatching(/entry\.md:11:1 {2}a heading with one # would be a second title/),
    ]);
  });

  it("ends the frontmatter only at a line of just ---, naming a line that merely starts with it", () => {
    const root = temporaryContent({
      "careers/test-career/index.md": CAREER_INDEX,
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER.replace("duties: [Help the team]", "duties:\n  - Help the team\n---and more\n  - Cut in two"),
    });
    expect(temporaryIssues(root)).toEqual([expect.stringMatching(/entry\.md:8:1 {2}this line starts with --- inside the frontmatter/)]);
  });

  it("refuses a second block of fields after the first, naming its line", () => {
    const root = careerWithEntryBody("\n---\nupdated: 2026-01-01\n---\n\nText.\n");
    expect(temporaryIssues(root)).toEqual([expect.stringMatching(/entry\.md:9:1 {2}a second block of fields starts here/)]);
  });

  it("reads a deeply nested YAML value as one mistake, not one per line", () => {
    const root = temporaryContent({
      "careers/test-career/index.md": CAREER_INDEX.replace("title: Test Career", `title: ${"{a: ".repeat(3000)}b${"}".repeat(3000)}`),
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER,
    });
    expect(temporaryIssues(root)).toEqual([expect.stringMatching(/index\.md:2:\d+ {2}the frontmatter nests brackets/)]);
  });
});

describe("edges are decided, not accidental", () => {
  const levelWith = (field: string) =>
    temporaryContent({ "careers/test-career/index.md": CAREER_INDEX, "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER.replace("title: Entry", field) });

  it.each([
    ["a tab", '"En\\ttry"'],
    ["a line break", '"En\\ntry"'],
    ["a line break from a block scalar", "|\n  En\n  try"],
  ])("refuses %s in a one-line field, with one message", (_name, value) => {
    expect(temporaryIssues(levelWith(`title: ${value}`))).toEqual([
      expect.stringMatching(/entry\.md:2:8 {2}title: expected one line of text, without tabs or line breaks/),
    ]);
  });

  it.each([
    ["a lone surrogate", "\\uD800"],
    ["a Hangul filler", "\\u3164"],
    ["a Hangul choseong filler", "\\u115F"],
    ["a braille blank", "\\u2800"],
    ["the non-character U+FFFF", "\\uFFFF"],
    ["the non-character U+FDD0", "\\uFDD0"],
  ])("refuses %s, which looks like nothing", (_name, escape) => {
    expect(temporaryIssues(levelWith(`title: "En${escape}try"`))).toEqual([
      expect.stringMatching(/entry\.md:2:8 {2}title: expected text without invisible or control characters/),
    ]);
  });

  it("refuses an update dated in the future, which pages would show as their last update", () => {
    expect(temporaryIssues(levelWith("title: Entry\nupdated: 2999-12-31"))).toEqual([
      expect.stringMatching(/entry\.md:3:10 {2}updated: expected a date that has already come, not one in the future, found "2999-12-31"/),
    ]);
  });

  it.each(["con", "nul", "aux", "com1", "lpt9"])("refuses %s as a folder or file name, which Windows keeps for a device", (name) => {
    const root = temporaryContent({
      [`careers/${name}/index.md`]: CAREER_INDEX,
      [`careers/${name}/levels/entry.md`]: ENTRY_FRONTMATTER,
      "careers/test-career/index.md": CAREER_INDEX,
      [`careers/test-career/levels/${name}.md`]: ENTRY_FRONTMATTER,
    });
    expect(temporaryIssues(root)).toEqual([
      `careers/${name}:1:1  "${name}" is a name Windows keeps for a device: a folder named so cannot be checked out there; rename it`,
      `careers/test-career/levels/${name}.md:1:1  "${name}" is a name Windows keeps for a device: a file named so cannot be checked out there; rename it`,
    ]);
  });

  it("refuses a guide without careers, as the export would fail on it", () => {
    const root = temporaryContent({ "careers/.gitkeep": "" });
    expect(temporaryIssues(root)).toEqual([
      "careers:1:1  there are no careers yet: add a folder such as content/careers/hr-generalist/ with an index.md and a levels folder",
    ]);
  });
});

describe("a web address leads where it reads, to a public site", () => {
  /** `text` as a YAML double-quoted string, every character outside printable ASCII escaped, so each case reaches the checker exactly. */
  const yamlQuoted = (text: string) =>
    `"${[...text]
      .map((character) => {
        const code = character.codePointAt(0)!;
        if (character === '"' || character === "\\") return `\\${character}`;
        if (code >= 0x20 && code <= 0x7e) return character;
        return code > 0xffff ? `\\U${code.toString(16).padStart(8, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
      })
      .join("")}"`;
  const careerWithResources = (...urls: string[]) =>
    temporaryContent({
      "careers/test-career/index.md": CAREER_INDEX.replace(
        /---\n$/,
        `resources:\n${urls.map((url) => `  - title: A source\n    url: ${yamlQuoted(url)}\n`).join("")}---\n`,
      ),
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER,
    });
  const messageFor = (url: string) => temporaryIssues(careerWithResources(url)).map((line) => line.replace(/^\S+ {2}resources \(item 1\)\.url: /, ""));

  it("explains each kind of address it refuses on the field's line, suggesting the address meant", () => {
    expect(
      temporaryIssues(
        careerWithResources(
          "https://www.bls.gov/ooh/",
          "https:/www.bls.gov/ooh/",
          "https:www.bls.gov/ooh/",
          "http://www.bls.gov/ooh/",
          "www.bls.gov/ooh/",
          "https://www.bls.gov/ooh\\hr.htm",
          "https://www.bls.gov@evil.example/ooh/",
          "https://192.168.1.10/handbook",
          "https://[2001:db8::1]/handbook",
          "https://localhost:3000/",
          "https://intranet/handbook",
          "https://www.bls.gov/\u200Booh/",
          "https://www.bls.gov/ooh/ (archived)",
          "https://www..bls.gov/",
          "https://",
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "careers/test-career/index.md:9:10  resources (item 2).url: expected a web address starting with https:// (did you mean "https://www.bls.gov/ooh/"?), found "https:/www.bls.gov/ooh/"",
        "careers/test-career/index.md:11:10  resources (item 3).url: expected a web address starting with https:// (did you mean "https://www.bls.gov/ooh/"?), found "https:www.bls.gov/ooh/"",
        "careers/test-career/index.md:13:10  resources (item 4).url: expected a web address starting with https:// (did you mean "https://www.bls.gov/ooh/"?), found "http://www.bls.gov/ooh/"",
        "careers/test-career/index.md:15:10  resources (item 5).url: expected a web address starting with https:// (did you mean "https://www.bls.gov/ooh/"?), found "www.bls.gov/ooh/"",
        "careers/test-career/index.md:17:10  resources (item 6).url: expected "/" between the parts of a web address, not "\\" (did you mean "https://www.bls.gov/ooh/hr.htm"?), found "https://www.bls.gov/ooh\\\\hr.htm"",
        "careers/test-career/index.md:19:10  resources (item 7).url: expected a web address without a name and "@" before its host: this one leads to evil.example, found "https://www.bls.gov@evil.example/ooh/"",
        "careers/test-career/index.md:21:10  resources (item 8).url: expected a host name such as www.bls.gov, not an IP address, found "https://192.168.1.10/handbook"",
        "careers/test-career/index.md:23:10  resources (item 9).url: expected a host name such as www.bls.gov, not an IP address, found "https://[2001:db8::1]/handbook"",
        "careers/test-career/index.md:25:10  resources (item 10).url: expected a public host name such as www.bls.gov: "localhost" reaches only one computer or network, found "https://localhost:3000/"",
        "careers/test-career/index.md:27:10  resources (item 11).url: expected a public host name such as www.bls.gov: "intranet" reaches only one computer or network, found "https://intranet/handbook"",
        "careers/test-career/index.md:29:10  resources (item 12).url: expected a web address without invisible or control characters; copy it again from the browser's address bar, found "https://www.bls.gov/\\u200Booh/"",
        "careers/test-career/index.md:31:10  resources (item 13).url: expected a web address without spaces; write a space inside it as %20, found "https://www.bls.gov/ooh/ (archived)"",
        "careers/test-career/index.md:33:10  resources (item 14).url: expected a host name such as www.bls.gov, without an empty part between two dots, found "https://www..bls.gov/"",
        "careers/test-career/index.md:35:10  resources (item 15).url: expected a web address like https://www.bls.gov/ooh/, found "https://"",
      ]
    `);
  });

  it.each([
    ["a full address", "https://www.bls.gov/ooh/business-and-financial/human-resources-specialists.htm#tab-1"],
    ["a capitalised scheme", "HTTPS://www.bls.gov/ooh/"],
    ["a port", "https://www.onetonline.org:443/link/summary/13-1071.00"],
    ["a query", "https://www.shrm.org/search?q=generalist&page=2"],
    ["an international host name", "https://bücher.example/"],
    ["a host name ending in a dot", "https://www.bls.gov./ooh/"],
  ])("accepts %s", (_name, url) => {
    expect(temporaryIssues(careerWithResources(url))).toEqual([]);
  });

  const scheme = ["https:/", "https:", "https:///", "https//", "http://", "HTTP:/", "//", "", "https:\\\\"];
  it.each(scheme.map((start) => [`${start}www.bls.gov/ooh/`]))("suggests https:// for %s", (url) => {
    expect(messageFor(url)).toEqual([`expected a web address starting with https:// (did you mean "https://www.bls.gov/ooh/"?), found ${JSON.stringify(url)}`]);
  });

  // The URL parser reads a host ending in a number as IPv4 in any of its spellings, so every one must be caught.
  const ipv4 = ["127.0.0.1", "10.0.0.1", "2130706433", "0x7f.1", "0177.0.0.1", "127.1", "0x7f000001", "192.168.0.1."];
  const ipv6 = ["[::1]", "[::]", "[2001:db8::1]", "[::ffff:127.0.0.1]", "[fe80::1]", "[2001:DB8:0:0:0:0:0:1]"];
  it.each([...ipv4, ...ipv6])("refuses the IP address %s as a host", (host) => {
    expect(messageFor(`https://${host}/handbook`)).toEqual([expect.stringMatching(/^expected a host name such as www\.bls\.gov, not an IP address, found /)]);
  });

  it.each(["localhost", "LOCALHOST", "localhost.", "api.localhost", "intranet", "hr", "printer:8080"])(
    "refuses %s, which reaches only one computer or network",
    (host) => {
      expect(messageFor(`https://${host}/`)).toEqual([
        expect.stringMatching(/^expected a public host name such as www\.bls\.gov: "[^"]+" reaches only one computer or network, found /),
      ]);
    },
  );

  it.each(["www.bls.gov@evil.example", "user@www.bls.gov", "user:secret@www.bls.gov", "@www.bls.gov", "www.bls.gov:443@evil.example", "a@b@evil.example"])(
    "refuses a name before @ in %s, naming the host the link would reach",
    (authority) => {
      const host = authority.slice(authority.lastIndexOf("@") + 1);
      expect(messageFor(`https://${authority}/ooh/`)).toEqual([expect.stringContaining(`before its host: this one leads to ${host}, found`)]);
    },
  );

  // One character of every invisible class characters.ts knows, in the host and in the path.
  const invisible = [
    "\u200B",
    "\u200E",
    "\u202E",
    "\u2066",
    "\uFEFF",
    "\u00AD",
    "\u007F",
    "\u0085",
    "\uE000",
    "\u2028",
    "\u3164",
    "\u2800",
    "\u034F",
    "\uFFFF",
    "\u{E0041}",
    "\uFE0F",
    "\u{E0100}",
    "\u180B",
    "\u200D",
    "\u200C",
  ];
  it.each(invisible.flatMap((character) => [`https://www.b${character}ls.gov/`, `https://www.bls.gov/o${character}oh/`]))(
    "refuses the invisible character in %j",
    (url) => {
      expect(messageFor(url)).toEqual([
        expect.stringMatching(/^expected a web address without invisible or control characters; .*found ".*\\u(?:[0-9A-F]{4}|\{[0-9A-F]{5,6}\})/),
      ]);
    },
  );

  it.each(["\n", "\r", "\t", "\r\n"])("refuses the line break or tab %j inside an address", (breaking) => {
    expect(messageFor(`https://www.bls.gov/${breaking}ooh/`)).toEqual([
      expect.stringMatching(/^expected a web address on one line, without tabs or line breaks; join the lines/),
    ]);
  });

  it("keeps the length limit, with one message", () => {
    expect(messageFor(`https://www.bls.gov/${"a".repeat(500)}`)).toEqual(["expected at most 500 characters, found 520 characters"]);
  });

  it("holds certifications and occupation codes to the same rules", () => {
    const root = temporaryContent({
      "careers/test-career/index.md": CAREER_INDEX.replace(
        /---\n$/,
        'occupationCodes:\n  - { system: O*NET-SOC, code: 13-1071.00, title: HR Specialists, url: "https:/www.onetonline.org/" }\n---\n',
      ),
      "careers/test-career/levels/entry.md": ENTRY_FRONTMATTER.replace(
        "---\n",
        '---\ncertifications:\n  - { name: PHR, issuer: HRCI, url: "https://10.0.0.1/phr" }\n',
      ),
    });
    expect(temporaryIssues(root)).toMatchInlineSnapshot(`
      [
        "careers/test-career/index.md:6:72  occupationCodes (item 1).url: expected a web address starting with https:// (did you mean "https://www.onetonline.org/"?), found "https:/www.onetonline.org/"",
        "careers/test-career/levels/entry.md:3:37  certifications (item 1).url: expected a host name such as www.bls.gov, not an IP address, found "https://10.0.0.1/phr"",
      ]
    `);
  });
});
