import { test as base, expect } from "@playwright/test";
import { type Delivery, securityHeadersFor } from "../../lib/security-headers";

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
export { expect };

/** The security headers of `delivery`, each sent once (hosts and browsers join repeated ones). */
export function expectSecurityHeaders(headers: { name: string; value: string }[], delivery: Delivery) {
  const values = (name: string) => headers.filter((header) => header.name.toLowerCase() === name.toLowerCase()).map((header) => header.value);
  for (const { key, value } of securityHeadersFor(delivery)) expect(values(key), key).toEqual([value]);
  expect(values("x-powered-by")).toEqual([]);
}
