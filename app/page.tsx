import { BrowseLinks } from "@/components/browse-links";
import { CareerCard } from "@/components/career-card";
import { JsonLd } from "@/components/json-ld";
import { PageHeader } from "@/components/page-header";
import { findPage, metadataFor, structuredDataOf } from "@/lib/pages";
import { site } from "@/lib/site";

export const metadata = metadataFor("home", {});

export default function HomePage() {
  const page = findPage("home", {})!;
  return (
    <>
      <JsonLd data={structuredDataOf(page)} />
      <PageHeader eyebrow="Career guides" title="Find your next step" lead={site.description} />
      {page.showsEveryCareer && (
        <div className="space-y-8">
          {page.careers.map((career) => (
            <CareerCard key={career.slug} career={career} />
          ))}
        </div>
      )}
      <BrowseLinks links={page.browse} />
    </>
  );
}
