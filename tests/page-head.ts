import { DomUtils, parseDocument } from "htmlparser2";

/**
 * A page's HTML read as a crawler reads it rather than rendered: its language, title, links and
 * meta elements by name or property, JSON-LD and "Edit this page" link.
 */
export function pageHead(html: string) {
  const document = parseDocument(html);
  const elements = (name: string) => DomUtils.getElementsByTagName(name, document.children, true);
  return {
    lang: elements("html")[0]?.attribs.lang,
    title: DomUtils.textContent(elements("title")[0] ?? []),
    link: (rel: string, type?: string) =>
      elements("link").find((element) => element.attribs.rel === rel && (type === undefined || element.attribs.type === type))?.attribs.href,
    meta: (key: string) => elements("meta").find((element) => (element.attribs.name ?? element.attribs.property) === key)?.attribs.content,
    jsonLd: elements("script")
      .filter((element) => element.attribs.type === "application/ld+json")
      .map((element) => DomUtils.textContent(element)),
    editLink: elements("a").find((element) => DomUtils.textContent(element).trim() === "Edit this page")?.attribs.href,
  };
}
