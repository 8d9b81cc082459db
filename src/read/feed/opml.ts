/**
 * OPML subscription lists (what feed readers export): each outline with an `xmlUrl` names a feed.
 * Like a sitemap index's sitemaps, each is a NO_ARTICLE result marked `list` whose `source.url` is
 * the feed, which a fetcher reads as a feed in turn. Outlines nest (folders); all are read.
 */
import { XMLParser } from "fast-xml-parser";
import type { ReadResult } from "../article.js";
import { failure, linkResult, type Origin } from "../origin.js";
import { text, XML_SAFETY, type Node } from "./xml.js";

const parser = new XMLParser({ ...XML_SAFETY, isArray: (name) => name === "outline" });

/** The root element of an OPML document, after the XML prolog. */
export const OPML_ROOT = /^<opml[\s>]/;

/** The outlines under `node`, depth first, in document order. */
function* outlines(node: Node): Generator<Node> {
  for (const o of (node.outline ?? []) as unknown[]) {
    if (!o || typeof o !== "object") continue;
    yield o as Node;
    yield* outlines(o as Node);
  }
}

/** The feeds an OPML document names, one result each; a document that does not parse is one error. */
export function* readOpml(xml: string, origin: Origin): Generator<ReadResult> {
  const name = origin.path ?? origin.url ?? "OPML";
  let body: Node | undefined;
  try {
    body = ((parser.parse(xml) as Node).opml as Node | undefined)?.body as Node | undefined;
  } catch (err) {
    yield failure(origin, "READ_FAILED", `${name}: the XML could not be parsed (${(err as Error).message})`);
    return;
  }
  let i = 0;
  for (const outline of body && typeof body === "object" ? outlines(body) : []) {
    const feed = text(outline["@xmlUrl"]);
    if (!feed) continue;
    i++;
    const title = text(outline["@title"]) ?? text(outline["@text"]);
    const where = `${name} feed ${i}${title ? ` "${title.slice(0, 80)}"` : ""}`;
    yield linkResult(origin, feed, `${where} is a feed (${feed.slice(0, 200)}); fetch it to read its items`, { list: true });
  }
  if (i === 0) yield failure(origin, "NO_ARTICLE", `${name} is an OPML list that names no feed (no outline has an xmlUrl)`);
}
