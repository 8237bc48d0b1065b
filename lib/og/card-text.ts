const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

// Controls and format characters (zero-width spaces, joiners, bidi overrides) draw nothing useful
// on a card, even where the font maps them: they count as a space.
const BLANK = /^[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}]$/u;

const ELLIPSIS = "…";

const codePoints = (grapheme: string) => [...grapheme];

/**
 * What a card can show of `text`: each character the fonts cannot draw is left out (a grapheme
 * goes as a whole, so an emoji never loses half of itself), spaces are collapsed, and text
 * longer than `maxLength` is cut at a word where possible and ends with an ellipsis.
 */
export function cardText(text: string, maxLength: number, drawable: ReadonlySet<number>): string {
  const kept: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    // Enough to fill the card and show it goes on: the rest of a huge title is never drawn.
    if (kept.length > maxLength) break;
    const characters = codePoints(segment);
    if (characters.every((character) => BLANK.test(character))) {
      if (kept.length > 0 && kept.at(-1) !== " ") kept.push(" ");
    } else if (characters.every((character) => !BLANK.test(character) && drawable.has(character.codePointAt(0)!))) {
      kept.push(segment);
    }
  }
  while (kept.at(-1) === " ") kept.pop();
  if (kept.length <= maxLength) return kept.join("");
  const cut = kept.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${cut
    .slice(0, lastSpace > maxLength / 2 ? lastSpace : cut.length)
    .join("")
    .trimEnd()}${ELLIPSIS}`;
}
