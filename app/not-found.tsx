import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { paths } from "@/lib/site";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/*
 * Next.js embeds the root not-found page in every prerendered page (HTML and RSC payload), so
 * it lists no careers: a list of all of them made every page grow with the number of careers.
 */
export default function NotFound() {
  return (
    <>
      <PageHeader
        eyebrow="Error 404"
        title="We couldn’t find that page"
        lead="The address may be mistyped, or the page may have moved. Every guide is listed on the home page."
      />
      <p>
        <a href={paths.home()} className="font-medium text-teal-700 underline underline-offset-2 dark:text-teal-300">
          Go to the home page
        </a>
      </p>
    </>
  );
}
