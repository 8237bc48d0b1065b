import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CareerAtAGlance } from "@/components/career-at-a-glance";
import { EditFooter } from "@/components/edit-footer";
import { JsonLd } from "@/components/json-ld";
import { LevelLadder } from "@/components/level-ladder";
import { linkClass } from "@/components/link-class";
import { PageHeader } from "@/components/page-header";
import { Prose } from "@/components/prose";
import { Section } from "@/components/section";
import { Sources } from "@/components/sources";
import { getCareer } from "@/lib/content";
import { trails } from "@/lib/navigation";
import { editAddress, staticParams } from "@/lib/pages";
import { careerMetadata, paths } from "@/lib/site";
import { structuredData } from "@/lib/structured-data";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("career");
}

export async function generateMetadata({ params }: PageProps<"/careers/[career]">) {
  const career = getCareer((await params).career);
  return career ? careerMetadata(career) : {};
}

export default async function CareerPage({ params }: PageProps<"/careers/[career]">) {
  const career = getCareer((await params).career);
  if (!career) notFound();
  return (
    <article>
      <JsonLd data={structuredData.career(career)} />
      <Breadcrumbs trail={trails.career(career)} />
      <PageHeader eyebrow="Career guide" title={career.title} lead={career.tagline} />
      <CareerAtAGlance career={career} />
      <Section id="path" title="Career path">
        <LevelLadder career={career} />
        <p className="mt-5">
          <a href={paths.compare(career.slug)} className={linkClass}>
            Compare all {career.levels.length} levels side by side
          </a>
        </p>
      </Section>
      <Section id="role" title="What you do">
        <Prose html={career.roleHtml} />
      </Section>
      <Sources career={career} />
      <EditFooter editHref={editAddress.career(career)} updated={career.updated} path={paths.career(career.slug)} />
    </article>
  );
}
