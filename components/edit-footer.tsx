import { absoluteUrl, formatDate } from "@/lib/site";
import { linkClass } from "./link-class";

interface EditFooterProps {
  /** Where an editor changes what this page shows (the page registry's `editUrl`). */
  editHref: string;
  updated?: string;
  /** The page's own path, printed so that a paper copy says where it came from. */
  path: string;
}

/** "Last updated" and "Edit this page" at the end of a page; on paper, the page's address instead of the link. */
export function EditFooter({ editHref, updated, path }: EditFooterProps) {
  return (
    <footer className="mt-12 flex flex-wrap gap-x-6 gap-y-2 border-t border-edge pt-6 text-sm text-slate-600 dark:text-slate-400">
      {updated && (
        <p>
          Last updated <time dateTime={updated}>{formatDate(updated)}</time>
        </p>
      )}
      <p className="print:hidden">
        <a href={editHref} className={linkClass}>
          Edit this page
        </a>
      </p>
      <p className="hidden print:block">Printed from {absoluteUrl(path)}</p>
    </footer>
  );
}
