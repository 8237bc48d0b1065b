import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CareerMoves } from "@/components/career-moves";
import { BulletList } from "@/components/bullet-list";
import { CertificationList } from "@/components/certification-list";
import { EditFooter } from "@/components/edit-footer";
import { JsonLd } from "@/components/json-ld";
import { LevelHeader } from "@/components/level-header";
import { LevelPager } from "@/components/level-pager";
import { linkClass } from "@/components/link-class";
import { MovedPage } from "@/components/moved-page";
import { Prose } from "@/components/prose";
import { NextLevelCheck } from "@/components/readiness-check";
import { Requirements } from "@/components/requirements";
import { Section } from "@/components/section";
import { SourcesLine } from "@/components/sources";
import { breadcrumbsOf, findRoutePage, metadataFor, staticParams, structuredDataOf } from "@/lib/pages";
import { paths } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("level");
}

export async function generateMetadata({ params }: PageProps<"/careers/[career]/[level]">) {
  return metadataFor("level", await params);
}

export default async function LevelPage({ params }: PageProps<"/careers/[career]/[level]">) {
  const page = findRoutePage("level", await params);
  if (!page) notFound();
  if (page.kind === "moved") return <MovedPage page={page} />;
  const { career, level, previous, next } = page;
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
      {next && <NextLevelCheck next={next} />}
      <CareerMoves career={career} level={level} />
      <p className="mt-10 print:hidden">
        <a href={paths.compare(career.slug)} className={linkClass}>
          Compare all levels side by side
        </a>
      </p>
      <SourcesLine sources={career.sources} />
      <LevelPager careerSlug={career.slug} previous={previous} next={next} />
      <EditFooter editHref={page.editUrl} updated={page.lastModified} path={page.path} />
    </article>
  );
}
