import type { PageOfKind } from "@/lib/pages";
import { breadcrumbsOf, structuredDataOf } from "@/lib/pages";
import { levelOf, requirementsToReach } from "@/lib/ladder";
import { paths } from "@/lib/site";
import { Breadcrumbs } from "./breadcrumbs";
import { CareerMoves } from "./career-moves";
import { BulletList } from "./bullet-list";
import { CertificationList } from "./certification-list";
import { EditFooter } from "./edit-footer";
import { JsonLd } from "./json-ld";
import { LevelHeader } from "./level-header";
import { LevelPager } from "./level-pager";
import { linkClass } from "./link-class";
import { Prose } from "./prose";
import { NextLevelCheck } from "./readiness-check";
import { Requirements } from "./requirements";
import { Section } from "./section";
import { SourcesLine } from "./sources";

/** One level of a career: what it takes to get there, its certifications and duties, the self-check for the next, and the moves to and from it. */
export function LevelPage({ page }: { page: PageOfKind<"level"> }) {
  const { career, level } = page;
  const previous = level.previousStep && levelOf(career, level.previousStep);
  const next = level.nextSteps.map((nextStep) => levelOf(career, nextStep));
  // Only a check after one with a checklist may point to it for how to use it.
  const firstChecklist = next.findIndex((nextLevel) => requirementsToReach(level, nextLevel).length > 0);
  return (
    <article>
      <JsonLd data={structuredDataOf(page)} />
      <Breadcrumbs trail={breadcrumbsOf(page)} />
      <LevelHeader career={career} level={level} />
      <Section id="requirements" title="What it takes to get there">
        <Requirements level={level} />
      </Section>
      {level.certifications.length > 0 && (
        <Section id="certifications" title="Certifications">
          <CertificationList certifications={level.certifications} />
        </Section>
      )}
      <Section id="duties" title="Duties">
        <BulletList items={level.duties} />
      </Section>
      {level.narrativeHtml && (
        <Section id="about" title={`More about the ${level.title.toLowerCase()}`}>
          <Prose html={level.narrativeHtml} />
        </Section>
      )}
      {next.map((nextLevel, index) => (
        <NextLevelCheck
          key={nextLevel.slug}
          current={level}
          next={nextLevel}
          forks={next.length > 1}
          afterAnother={firstChecklist >= 0 && index > firstChecklist}
        />
      ))}
      <CareerMoves career={career} level={level} />
      <p className="mt-10 print:hidden">
        <a href={paths.compare(career.slug)} className={linkClass}>
          {career.tracks.length > 0 ? "Compare the levels along each track side by side" : "Compare all levels side by side"}
        </a>
      </p>
      <SourcesLine sources={career.sources} />
      <LevelPager careerSlug={career.slug} previous={previous} next={next} />
      <EditFooter editHref={page.editUrl} updated={page.lastModified} path={page.path} />
    </article>
  );
}
