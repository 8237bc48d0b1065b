import { readFileSync, writeFileSync } from "node:fs";
import type { Category } from "./lighthouse";

export const BUDGET_FILE = "budgets.json";

/** `budgets.json`: the limits `npm run budgets` holds the built site to. */
export interface Budgets {
  note: string;
  javascript: {
    /** How and when the baseline was measured; `npm run bench` rewrites this section. */
    measured: { date: string; next: string; react: string; how: string };
    /** Gzip bytes of the JavaScript an empty page of the same Next.js version loads. */
    emptyPageBytes: number;
    /** JavaScript the site may load beyond the empty page, each named by the feature that needs it. */
    features: Record<string, number>;
  };
  cssMaxBytes: number;
  comparisonHtmlMaxBytes: number;
  lighthouseMinScores: Record<Category, number>;
  /** Why the minimum scores are what they are. */
  lighthouseNote: string;
}

export function readBudgets(): Budgets {
  return JSON.parse(readFileSync(BUDGET_FILE, "utf8")) as Budgets;
}

export function writeBudgets(budgets: Budgets): void {
  writeFileSync(BUDGET_FILE, `${JSON.stringify(budgets, null, 2)}\n`);
}

/** The most JavaScript any page may load: the empty page plus every named feature. */
export function javascriptAllowance(budgets: Budgets): number {
  return Object.values(budgets.javascript.features).reduce((sum, bytes) => sum + bytes, budgets.javascript.emptyPageBytes);
}
