import { test as base } from "@playwright/test";
import { servers } from "./servers";

export interface SiteOptions {
  /** The SITE_URL the served build was made with: the origin of its absolute URLs. */
  siteUrl: string;
}

export const test = base.extend<SiteOptions>({ siteUrl: [servers.nextStart.siteUrl, { option: true }] });
export { expect } from "@playwright/test";
