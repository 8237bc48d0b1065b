import { ImageResponse } from "next/og";
import type { Career, Level } from "../content";
import { site } from "../site";
import { cardText } from "./card-text";
import { cardFonts, drawableCodePoints } from "./fonts";

/** The size every platform crops social cards to without loss. */
export const socialCardSize = { width: 1200, height: 630 };

const ACCENT = "#0f766e";

// About what each part shows in its lines at its size; longer text ends in an ellipsis. Clipping
// before rendering bounds the renderer's work, which grows steeply with the text's length; the
// line clamps below catch text of unusually wide letters.
const MAX_LENGTH = { kicker: 48, title: 64, subtitle: 120 };

interface SocialCardProps {
  kicker: string;
  title: string;
  subtitle: string;
}

function SocialCard({ kicker, title, subtitle }: SocialCardProps) {
  return (
    <div style={{ display: "flex", width: "100%", height: "100%", background: "#ffffff", fontFamily: "Inter", wordBreak: "break-word" }}>
      <div style={{ width: 24, height: "100%", background: ACCENT }} />
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "space-between", flex: 1, padding: "64px 80px" }}>
        <div style={{ display: "flex", fontSize: 32, fontWeight: 700, color: ACCENT }}>{site.name}</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          {kicker && <div style={{ display: "block", lineClamp: 1, fontSize: 36, color: "#334155", marginBottom: 16 }}>{kicker}</div>}
          <div style={{ display: "block", lineClamp: 3, fontSize: 76, fontWeight: 700, lineHeight: 1.1, color: "#0f172a" }}>{title}</div>
        </div>
        <div style={{ display: "block", lineClamp: 2, fontSize: 32, lineHeight: 1.35, color: "#475569", borderTop: `4px solid ${ACCENT}`, paddingTop: 28 }}>{subtitle}</div>
      </div>
    </div>
  );
}

// Only what the committed fonts draw reaches the renderer: for any other character it would fetch
// emoji images or fonts from the network.
const drawable = (text: string, part: keyof typeof MAX_LENGTH) => cardText(text, MAX_LENGTH[part], drawableCodePoints);

/**
 * What each part of a card shows. A title the fonts cannot draw at all (one in Chinese, say) gives
 * way to the kicker, which moves up rather than showing twice, and failing that to the site's name:
 * a card is never without a title.
 */
export function cardParts({ kicker, title, subtitle }: SocialCardProps): SocialCardProps {
  const shown = { kicker: drawable(kicker, "kicker"), title: drawable(title, "title"), subtitle: drawable(subtitle, "subtitle") };
  if (shown.title) return shown;
  if (shown.kicker) return { ...shown, kicker: "", title: drawable(kicker, "title") };
  return { ...shown, title: site.name };
}

const render = (parts: SocialCardProps) => new ImageResponse(<SocialCard {...cardParts(parts)} />, { ...socialCardSize, fonts: cardFonts });

/** The Open Graph images of each kind of page, drawn at build time. */
export const socialCards = {
  home: () => render({ kicker: "Career guides", title: "Find your next step", subtitle: site.description }),
  career: (career: Career) => render({ kicker: "Career guide", title: career.title, subtitle: career.tagline }),
  level: (career: Career, level: Level) => render({ kicker: career.title, title: level.title, subtitle: career.tagline }),
  compare: (career: Career) => render({ kicker: career.title, title: `${career.levels.length} levels compared`, subtitle: career.tagline }),
};
