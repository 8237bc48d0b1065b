import type { MovedPage as Moved } from "@/lib/pages";
import { linkClass } from "./link-class";
import { PageHeader } from "./page-header";

/**
 * A former address: the browser goes on to the page at once through the meta refresh, which needs
 * no script and no server setting, so every static host serves it (React places the element in
 * the head); the link is for a reader whose browser does not follow it.
 */
export function MovedPage({ page }: { page: Moved }) {
  const { to } = page;
  return (
    <article>
      <meta httpEquiv="refresh" content={`0; url=${to.path}`} />
      <PageHeader title="This page has moved" />
      <p className="text-lg">
        This page has moved to{" "}
        <a href={to.path} className={linkClass}>
          {to.text.title}
        </a>
        .
      </p>
    </article>
  );
}
