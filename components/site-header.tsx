import { paths, site } from "@/lib/site";
import { buttonClass, fieldClass } from "./form-class";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/90 print:hidden dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <a href={paths.home()} className="flex items-center gap-2 font-semibold tracking-tight text-slate-900 no-underline dark:text-white">
          <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28" className="shrink-0">
            <rect width="32" height="32" rx="7" className="fill-teal-700 dark:fill-teal-500" />
            <path d="M8 23h5v-4h5v-4h5V9" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {site.name}
        </a>
        {/* A plain form: the search page it leads to searches for what was typed, and every other page stays script-free. */}
        <form role="search" aria-label="Search the guide" action={paths.search()} className="flex w-full gap-2 sm:w-auto">
          <input
            name="q"
            type="search"
            aria-label="Job title or career"
            placeholder="Job title or career"
            className={`min-w-0 flex-1 px-3 py-1 ${fieldClass}`}
          />
          <button type="submit" className={`px-3 py-1 ${buttonClass}`}>
            Search
          </button>
        </form>
      </div>
    </header>
  );
}
