import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { getCareers } from "@/lib/content/load";
import { paths } from "@/lib/site";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  const careers = getCareers();
  return (
    <>
      <PageHeader eyebrow="Error 404" title="We couldn’t find that page" lead="The address may be mistyped, or the page may have moved. These guides are a good place to pick up again." />
      <ul className="space-y-3">
        {careers.map((career) => (
          <li key={career.slug}>
            <Link href={paths.career(career.slug)} className="font-medium text-teal-700 underline underline-offset-2 dark:text-teal-300">
              {career.title}
            </Link>
            <span className="text-slate-600 dark:text-slate-400"> — {career.tagline}</span>
          </li>
        ))}
      </ul>
      <p className="mt-8">
        <Link href="/" className="font-medium text-teal-700 underline underline-offset-2 dark:text-teal-300">
          Go to the home page
        </Link>
      </p>
    </>
  );
}
