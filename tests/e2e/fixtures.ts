import { test as base } from "@playwright/test";
import type { Delivery } from "../../lib/security-headers";

export interface SiteOptions {
  /** The origin of the served build's absolute URLs: its SITE_URL, or localhost on its port. */
  siteUrl: string;
  /** How the site under test is served, which decides the headers it must send. */
  delivery: Delivery;
}

// playwright.config.ts sets both for each project.
export const test = base.extend<SiteOptions>({
  siteUrl: ["", { option: true }],
  delivery: ["next-start", { option: true }],
});
export { expect } from "@playwright/test";
