/**
 * JSON Feed (jsonfeed.org, versions 1 and 1.1): a feed written as one JSON object. Its items are
 * read as RSS items are (see index.ts): `content_html`, else `content_text`, is the article; an
 * item with only a `url` is listed for fetching.
 */
import type { ReadResult } from "../article.js";
import type { Decoded } from "../decode.js";
import { failure, type Origin } from "../origin.js";
import { readItem, type Channel, type Node } from "./index.js";

const isObject = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v : undefined);

/** Whether a parsed JSON document is a JSON Feed. */
export function isJsonFeed(doc: unknown): doc is Node {
  return isObject(doc) && /^https?:\/\/jsonfeed\.org\/version\//.test(str(doc.version) ?? "") && Array.isArray(doc.items);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Plain text as HTML: a paragraph per blank-line-separated part, its line breaks kept. */
function textAsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/[&<>]/g, (c) => ESCAPES[c]!).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

/** Author names of version 1.1 (`authors`) or 1 (`author`). */
function authorNames(item: Node): string[] {
  const people = Array.isArray(item.authors) ? item.authors : isObject(item.author) ? [item.author] : [];
  return people.flatMap((a) => (isObject(a) && str(a.name) ? [str(a.name)!] : []));
}

/** One JSON Feed item in the shape of a parsed RSS item. */
function asRssItem(item: Node): Node {
  const html = str(item.content_html) ?? (str(item.content_text) && textAsHtml(item.content_text as string));
  const tags = Array.isArray(item.tags) ? item.tags.filter((t) => str(t)) : [];
  return {
    ...(str(item.title) ? { title: item.title } : {}),
    ...(str(item.url) ? { link: [item.url] } : str(item.external_url) ? { link: [item.external_url] } : {}),
    ...(str(item.id) ? { guid: { "#text": item.id, "@isPermaLink": "false" } } : {}),
    ...(html ? { encoded: html } : {}),
    ...(str(item.summary) ? { description: item.summary } : {}),
    ...(str(item.date_published) ? { published: item.date_published } : {}),
    ...(str(item.date_modified) ? { updated: item.date_modified } : {}),
    creator: authorNames(item),
    ...(tags.length ? { category: tags.slice(0, 1) } : {}),
  };
}

/** The items of a JSON Feed, each an article, a link to fetch, or why it could not be read. */
export function readJsonFeed(feed: Node, origin: Origin, decoded: Pick<Decoded, "encoding" | "warnings">): ReadResult[] {
  const channel: Channel = {
    items: [],
    ...(str(feed.title) ? { publisher: str(feed.title)!.trim() } : {}),
    ...(str(feed.language) ? { language: str(feed.language) } : {}),
  };
  return (feed.items as unknown[]).map((item, i) => {
    const where = `${origin.path ?? "feed"} item ${i + 1}`;
    if (!isObject(item)) return failure(origin, "CORRUPT_RECORD", `${where} is not a JSON object; skipped`);
    try {
      return readItem(asRssItem(item), i, channel, origin, decoded);
    } catch (err) {
      return failure(origin, "CORRUPT_RECORD", `${where} could not be read (${(err as Error).message}); skipped`);
    }
  });
}
