import type { ReactNode } from "react";

interface PageHeaderProps {
  eyebrow?: string;
  title: string;
  lead?: string;
  /** More of the heading area under the lead, such as where a level sits on the ladder. */
  children?: ReactNode;
}

export function PageHeader({ eyebrow, title, lead, children }: PageHeaderProps) {
  return (
    <header className="mb-10">
      {eyebrow && <p className="mb-2 text-sm font-semibold uppercase tracking-wider text-teal-700 dark:text-teal-300">{eyebrow}</p>}
      <h1 className="text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">{title}</h1>
      {lead && <p className="mt-4 max-w-prose text-lg text-pretty text-slate-700 dark:text-slate-300">{lead}</p>}
      {children}
    </header>
  );
}
