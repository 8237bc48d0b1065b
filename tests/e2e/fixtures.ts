import { test as base } from "@playwright/test";
import type { Delivery } from "../../lib/security-headers";
import { servers } from "./servers";

export interface SiteOptions {
  /** The SITE_URL the served build was made with: the origin of its absolute URLs. */
  siteUrl: string;
  /** How the site under test is served, which decides the headers it must send. */
  delivery: Delivery;
}

export const test = base.extend<SiteOptions>({
  siteUrl: [servers.nextStart.siteUrl, { option: true }],
  delivery: ["next-start", { option: true }],
});
export { expect } from "@playwright/test";
