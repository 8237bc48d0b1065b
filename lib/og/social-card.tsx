import { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import type { Career, Level } from "../content/model";
import { site } from "../site";

/** The size every platform crops social cards to without loss. */
export const socialCardSize = { width: 1200, height: 630 };

const ACCENT = "#0f766e";

// Committed with the repository (Inter, SIL Open Font License, see fonts/OFL.txt): cards are drawn
// at build time, which must not reach the network for fonts.
const fontFile = (name: string) => readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), "lib/og/fonts", name));
const fonts = [
  { name: "Inter", data: fontFile("inter-latin-400-normal.woff"), weight: 400 as const, style: "normal" as const },
  { name: "Inter", data: fontFile("inter-latin-700-normal.woff"), weight: 700 as const, style: "normal" as const },
];

interface SocialCardProps {
  kicker: string;
  title: string;
  subtitle: string;
}

function SocialCard({ kicker, title, subtitle }: SocialCardProps) {
  return (
    <div style={{ display: "flex", width: "100%", height: "100%", background: "#ffffff", fontFamily: "Inter" }}>
      <div style={{ width: 24, height: "100%", background: ACCENT }} />
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "space-between", flex: 1, padding: "64px 80px" }}>
        <div style={{ display: "flex", fontSize: 32, fontWeight: 700, color: ACCENT }}>{site.name}</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: 36, color: "#334155", marginBottom: 16 }}>{kicker}</div>
          <div style={{ display: "flex", fontSize: 76, fontWeight: 700, lineHeight: 1.1, color: "#0f172a" }}>{title}</div>
        </div>
        <div style={{ display: "flex", fontSize: 32, lineHeight: 1.35, color: "#475569", borderTop: `4px solid ${ACCENT}`, paddingTop: 28 }}>{subtitle}</div>
      </div>
    </div>
  );
}

const render = (props: SocialCardProps) => new ImageResponse(<SocialCard {...props} />, { ...socialCardSize, fonts });

/** The Open Graph images of each kind of page, drawn at build time. */
export const socialCards = {
  home: () => render({ kicker: "Career guides", title: "Find your next step", subtitle: site.description }),
  career: (career: Career) => render({ kicker: "Career guide", title: career.title, subtitle: career.tagline }),
  level: (career: Career, level: Level) => render({ kicker: career.title, title: level.title, subtitle: career.tagline }),
  compare: (career: Career) => render({ kicker: career.title, title: `${career.levels.length} levels compared`, subtitle: career.tagline }),
};
