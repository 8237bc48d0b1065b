import { hasInvisibleCharacter, hasLineBreakOrTab } from "./characters";
import { describeValue } from "./validate";

/**
 * The web addresses editors write (resources, certifications, occupation codes) are links to
 * other sites, shown and followed as written. A browser's URL parser accepts far more than that:
 * `https:/host` and `https:host` parse, yet in a link they are paths on this site; an IP address,
 * `localhost` or a one-word host reach only one machine or network; a name before `@` reads as
 * the site while the link goes to the host after it. Each is refused with what to write instead.
 */

export const START_MESSAGE = "expected a web address starting with https://";

/** The address an editor most likely meant: `https://`, two slashes, and `/` for `\`. */
const repaired = (address: string) => `https://${address.replaceAll("\\", "/").replace(/^(?:https?)?:?\/*/i, "")}`;

/** `message`, with the repaired address as a did-you-mean when that one would pass. */
function withSuggestion(message: string, address: string): string {
  const meant = repaired(address);
  return meant !== address && webAddressProblem(meant) === undefined ? `${message} (did you mean ${describeValue(meant)}?)` : message;
}

/** Whether a host, as the URL parser normalizes it (`0x7f.1` becomes `127.0.0.1`), is an IP address. */
const isIpAddress = (hostname: string) => hostname.startsWith("[") || /^\d+\.\d+\.\d+\.\d+$/.test(hostname);

/** What is wrong with a web address, in the editor's words, or nothing when it is a link to a public site. */
export function webAddressProblem(address: string): string | undefined {
  if (hasLineBreakOrTab(address)) return "expected a web address on one line, without tabs or line breaks; join the lines";
  if (hasInvisibleCharacter(address)) return "expected a web address without invisible or control characters; copy it again from the browser's address bar";
  if (/\s/.test(address)) return "expected a web address without spaces; write a space inside it as %20";
  if (!/^https:\/\/(?![/\\])/i.test(address)) return withSuggestion(START_MESSAGE, address);
  if (address.includes("\\")) return withSuggestion('expected "/" between the parts of a web address, not "\\"', address);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return "expected a web address like https://www.bls.gov/ooh/";
  }
  const authority = address.slice("https://".length).split(/[/?#]/, 1)[0]!;
  if (authority.includes("@")) return `expected a web address without a name and "@" before its host: this one leads to ${url.hostname}`;
  if (isIpAddress(url.hostname)) return "expected a host name such as www.bls.gov, not an IP address";
  const labels = url.hostname.replace(/\.$/, "").split(".");
  if (labels.length < 2 || url.hostname.endsWith(".localhost")) {
    return `expected a public host name such as www.bls.gov: "${url.hostname}" reaches only one computer or network`;
  }
  if (labels.includes("")) return "expected a host name such as www.bls.gov, without an empty part between two dots";
  return undefined;
}
