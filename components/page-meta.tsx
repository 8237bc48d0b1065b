import { formatDate } from "@/lib/site";

interface PageMetaProps {
  /** Where an editor changes what this page shows (see `editUrl` and `browseUrl`). */
  editHref: string;
  updated?: string;
}

export function PageMeta({ editHref, updated }: PageMetaProps) {
  return (
    <p className="mt-12 flex flex-wrap gap-x-6 gap-y-2 border-t border-slate-200 pt-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      {updated && (
        <span>
          Last updated <time dateTime={updated}>{formatDate(updated)}</time>
        </span>
      )}
      <a href={editHref} className="underline underline-offset-2 hover:text-slate-900 print:hidden dark:hover:text-white">
        Edit this page
      </a>
    </p>
  );
}
