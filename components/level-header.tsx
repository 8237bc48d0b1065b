import type { Career, Level } from "@/lib/content";
import { stepCount } from "@/lib/ladder";
import { LadderPosition } from "./ladder-position";
import { PageHeader } from "./page-header";

interface LevelHeaderProps {
  career: Career;
  level: Level;
}

const roleList = new Intl.ListFormat("en", { type: "conjunction" });

/** A level page's heading area: the career, the level, its roles and where it sits on the ladder. */
export function LevelHeader({ career, level }: LevelHeaderProps) {
  const roles = `${level.roles.length === 1 ? "Role" : "Roles"} at this level: ${roleList.format(level.roles)}.`;
  return (
    <PageHeader
      eyebrow={`${career.title} · step ${level.step} of ${stepCount(career)}${level.track ? ` · ${level.track} track` : ""}`}
      title={level.title}
      lead={roles}
    >
      <LadderPosition career={career} current={level} />
    </PageHeader>
  );
}
