import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { BulletList } from "@/components/bullet-list";
import { EditFooter } from "@/components/edit-footer";
import { JsonLd } from "@/components/json-ld";
import { MoveSides } from "@/components/move-sides";
import { PageHeader } from "@/components/page-header";
import { ReadinessCheck } from "@/components/readiness-check";
import { Section } from "@/components/section";
import { SourcesLine } from "@/components/sources";
import { breadcrumbsOf, findRoutePage, metadataFor, staticParams, structuredDataOf } from "@/lib/pages";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("move");
}

export async function generateMetadata({ params }: PageProps<"/careers/[career]/[level]/to/[toCareer]/[toLevel]">) {
  return metadataFor("move", await params);
}

export default async function MovePage({ params }: PageProps<"/careers/[career]/[level]/to/[toCareer]/[toLevel]">) {
  const page = findRoutePage("move", await params);
  if (!page || page.kind !== "move") notFound();
  const { career, level, to, newRequirements, sharedRequirements } = page;
  const destination = `${to.career.title}: ${to.level.title.toLowerCase()}`;
  return (
    <article>
      <JsonLd data={structuredDataOf(page)} />
      <Breadcrumbs trail={breadcrumbsOf(page)} />
      <PageHeader
        eyebrow="A move to another career"
        title={destination}
        lead={`From ${career.title}: ${level.title.toLowerCase()}. What the move asks for that your path's requirements do not name, then both levels side by side.`}
      />
      <ReadinessCheck
        target={destination}
        requirements={newRequirements}
        intro="A guide for preparing the move, not a test: tick what you can already show, with an example for each; what your path asks for in other words counts too. Print the page to take your ticks along. Nothing you tick is stored or sent anywhere."
        legend="Not named on your path"
        nothingNew={`Your path already names everything ${destination} asks for. Its duties below show what changes.`}
      />
      {sharedRequirements.length > 0 && (
        <Section id="already" title="Already named on your path">
          <BulletList items={sharedRequirements} />
        </Section>
      )}
      <Section id="side-by-side" title="Both levels side by side">
        <MoveSides from={{ career, level }} to={to} />
      </Section>
      <SourcesLine sources={page.sources} />
      <EditFooter editHref={page.editUrl} updated={page.lastModified} path={page.path} />
    </article>
  );
}
