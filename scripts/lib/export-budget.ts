import type { Budgets } from "./budget-file";
import { type Build, formatKilobytes, measurePage } from "./page-weight";

/** A page of the registry, as far as its weight goes. */
export interface ListedPage {
  kind: string;
  path: string;
}

/** One exported page held to budgets.json's `exportPage.maxBytes`. */
export interface PageBudgetCheck {
  page: ListedPage;
  /** Gzip bytes of the page's HTML, CSS and JavaScript together. */
  totalBytes: number;
  passed: boolean;
  /** "static-export: index page /a-z/o/2/ in all", as `npm run budgets` names it. */
  name: string;
  detail: string;
}

/**
 * Every page of `pages` in the export `build`, HTML, CSS and JavaScript together, against the
 * export page budget: what `npm run budgets`, the bench and npm test's generated export hold
 * every exported page to.
 */
export function exportPageBudgets(build: Build, pages: readonly ListedPage[], budget: Budgets["exportPage"]): PageBudgetCheck[] {
  return pages.map((page) => {
    const weight = measurePage(build, page.path);
    const totalBytes = weight.htmlBytes + weight.cssBytes + weight.jsBytes;
    return {
      page,
      totalBytes,
      passed: totalBytes < budget.maxBytes,
      name: `static-export: ${page.kind} page ${page.path} in all`,
      detail: `${formatKilobytes(totalBytes)} of HTML, CSS and JavaScript; must be under ${formatKilobytes(budget.maxBytes)}: ${budget.why}`,
    };
  });
}
