import type { Metadata } from "next";
import { CareerCard } from "@/components/career-card";
import { JsonLd } from "@/components/json-ld";
import { PageHeader } from "@/components/page-header";
import { getCareers } from "@/lib/content";
import { pageMetadata, paths, site } from "@/lib/site";
import { structuredData } from "@/lib/structured-data";

export const metadata: Metadata = {
  ...pageMetadata({ title: site.name, description: site.description, path: paths.home(), dataPath: paths.careersData() }),
  title: { absolute: `${site.name}: career paths from entry level to senior roles` },
};

export default function HomePage() {
  const careers = getCareers();
  return (
    <>
      <JsonLd data={structuredData.home()} />
      <PageHeader eyebrow="Career guides" title="Find your next step" lead={site.description} />
      <div className="space-y-8">
        {careers.map((career) => (
          <CareerCard key={career.slug} career={career} />
        ))}
      </div>
    </>
  );
}
