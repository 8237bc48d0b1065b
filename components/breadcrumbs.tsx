import type { Crumb } from "@/lib/navigation";

interface BreadcrumbsProps {
  /** From the home page down to the current page, which is the last crumb. */
  trail: Crumb[];
}

export function Breadcrumbs({ trail }: BreadcrumbsProps) {
  return (
    <nav aria-label="Breadcrumb" className="mb-6 text-sm text-slate-600 print:hidden dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {trail.map((crumb, index) => {
          const isCurrent = index === trail.length - 1;
          return (
            <li key={crumb.href} className="flex items-center gap-2">
              {index > 0 && <span aria-hidden="true">/</span>}
              {isCurrent ? (
                <span aria-current="page" className="font-medium text-slate-900 dark:text-slate-100">
                  {crumb.name}
                </span>
              ) : (
                <a href={crumb.href} className="underline-offset-2 hover:text-slate-900 hover:underline dark:hover:text-white">
                  {crumb.name}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
