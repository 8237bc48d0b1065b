import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FamilyListing } from "@/components/family-listing";
import { JsonLd } from "@/components/json-ld";
import { linkClass } from "@/components/link-class";
import { ListingParts } from "@/components/listing-parts";
import { PageHeader } from "@/components/page-header";
import { SOC_MAJOR_GROUPS_SOURCE } from "@/lib/content";
import { breadcrumbsOf, findPage, metadataFor, staticParams, structuredDataOf } from "@/lib/pages";
import { paths } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("family");
}

export async function generateMetadata({ params }: PageProps<"/families/[family]/[[...part]]">) {
  return metadataFor("family", await params);
}

export default async function FamilyPage({ params }: PageProps<"/families/[family]/[[...part]]">) {
  const page = findPage("family", await params);
  if (!page) notFound();
  const { family, part, careers } = page;
  const parts = family.parts.map((_, index) => paths.family(family.slug, index + 1));
  return (
    <article>
      <JsonLd data={structuredDataOf(page)} />
      <Breadcrumbs trail={breadcrumbsOf(page)} />
      <PageHeader
        eyebrow="Career family"
        title={family.name}
        lead={`${family.careers.length} career ${family.careers.length === 1 ? "guide" : "guides"}, each from entry level to senior roles.`}
      >
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          {family.majorGroup ? (
            <>
              SOC 2018 major group {family.majorGroup.code}, as{" "}
              <a href={SOC_MAJOR_GROUPS_SOURCE} className={linkClass}>
                the U.S. Bureau of Labor Statistics lists it
              </a>
              .
            </>
          ) : (
            "Careers whose guides give no O*NET-SOC occupation code."
          )}
        </p>
      </PageHeader>
      <ListingParts name={family.name} parts={parts} current={part} />
      <FamilyListing careers={careers} />
      <ListingParts name={family.name} parts={parts} current={part} atEnd />
    </article>
  );
}
