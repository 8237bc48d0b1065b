import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { securityHeaders, securityHeadersFor } from "@/lib/security-headers";

const nginxConfig = readFileSync("deploy/nginx.conf", "utf8");
const nginxHeaders = [...nginxConfig.matchAll(/^\s*add_header\s+(\S+)\s+"?(.*?)"?\s+always;$/gm)].map(([, key, value]) => ({ key, value }));

describe("security headers", () => {
  it("are sent by nginx for the static export exactly as by next start", () => {
    expect(nginxHeaders.filter((header) => header.key !== "Cache-Control")).toEqual([...securityHeaders]);
  });

  it("forbid framing, sniffing and every origin but the site's own", () => {
    const csp = securityHeaders.find((header) => header.key === "Content-Security-Policy")?.value ?? "";
    expect(csp.split("; ")).toEqual(expect.arrayContaining(["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]));
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval/);
    expect(securityHeaders).toContainEqual({ key: "X-Frame-Options", value: "DENY" });
    expect(securityHeaders).toContainEqual({ key: "X-Content-Type-Options", value: "nosniff" });
  });

  it("allow eval only for React's development build", () => {
    expect(securityHeadersFor("production")).toEqual([...securityHeaders]);
    const developmentCsp = securityHeadersFor("development").find((header) => header.key === "Content-Security-Policy")?.value;
    expect(developmentCsp).toContain("'unsafe-eval'");
  });
});

describe("nginx cache lifetimes", () => {
  it("keep hashed assets for a year and everything else briefly", () => {
    expect(nginxConfig).toMatch(/~\^\/_next\/static\/\s+"public, max-age=31536000, immutable";/);
    expect(nginxConfig).toMatch(/default\s+"public, max-age=300, must-revalidate";/);
  });
});
