import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CareerAtAGlance } from "@/components/career-at-a-glance";
import { EditFooter } from "@/components/edit-footer";
import { JsonLd } from "@/components/json-ld";
import { LevelLadder } from "@/components/level-ladder";
import { linkClass } from "@/components/link-class";
import { MovedPage } from "@/components/moved-page";
import { PageHeader } from "@/components/page-header";
import { Prose } from "@/components/prose";
import { RelatedCareers } from "@/components/related-careers";
import { Section } from "@/components/section";
import { PayAndOutlook } from "@/components/pay-and-outlook";
import { Sources } from "@/components/sources";
import { breadcrumbsOf, findRoutePage, metadataFor, staticParams, structuredDataOf } from "@/lib/pages";
import { relatedCareersOf } from "@/lib/pages/browse";
import { paths } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("career");
}

export async function generateMetadata({ params }: PageProps<"/careers/[career]">) {
  return metadataFor("career", await params);
}

export default async function CareerPage({ params }: PageProps<"/careers/[career]">) {
  const page = findRoutePage("career", await params);
  if (!page) notFound();
  if (page.kind === "moved") return <MovedPage page={page} />;
  const { career } = page;
  return (
    <article>
      <JsonLd data={structuredDataOf(page)} />
      <Breadcrumbs trail={breadcrumbsOf(page)} />
      <PageHeader eyebrow="Career guide" title={career.title} lead={career.tagline} />
      <CareerAtAGlance career={career} />
      <Section id="path" title="Career path">
        <LevelLadder career={career} />
        <p className="mt-5">
          <a href={paths.compare(career.slug)} className={linkClass}>
            {career.tracks.length > 0 ? "Compare the levels along each track side by side" : `Compare all ${career.levels.length} levels side by side`}
          </a>
        </p>
      </Section>
      <Section id="role" title="What you do">
        <Prose html={career.roleHtml} />
      </Section>
      <PayAndOutlook career={career} />
      <Sources sources={career.sources} />
      <RelatedCareers related={relatedCareersOf(career)} />
      <EditFooter editHref={page.editUrl} updated={page.lastModified} path={page.path} />
    </article>
  );
}
