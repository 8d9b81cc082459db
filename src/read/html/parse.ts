/**
 * HTML to a linkedom document, with text as a browser holds it. linkedom starts a new text node
 * at every character reference, so `Jos&eacute; Garc&iacute;a` became five nodes ("Jos", "é",
 * "Garc", "í", "a"), and steps that read text node by node (bylines, dates, labels) saw broken
 * words. Adjacent text nodes are merged once after parsing.
 *
 * linkedom spreads a `class` attribute's names into a function call, which runs out of stack
 * past about 100,000 names. Such a page is parsed again with its `class` values cut
 * (`limitClasses`); ordinary pages pay nothing for the check.
 */
import { DOMParser } from "linkedom";
import { limitClasses } from "./guard.js";

export function parseHtml(html: string): Document {
  let doc: Document;
  try {
    doc = parse(html);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    doc = parse(limitClasses(html));
  }
  doc.documentElement?.normalize();
  return doc;
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html") as unknown as Document;
}
