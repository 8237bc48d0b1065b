import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cardText } from "@/lib/og/card-text";
import { drawableCodePoints } from "@/lib/og/fonts";
import { socialCardSize } from "@/lib/pages/card-format";
import { cardParts, drawSocialCard } from "@/lib/og/social-card";
import { getPages, ownCard, pagesOf } from "@/lib/pages";
import { buildCareer } from "./career";

const overviewOf = (career: ReturnType<typeof buildCareer>) => pagesOf("career", getPages([career]))[0]!;
const careerCard = (career: ReturnType<typeof buildCareer>) => drawSocialCard(ownCard("career").parts(overviewOf(career)));

const latin = new Set([..."abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ-'…"].map((character) => character.codePointAt(0)!));

describe("the text a social card shows", () => {
  it("leaves out what the fonts cannot draw and keeps the rest", () => {
    expect(cardText("Data 🚀 Analyst 数据分析师 محلل", 64, latin)).toBe("Data Analyst");
  });

  it("drops an emoji sequence whole, never half of it", () => {
    expect(cardText("Dev 👩🏽‍💻 lead ❤️ team", 64, latin)).toBe("Dev lead team");
  });

  it("treats invisible, control and bidi characters as space", () => {
    expect(cardText("Data\u200Banalyst\u202E lead\u0000\u0007 \u200D", 64, latin)).toBe("Data analyst lead");
  });

  it("cuts long text at a word and ends it with an ellipsis", () => {
    const clipped = cardText("Principal data analyst for regional logistics operations", 30, latin);
    expect(clipped).toBe("Principal data analyst for…");
    expect([...clipped].length).toBeLessThanOrEqual(30);
  });

  it("cuts a long word where it must", () => {
    expect(cardText("a".repeat(90_000), 10, latin)).toBe(`${"a".repeat(9)}…`);
  });

  it("keeps text that fits as it is", () => {
    expect(cardText("Senior Analyst", 14, latin)).toBe("Senior Analyst");
  });
});

describe("the parts of a social card", () => {
  it("shows what the fonts draw of each part", () => {
    expect(cardParts({ kicker: "Data Analyst", title: "Senior 🚀 analyst", subtitle: "Turn data into decisions." })).toEqual({
      kicker: "Data Analyst",
      title: "Senior analyst",
      subtitle: "Turn data into decisions.",
    });
  });

  it("moves the kicker up when the fonts draw nothing of the title", () => {
    expect(cardParts({ kicker: "Data Analyst", title: "数据分析", subtitle: "Turn data into decisions." })).toEqual({
      kicker: "",
      title: "Data Analyst",
      subtitle: "Turn data into decisions.",
    });
  });

  it("falls back to the site's name when neither title nor kicker can be drawn", () => {
    expect(cardParts({ kicker: "数据分析", title: "高级 🚀", subtitle: "数据" })).toEqual({ kicker: "", title: "Career Guide", subtitle: "" });
  });
});

describe("the fonts cards are drawn with", () => {
  it("cover Latin text, punctuation and the ellipsis, and nothing that would need a download", () => {
    const covers = (text: string) => [...text].every((character) => drawableCodePoints.has(character.codePointAt(0)!));
    expect(covers("Café résumé: naïve Ærø, £1,000 & 50% — “quoted” …")).toBe(true);
    expect(covers("🚀")).toBe(false);
    expect(covers("数")).toBe(false);
    expect(covers("م")).toBe(false);
  });
});

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function pngOf(response: Response): Promise<Uint8Array> {
  expect(response.headers.get("content-type")).toBe("image/png");
  return new Uint8Array(await response.arrayBuffer());
}

describe("the card file", () => {
  it("is a palette PNG of a few kilobytes, not a full-colour one several times that", async () => {
    const png = await pngOf(await careerCard(buildCareer()));
    const IHDR_COLOUR_TYPE = 25;
    expect(png[IHDR_COLOUR_TYPE], "PNG colour type 3: indexed colour").toBe(3);
    expect(png.length).toBeLessThan(16 * 1024);
  });
});

describe("social cards stay offline whatever the title", () => {
  const offlineFetch = globalThis.fetch;
  let requested: string[] = [];
  beforeEach(() => {
    // Renderers fetch emoji images and fonts for glyphs they lack (Next.js's ImageResponse does),
    // and may swallow a failed request: every request that would leave the process is recorded,
    // and the test checks none was made. Reading WebAssembly through a data: URL stays local.
    requested = [];
    vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith("data:")) return offlineFetch(input, init);
      requested.push(url);
      throw new Error(`a social card tried to fetch ${url}`);
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    expect(requested).toEqual([]);
  });

  const titles = {
    emoji: "Data analyst 🚀📊 👩🏽‍💻",
    chinese: "数据分析师",
    arabic: "محلل البيانات",
    "right-to-left override": "Data \u202Etsylana\u202C lead",
    "zero-width characters": "Data\u200B\u200C\u200D\uFEFFanalyst",
    "very long": "Analyst ".repeat(12_000),
  };

  it.each(Object.entries(titles))(
    "draws a card for a title with %s",
    async (_, title) => {
      for (const card of [careerCard(buildCareer({ title, tagline: title })), drawSocialCard({ kicker: title, title, subtitle: title })]) {
        const png = await pngOf(await card);
        expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
        const view = new DataView(png.buffer, png.byteOffset);
        expect({ width: view.getUint32(16), height: view.getUint32(20) }).toEqual(socialCardSize);
      }
      // Generous: a card takes well under a second; the limit only catches a renderer gone wild.
    },
    30_000,
  );

  it("keeps memory in bounds for a title at the size limit", async () => {
    const before = process.memoryUsage().rss;
    await pngOf(await careerCard(buildCareer({ title: "x".repeat(100_000), tagline: "y ".repeat(50_000) })));
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  }, 30_000);
});
