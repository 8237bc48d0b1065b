import type { PageOfKind } from "@/lib/pages";
import { breadcrumbsOf, structuredDataOf } from "@/lib/pages";
import { Breadcrumbs } from "./breadcrumbs";
import { BulletList } from "./bullet-list";
import { EditFooter } from "./edit-footer";
import { JsonLd } from "./json-ld";
import { MoveSides } from "./move-sides";
import { PageHeader } from "./page-header";
import { ReadinessCheck } from "./readiness-check";
import { Section } from "./section";
import { SourcesLine } from "./sources";

/** A move from a level to a level of another career: what it asks for that the path does not name, and both levels side by side. */
export function MovePage({ page }: { page: PageOfKind<"move"> }) {
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
        id="ready-to-move"
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
