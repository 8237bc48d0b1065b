/**
 * SITE_URL, read once where it enters: one absolute http(s) origin with an optional path of plain
 * segments. Every address the site writes starts with that path (Next.js's basePath), and hosts
 * match it as written: nginx compares BASE_PATH with the decoded address in a regular expression
 * (deploy/nginx.conf), and a static host serves the folder it names. A path that a host would read
 * differently from the build is refused here, with the value to write instead, rather than
 * exported into links that point at another host or a 404.
 */

/**
 * Letters, digits and `-._~`: characters an address carries as they are, which no host decodes.
 * A dot is kept, as GitHub Pages names a project's path after its repository (`guide.v2`); in
 * nginx's regular expressions it also matches any other character, where only the export's own
 * folders exist, so nothing else is served.
 */
const PLAIN_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** What SITE_URL is, in the words of every message. */
const EXAMPLE = "https://careers.example.org/guide/";

export class SiteUrlError extends Error {
  override name = "SiteUrlError";
}

const refuse = (raw: string, problem: string, instead?: string) =>
  new SiteUrlError(`SITE_URL ${JSON.stringify(raw)} ${problem}; write ${instead === undefined ? `an address such as ${EXAMPLE}` : JSON.stringify(instead)}`);

/** The address SITE_URL names, or a SiteUrlError saying what is wrong and what to write. */
export function parseSiteUrl(raw: string): URL {
  const trimmed = raw.trim();
  // Scheme and host as written, so that the path is read before URL decodes dot segments or encodes anything.
  const origin = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#\\]+/.exec(trimmed)?.[0];
  if (origin === undefined || !URL.canParse(trimmed)) throw refuse(raw, "is not a web address");
  const url = new URL(trimmed);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw refuse(raw, `starts with ${url.protocol}, not https: or http:`);
  if (url.username || url.password) throw refuse(raw, "holds a user name or password, which every link would repeat", `${url.origin}${url.pathname}`);
  if (url.search || url.hash) throw refuse(raw, "holds a query or a fragment, which is not part of where the site lives", `${url.origin}${url.pathname}`);
  const writtenPath = trimmed.slice(origin.length);
  if (writtenPath === "" || writtenPath === "/") return url;
  const segments = writtenPath.replace(/^\//, "").replace(/\/$/, "").split("/");
  const plain = segments.filter((segment) => segment !== "" && segment !== "." && segment !== "..");
  const suggestion = (kept: string[]) => `${url.origin}/${kept.length > 0 ? `${kept.join("/")}/` : ""}`;
  if (segments.some((segment) => segment === ""))
    throw refuse(raw, 'has an empty segment ("//") in its path, which makes every link name another host', suggestion(plain));
  if (segments.some((segment) => segment === "." || segment === "..")) throw refuse(raw, 'has a "." or ".." segment in its path', suggestion(plain));
  const last = segments.at(-1)!;
  if (/\.html?$/i.test(last))
    throw refuse(raw, `ends in a page (${JSON.stringify(last)}), not in the folder the site lives in`, suggestion(segments.slice(0, -1)));
  const odd = segments.find((segment) => !PLAIN_SEGMENT.test(segment));
  if (odd !== undefined)
    throw refuse(
      raw,
      `has ${JSON.stringify(odd)} in its path, which hosts would decode or match differently from the links the build writes: use letters, digits, "-", "_", "." and "~" only`,
    );
  return url;
}

/** The address `npm start` serves on without SITE_URL: localhost at PORT, refused with PORT's own name when it is no port. */
export function localSiteUrl(port: string): URL {
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65_535)
    throw new SiteUrlError(`PORT ${JSON.stringify(port)} is not a port number; write one from 1 to 65535`);
  return new URL(`http://localhost:${port}`);
}

/** The path the site lives under, without its last slash: `/guide` for `https://org.github.io/guide/`, empty at the root. */
export const basePathOf = (url: URL): string => url.pathname.replace(/\/+$/, "");
