import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const LEVEL_NAMES = ["entry", "junior", "mid", "senior", "principal"];

/** The bench's careers: `count` careers of 3 to 5 levels each, every level building on the one below. */
export function writeSyntheticCareers(contentDir: string, count: number): { careers: number; levels: number } {
  let levels = 0;
  for (let index = 0; index < count; index += 1) {
    const slug = `career-${String(index + 1).padStart(4, "0")}`;
    const careerDir = path.join(contentDir, "careers", slug);
    mkdirSync(path.join(careerDir, "levels"), { recursive: true });
    writeFileSync(
      path.join(careerDir, "index.md"),
      `---\ntitle: Career ${index + 1}\ntagline: A synthetic career for the benchmark\ndescription: Career ${index + 1}, generated to measure how the build grows with the content.\nupdated: 2026-01-01\n---\n\n${paragraph(index)}\n\n${paragraph(index + 1)}\n`,
    );
    const levelCount = 3 + (index % 3);
    LEVEL_NAMES.slice(0, levelCount).forEach((level, rank) => {
      const buildsOn = rank > 0 ? `buildsOn: ${LEVEL_NAMES[rank - 1]}\n` : "";
      const list = (what: string) => [1, 2, 3].map((n) => `  - ${what} ${n} at ${level} level of career ${index + 1}`).join("\n");
      writeFileSync(
        path.join(careerDir, "levels", `${level}.md`),
        `---\ntitle: ${level[0]!.toUpperCase()}${level.slice(1)} level\nrank: ${rank + 1}\n${buildsOn}roles:\n${list("Role")}\nrequirements:\n${list("Requirement")}\nduties:\n${list("Duty")}\nupdated: 2026-01-01\n---\n\n${paragraph(rank)}\n`,
      );
    });
    levels += levelCount;
  }
  return { careers: count, levels };
}

function paragraph(seed: number): string {
  return `This paragraph stands in for an editor's text (${seed}): what the work involves, with [a link](https://example.com/${seed}) and **some emphasis**, about as long as a real one on the site. `.repeat(3).trim();
}
