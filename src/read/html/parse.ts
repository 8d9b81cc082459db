/**
 * HTML to a linkedom document, with text as a browser holds it. linkedom starts a new text node
 * at every character reference, so `Jos&eacute; Garc&iacute;a` became five nodes ("Jos", "é",
 * "Garc", "í", "a"), and steps that read text node by node (bylines, dates, labels) saw broken
 * words. Adjacent text nodes are merged once after parsing.
 */
import { DOMParser } from "linkedom";

export function parseHtml(html: string): Document {
  const doc = new DOMParser().parseFromString(html, "text/html") as unknown as Document;
  doc.documentElement?.normalize();
  return doc;
}
