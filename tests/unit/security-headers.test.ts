import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cacheControl, type Delivery, securityHeadersFor } from "@/lib/security-headers";

const nginxConfig = readFileSync("deploy/nginx.conf", "utf8");
const nginxHeaders = [...nginxConfig.matchAll(/^\s*add_header\s+(\S+)\s+"?(.*?)"?\s+always;$/gm)].map(([, key, value]) => ({ key, value }));

const policyOf = (delivery: Delivery) => securityHeadersFor(delivery).find((header) => header.key === "Content-Security-Policy")?.value ?? "";
const directive = (policy: string, name: string) => policy.split("; ").find((entry) => entry.startsWith(`${name} `));

describe("security headers", () => {
  it("are sent by nginx for the static export as lib/security-headers.ts defines them", () => {
    // Cache lifetimes and the cross-origin header vary by path, and are tested on their own.
    expect(nginxHeaders.filter(({ key }) => key !== "Cache-Control" && key !== "Access-Control-Allow-Origin")).toEqual(securityHeadersFor("static-export"));
  });

  it("forbid framing, sniffing and every origin but the site's own, however the site is served", () => {
    for (const delivery of ["static-export", "next-start", "next-dev"] as const) {
      const headers = securityHeadersFor(delivery);
      expect(policyOf(delivery).split("; ")).toEqual(expect.arrayContaining(["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]));
      expect(policyOf(delivery)).not.toMatch(/https?:|\*/);
      expect(headers).toContainEqual({ key: "X-Frame-Options", value: "DENY" });
      expect(headers).toContainEqual({ key: "X-Content-Type-Options", value: "nosniff" });
    }
  });

  it("let the static export run no script at all", () => {
    expect(directive(policyOf("static-export"), "script-src")).toBe("script-src 'none'");
  });

  it("allow eval only for React's development build", () => {
    expect(directive(policyOf("next-start"), "script-src")).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive(policyOf("next-dev"), "script-src")).toContain("'unsafe-eval'");
  });
});

describe("nginx cache lifetimes", () => {
  it("keep hashed assets for a year and everything else briefly, as next start does", () => {
    expect(nginxConfig).toContain(`~^/_next/static/  "${cacheControl.hashedAsset}";`);
    expect(nginxConfig).toMatch(new RegExp(`default\\s+"${cacheControl.other}";`));
  });
});
