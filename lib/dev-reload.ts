import { contentDirectory, contentVersion } from "./content";

/**
 * The query the reload script's checks carry, so `next dev` can leave them out of its request log
 * (next.config.ts) and editors see their own requests and content errors there.
 */
export const CONTENT_CHECK_QUERY = "content-check";

/**
 * Runs in the page in `npm run dev` only. Next's dev server does not watch files the site reads
 * with `fs`, so the page asks for itself again every second and reloads when the content version
 * it carries has changed, or when the page now fails (so the error shows).
 */
export const devReloadScript = `(() => {
  const version = document.currentScript.dataset.contentVersion;
  const url = new URL(location.href);
  url.searchParams.set(${JSON.stringify(CONTENT_CHECK_QUERY)}, "");
  const check = async () => {
    // A tab in the background checks when it comes back: a hidden page costs the server nothing.
    if (document.hidden) return document.addEventListener("visibilitychange", check, { once: true });
    try {
      const response = await fetch(url, { cache: "no-store" });
      const latest = (await response.text()).match(/data-content-version="([^"]*)"/);
      if (response.status >= 500 || (latest && latest[1] !== version)) return location.reload();
    } catch {}
    setTimeout(check, 1000);
  };
  setTimeout(check, 1000);
})();`;

/** The version of the content the page was rendered from, which the reload script compares. */
export function currentContentVersion(): string {
  return contentVersion(contentDirectory());
}
