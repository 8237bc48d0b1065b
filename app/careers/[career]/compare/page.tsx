import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ComparisonTable } from "@/components/comparison-table";
import { EditFooter } from "@/components/edit-footer";
import { JsonLd } from "@/components/json-ld";
import { PageHeader } from "@/components/page-header";
import { getCareer } from "@/lib/content";
import { trails } from "@/lib/navigation";
import { editAddress, staticParams } from "@/lib/pages";
import { compareMetadata, paths } from "@/lib/site";
import { structuredData } from "@/lib/structured-data";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("compare");
}

export async function generateMetadata({ params }: PageProps<"/careers/[career]/compare">) {
  const career = getCareer((await params).career);
  return career ? compareMetadata(career) : {};
}

export default async function ComparePage({ params }: PageProps<"/careers/[career]/compare">) {
  const career = getCareer((await params).career);
  if (!career) notFound();
  return (
    <article className="comparison-page">
      <JsonLd data={structuredData.compare(career)} />
      <Breadcrumbs trail={trails.compare(career)} />
      <PageHeader eyebrow={career.title} title="Compare the levels" lead="Each level includes the requirements of the levels before it; what is new at each level comes first." />
      <ComparisonTable career={career} />
      <EditFooter editHref={editAddress.compare(career)} updated={career.updated} path={paths.compare(career.slug)} />
    </article>
  );
}
