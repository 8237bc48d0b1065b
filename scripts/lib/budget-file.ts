import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { CATEGORIES } from "./lighthouse";

const BUDGET_FILE = "budgets.json";
const bytes = z.number().int().nonnegative();

/** `budgets.json`: the limits `npm run budgets` holds both builds to. */
const budgetsSchema = z.strictObject({
  note: z.string(),
  javascript: z.strictObject({
    /** How and when `npm run bench` last measured the empty page. */
    measured: z.strictObject({ date: z.iso.date(), next: z.string(), react: z.string(), how: z.string() }),
    /** Gzip bytes of the JavaScript an empty page of the same Next.js version loads. */
    emptyPageBytes: bytes,
    /** JavaScript the site may load beyond the empty page, each named by the feature that needs it. */
    features: z.record(z.string(), bytes),
  }),
  cssMaxBytes: bytes,
  comparisonHtmlMaxBytes: bytes,
  /** Gzip bytes of everything one exported page loads (HTML, CSS, and no JavaScript), with the reason for the limit. */
  exportPage: z.strictObject({ maxBytes: bytes, why: z.string() }),
  /** Gzip bytes of the search page's own script, and of what Pagefind loads before its first query, with the reason. */
  search: z.strictObject({ scriptMaxBytes: bytes, pagefindMaxBytes: bytes, why: z.string() }),
  lighthouseMinScores: z.record(z.enum(CATEGORIES), z.number().min(0).max(1)),
  /** Why the minimum scores are what they are. */
  lighthouseNote: z.string(),
});
export type Budgets = z.infer<typeof budgetsSchema>;

export function readBudgets(): Budgets {
  return budgetsSchema.parse(JSON.parse(readFileSync(BUDGET_FILE, "utf8")));
}

/** The bench's measurement of the empty page; the allowances beyond it stay as budgets.json declares them. */
export function recordEmptyPage(emptyPageBytes: number, measured: Budgets["javascript"]["measured"]): void {
  const budgets = readBudgets();
  budgets.javascript = { ...budgets.javascript, measured, emptyPageBytes };
  writeFileSync(BUDGET_FILE, `${JSON.stringify(budgets, null, 2)}\n`);
}

/** The most JavaScript any page may load: the empty page plus every named feature. */
export function javascriptAllowance(budgets: Budgets): number {
  return Object.values(budgets.javascript.features).reduce((sum, featureBytes) => sum + featureBytes, budgets.javascript.emptyPageBytes);
}
