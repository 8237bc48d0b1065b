import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { BulletList } from "@/components/bullet-list";
import { JsonLd } from "@/components/json-ld";
import { LevelPager } from "@/components/level-pager";
import { PageHeader } from "@/components/page-header";
import { PageMeta } from "@/components/page-meta";
import { Prose } from "@/components/prose";
import { Requirements } from "@/components/requirements";
import { Section } from "@/components/section";
import { getLevelPage } from "@/lib/content/load";
import { trails } from "@/lib/navigation";
import { staticParams } from "@/lib/pages";
import { editUrl, levelMetadata, paths } from "@/lib/site";
import { structuredData } from "@/lib/structured-data";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("level");
}

export async function generateMetadata({ params }: PageProps<"/careers/[career]/[level]">) {
  const { career, level } = await params;
  const page = getLevelPage(career, level);
  return page ? levelMetadata(page.career, page.level) : {};
}

export default async function LevelPage({ params }: PageProps<"/careers/[career]/[level]">) {
  const { career: careerSlug, level: levelSlug } = await params;
  const page = getLevelPage(careerSlug, levelSlug);
  if (!page) notFound();
  const { career, level, previous, next } = page;
  return (
    <article>
      <JsonLd data={structuredData.level(career, level)} />
      <Breadcrumbs trail={trails.level(career, level)} />
      <PageHeader eyebrow={career.title} title={level.title} lead={`Step ${career.levels.indexOf(level) + 1} of ${career.levels.length} on the ${career.title.toLowerCase()} career path.`} />
      <Section id="roles" title="Types of roles">
        <BulletList items={level.roles} />
      </Section>
      <Section id="requirements" title="What it takes to get there">
        <Requirements level={level} />
      </Section>
      <Section id="duties" title="Duties">
        <BulletList items={level.duties} />
      </Section>
      {level.narrativeHtml && (
        <Section id="about" title={`More about the ${level.title.toLowerCase()}`}>
          <Prose html={level.narrativeHtml} />
        </Section>
      )}
      <p className="mt-10 print:hidden">
        <a href={paths.compare(career.slug)} className="font-medium text-teal-700 underline underline-offset-2 dark:text-teal-300">
          Compare all levels side by side
        </a>
      </p>
      <LevelPager careerSlug={career.slug} previous={previous} next={next} />
      <PageMeta editHref={editUrl(level.sourcePath)} updated={level.updated} />
    </article>
  );
}
