import { DomUtils, parseDocument } from "htmlparser2";

/**
 * A page's HTML read as a crawler reads it rather than rendered: its language, title, links and
 * meta elements by name or property, JSON-LD and "Edit this page" link. Plain values, so that a
 * test holding the heads of every page holds none of their documents.
 */
export function pageHead(html: string) {
  const document = parseDocument(html);
  const elements = (name: string) => DomUtils.getElementsByTagName(name, document.children, true);
  const links = elements("link").map(({ attribs }) => ({ rel: attribs.rel, type: attribs.type, href: attribs.href }));
  const metas = elements("meta").map(({ attribs }) => ({ key: attribs.name ?? attribs.property, content: attribs.content }));
  return {
    lang: elements("html")[0]?.attribs.lang,
    title: DomUtils.textContent(elements("title")[0] ?? []),
    link: (rel: string, type?: string) => links.find((link) => link.rel === rel && (type === undefined || link.type === type))?.href,
    meta: (key: string) => metas.find((meta) => meta.key === key)?.content,
    jsonLd: elements("script")
      .filter((element) => element.attribs.type === "application/ld+json")
      .map((element) => DomUtils.textContent(element)),
    editLink: elements("a").find((element) => DomUtils.textContent(element).trim() === "Edit this page")?.attribs.href,
  };
}
