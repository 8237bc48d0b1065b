import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CareerComparison } from "@/components/career-comparison";
import { EditFooter } from "@/components/edit-footer";
import { JsonLd } from "@/components/json-ld";
import { MovedPage } from "@/components/moved-page";
import { PageHeader } from "@/components/page-header";
import { breadcrumbsOf, findRoutePage, metadataFor, staticParams, structuredDataOf } from "@/lib/pages";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("compare");
}

export async function generateMetadata({ params }: PageProps<"/careers/[career]/compare">) {
  return metadataFor("compare", await params);
}

export default async function ComparePage({ params }: PageProps<"/careers/[career]/compare">) {
  const page = findRoutePage("compare", await params);
  if (!page) notFound();
  if (page.kind === "moved") return <MovedPage page={page} />;
  const { career } = page;
  return (
    <article className="comparison-page">
      <JsonLd data={structuredDataOf(page)} />
      <Breadcrumbs trail={breadcrumbsOf(page)} />
      <PageHeader
        eyebrow={career.title}
        title="Compare the levels"
        lead="Each level includes the requirements of the levels before it; what is new at each level comes first."
      />
      <CareerComparison career={career} />
      <EditFooter editHref={page.editUrl} updated={page.lastModified} path={page.path} />
    </article>
  );
}
