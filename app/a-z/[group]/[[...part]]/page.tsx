import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { JsonLd } from "@/components/json-ld";
import { LETTER_BAR_NAME, LetterBar } from "@/components/letter-bar";
import { ListingParts } from "@/components/listing-parts";
import { PageHeader } from "@/components/page-header";
import { TitleIndexListing } from "@/components/title-index-listing";
import { breadcrumbsOf, findPage, metadataFor, staticParams, structuredDataOf } from "@/lib/pages";
import { groupHeading } from "@/lib/pages/title-index";
import { paths } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("titleIndex");
}

export async function generateMetadata({ params }: PageProps<"/a-z/[group]/[[...part]]">) {
  return metadataFor("titleIndex", await params);
}

export default async function TitleIndexPage({ params }: PageProps<"/a-z/[group]/[[...part]]">) {
  const page = findPage("titleIndex", await params);
  if (!page) notFound();
  const { group, part, entries } = page;
  const parts = group.parts.map((_, index) => paths.titleIndex(group.slug, index + 1));
  return (
    <article>
      <JsonLd data={structuredDataOf(page)} />
      <Breadcrumbs trail={breadcrumbsOf(page)} />
      <PageHeader
        eyebrow="Job titles A to Z"
        title={groupHeading(group)}
        lead="Each title links to the level of the career that holds it, or to the career itself."
      />
      <nav aria-label={LETTER_BAR_NAME} className="mb-8">
        <LetterBar letters={page.letters} current={group.label} />
      </nav>
      <ListingParts name={`job titles ${group.label}`} parts={parts} current={part} />
      <TitleIndexListing entries={entries} />
      <ListingParts name={`job titles ${group.label}`} parts={parts} current={part} atEnd />
    </article>
  );
}
