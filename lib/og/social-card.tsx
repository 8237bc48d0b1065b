import satori from "satori";
import sharp from "sharp";
import { socialCardSize, socialCardType } from "../pages/card-format";
import type { CardParts } from "../pages/kind";
import { site } from "../site";
import { cardText } from "./card-text";
import { cardFonts, drawableCodePoints } from "./fonts";

const ACCENT = "#0f766e";

// About what each part shows in its lines at its size; longer text ends in an ellipsis. Clipping
// before rendering bounds the renderer's work, which grows steeply with the text's length; the
// line clamps below catch text of unusually wide letters.
const MAX_LENGTH = { kicker: 48, title: 64, subtitle: 120 };

function SocialCard({ kicker, title, subtitle }: CardParts) {
  return (
    <div style={{ display: "flex", width: "100%", height: "100%", background: "#ffffff", fontFamily: "Inter", wordBreak: "break-word" }}>
      <div style={{ width: 24, height: "100%", background: ACCENT }} />
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "space-between", flex: 1, padding: "64px 80px" }}>
        <div style={{ display: "flex", fontSize: 32, fontWeight: 700, color: ACCENT }}>{site.name}</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          {kicker && <div style={{ display: "block", lineClamp: 1, fontSize: 36, color: "#334155", marginBottom: 16 }}>{kicker}</div>}
          <div style={{ display: "block", lineClamp: 3, fontSize: 76, fontWeight: 700, lineHeight: 1.1, color: "#0f172a" }}>{title}</div>
        </div>
        <div style={{ display: "block", lineClamp: 2, fontSize: 32, lineHeight: 1.35, color: "#475569", borderTop: `4px solid ${ACCENT}`, paddingTop: 28 }}>
          {subtitle}
        </div>
      </div>
    </div>
  );
}

// Only what the committed fonts draw reaches the renderer, which would draw a blank box for anything else.
const drawable = (text: string, part: keyof typeof MAX_LENGTH) => cardText(text, MAX_LENGTH[part], drawableCodePoints);

/**
 * What each part of a card shows. A title the fonts cannot draw at all (one in Chinese, say) gives
 * way to the kicker, which moves up rather than showing twice, and failing that to the site's name:
 * a card is never without a title.
 */
export function cardParts({ kicker, title, subtitle }: CardParts): CardParts {
  const shown = { kicker: drawable(kicker, "kicker"), title: drawable(title, "title"), subtitle: drawable(subtitle, "subtitle") };
  if (shown.title) return shown;
  if (shown.kicker) return { ...shown, kicker: "", title: drawable(kicker, "title") };
  return { ...shown, title: site.name };
}

// The card is five flat colours on white: sixteen palette entries hold them and the edges of their
// letters with no visible change (about 49 dB PSNR), at four bits a pixel instead of thirty-two,
// which makes a 31-41 KB card 10-13 KB. Dithering would only add noise that compresses badly.
const PALETTE = { palette: true, colours: 16, dither: 0, compressionLevel: 9, effort: 1 } as const;

/**
 * A social card as a palette PNG, drawn at build time with the committed fonts only. Satori lays
 * the card out as an SVG whose letters are paths, and sharp draws and quantizes it natively, in
 * about 45 ms where Next.js's ImageResponse (the same layout, drawn in WebAssembly) and the
 * quantizing took about 100: a catalogue of a thousand careers draws a thousand cards.
 */
export async function drawSocialCard(parts: CardParts): Promise<Response> {
  const svg = await satori(<SocialCard {...cardParts(parts)} />, { ...socialCardSize, fonts: cardFonts });
  const png = await sharp(Buffer.from(svg)).png(PALETTE).toBuffer();
  return new Response(new Uint8Array(png), { headers: { "content-type": socialCardType } });
}
