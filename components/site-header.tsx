import { paths, site } from "@/lib/site";

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
        <form role="search" aria-label="Site" action={paths.search()} method="get" className="flex w-full gap-2 sm:w-auto">
          <label htmlFor="site-search" className="sr-only">
            Search careers and job titles
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Job title or career"
            enterKeyHint="search"
            className="min-w-0 flex-1 rounded-md border border-edge bg-white px-3 py-1.5 text-base text-slate-900 placeholder:text-slate-600 sm:w-56 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
          />
          <button
            type="submit"
            className="rounded-md bg-teal-700 px-3 py-1.5 font-medium text-white hover:bg-teal-800 dark:bg-teal-500 dark:text-slate-950 dark:hover:bg-teal-400"
          >
            Search
          </button>
        </form>
      </div>
    </header>
  );
}
