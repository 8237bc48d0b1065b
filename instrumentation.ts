/** Next.js calls this once as `next start` or `next dev` starts its server; an export has none. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { sendSecurityHeadersOnEveryResponse } = await import("./lib/every-response");
  sendSecurityHeadersOnEveryResponse(process.env.NODE_ENV === "development" ? "next-dev" : "next-start");
}
