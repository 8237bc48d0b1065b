import { readFileSync } from "node:fs";
import path from "node:path";
import { create as openFont } from "fontkit";

// Committed with the repository (Inter, SIL Open Font License, see fonts/OFL.txt): cards are drawn
// at build time, which must not reach the network for fonts.
const fontFile = (name: string) => readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), "lib/og/fonts", name));

/** The fonts every social card is drawn with, in the shape satori takes. */
export const cardFonts = [
  { name: "Inter", data: fontFile("inter-latin-400-normal.woff"), weight: 400 as const, style: "normal" as const },
  { name: "Inter", data: fontFile("inter-latin-700-normal.woff"), weight: 700 as const, style: "normal" as const },
];

function codePointsOf(data: Buffer): Set<number> {
  const font = openFont(data);
  if (!("characterSet" in font)) throw new Error("a card font must be a single font, not a collection");
  return new Set(font.characterSet);
}

/**
 * The code points every card font has a glyph for. The renderer is given no way to fetch others
 * (emoji images, fonts for other scripts, which Next.js's ImageResponse would download) and would
 * draw a blank box for them, so cards draw only these.
 */
export const drawableCodePoints: ReadonlySet<number> = cardFonts
  .map((font) => codePointsOf(font.data))
  .reduce((common, next) => new Set([...common].filter((codePoint) => next.has(codePoint))));
