import { site, suggestChangeUrl } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 text-sm text-slate-600 print:hidden dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
        <p>
          {site.name} is written in the open.{" "}
          <a className="underline underline-offset-2 hover:text-slate-900 dark:hover:text-white" href={suggestChangeUrl()}>
            Suggest a change
          </a>
          .
        </p>
      </div>
    </footer>
  );
}
