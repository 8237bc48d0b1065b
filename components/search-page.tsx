import type { SearchPageModel } from "@/lib/pages";
import { paths } from "@/lib/site";
import { BrowseLinks } from "./browse-links";
import { buttonClass, fieldClass } from "./form-class";
import { LETTER_BAR_NAME, LetterBar } from "./letter-bar";
import { PageHeader } from "./page-header";

/**
 * The search page. Its module (public/site-search.js, the one script the site has) searches as the
 * reader types and finds the elements it fills by their ids; without it, the page says so and the
 * A-Z letters and the families lead the way instead. A query that finds nothing shows the letters.
 */
export function SearchPage({ page }: { page: SearchPageModel }) {
  return (
    <>
      <PageHeader eyebrow="Search" title="Search careers and job titles" lead="Type a job title, a career or a skill: results show as you type." />
      <form id="search-form" role="search" aria-label="Careers and job titles" action={paths.search()} method="get" className="flex flex-wrap items-end gap-4">
        <div className="w-full sm:w-auto sm:flex-1">
          <label htmlFor="search-query" className="font-medium">
            Job title, career or skill
          </label>
          <input
            id="search-query"
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            className={`mt-1 w-full px-3 py-2 ${fieldClass}`}
          />
        </div>
        <div className="min-w-0 flex-1">
          <label htmlFor="search-family" className="font-medium">
            Family
          </label>
          <select id="search-family" name="family" className={`mt-1 w-full px-3 py-2 ${fieldClass}`}>
            <option value="">Every family</option>
            {page.browse.families.map(({ name }) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={`px-4 py-2 ${buttonClass}`}>
          Search
        </button>
      </form>
      {/* A line high before it says anything; it says it with the results, so they never move down under a reader's eyes. */}
      <p id="search-summary" aria-hidden="true" className="mt-6 min-h-6 font-medium" />
      {/* The same words for screen readers, once typing pauses. */}
      <p id="search-status" role="status" className="sr-only" />
      <p id="search-unavailable" hidden className="mt-6">
        {page.unavailable}
      </p>
      <noscript>
        <p className="mt-6 max-w-prose">
          Search runs in your browser and needs JavaScript, which is off or blocked here. Every career and job title is also listed A to Z and by family.
        </p>
        <BrowseLinks links={page.browse} />
      </noscript>
      <nav id="search-letters" aria-label={LETTER_BAR_NAME} hidden className="mt-4">
        <LetterBar letters={page.browse.letters} />
      </nav>
      {/* At least a screen high, so results arriving below the form move nothing a reader sees, the footer included. */}
      <ol id="search-results" aria-label="Results" className="min-h-screen" />
      {/* A module script is deferred: it runs once the page is parsed, without holding it up. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src={paths.searchScript()} />
    </>
  );
}
