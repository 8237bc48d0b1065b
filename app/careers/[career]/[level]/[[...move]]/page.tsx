import { notFound } from "next/navigation";
import { LevelPage } from "@/components/level-page";
import { MovedPage } from "@/components/moved-page";
import { MovePage } from "@/components/move-page";
import { findRoutePage, getPages, metadataFor, staticParams } from "@/lib/pages";

// One route for a level's page and the pages of the moves from it (`/to/<career>/<level>/`): a
// route of its own for the moves would have no page to prerender in a guide without moves, which
// a static export refuses (vercel/next.js#61213).
export const dynamicParams = false;

type Params = Awaited<PageProps<"/careers/[career]/[level]/[[...move]]">["params"]>;
const kindOf = ({ move }: Params) => (move && move.length > 0 ? "move" : "level");

export function generateStaticParams() {
  const pages = getPages();
  return [...staticParams("level", pages), ...staticParams("move", pages)];
}

export async function generateMetadata({ params }: PageProps<"/careers/[career]/[level]/[[...move]]">) {
  const routeParams = await params;
  return metadataFor(kindOf(routeParams), routeParams);
}

export default async function LevelOrMovePage({ params }: PageProps<"/careers/[career]/[level]/[[...move]]">) {
  const routeParams = await params;
  const page = findRoutePage(kindOf(routeParams), routeParams);
  if (!page) notFound();
  if (page.kind === "moved") return <MovedPage page={page} />;
  return page.kind === "move" ? <MovePage page={page} /> : <LevelPage page={page} />;
}
