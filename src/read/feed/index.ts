import { XMLParser } from "fast-xml-parser";
import type { Metadata } from "../../model/record.js";
import type { ReadResult } from "../article.js";
import { parseDate } from "../dates.js";
import { charsetOf, decode, type Decoded } from "../decode.js";
import { DETECT_CHARS, skipProlog } from "../detect.js";
import { warning } from "../../model/codes.js";
import { authorsFrom } from "../html/metadata/byline.js";
import { cleanText } from "../html/metadata/text.js";
import { failure, linkResult, sourceOf, withHints, type Origin } from "../origin.js";
import { readFragment } from "./fragment.js";
import { bareFrame, looseHead, looseItem, rawText } from "./loose.js";
import { nestingFault, type NestingFault } from "./nesting.js";
import { splitFeedItems, type FeedParts } from "./salvage.js";
import { OPML_ROOT, readOpml } from "./opml.js";
import { readSitemap, SITEMAP_ROOT } from "./sitemap.js";
import { text, XML_SAFETY, type Node } from "./xml.js";

export type { Node } from "./xml.js";

/** A `<description>` this long is taken as the item's full text (many RSS feeds put the article there). */
export const DESCRIPTION_AS_BODY_CHARS = 1000;

/** Elements that may repeat, read as arrays whatever their count (names without namespace prefix). */
const REPEATED = new Set(["item", "entry", "link", "category", "author", "creator", "subject", "contributor"]);

const parser = new XMLParser({
  ...XML_SAFETY,
  // Atom content (type="xhtml" is markup) is kept as raw text and read as HTML.
  stopNodes: ["*.entry.content"],
  isArray: (name) => REPEATED.has(name.replace(/^.*:/, "")),
});

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

/** Atom `<link rel="alternate" href>` or RSS `<link>text</link>`. */
function linkOf(item: Node): string | undefined {
  for (const l of list(item.link)) {
    if (typeof l === "string" && l.trim()) return l.trim();
    if (l && typeof l === "object") {
      const href = (l as Node)["@href"];
      const rel = (l as Node)["@rel"];
      if (typeof href === "string" && (rel === undefined || rel === "alternate")) return href.trim();
      const t = text(l);
      if (t) return t;
    }
  }
  const guid = item.guid;
  if (guid && typeof guid === "object" && (guid as Node)["@isPermaLink"] !== "false") return text(guid);
  return typeof guid === "string" && /^https?:/.test(guid) ? guid : undefined;
}

function authorsOf(item: Node): string[] {
  const all = [...list(item.author), ...list(item.creator)].map((a) =>
    a && typeof a === "object" && "name" in a ? text((a as Node).name) : text(a),
  );
  // RSS 2.0 <author> is "email (Name)"; a creator is often a byline ("By A and B").
  return authorsFrom(
    all.filter((a): a is string => Boolean(a)).map((a) => /\(([^)]+)\)\s*$/.exec(a)?.[1] ?? a),
    false,
  );
}

function categoryOf(item: Node): string | undefined {
  const c = [...list(item.category), ...list(item.subject)][0];
  return c && typeof c === "object" && "@term" in c ? text((c as Node)["@term"]) : text(c);
}

/** The item's title as text: an Atom title of type "html" is markup, read for the text it prints. */
function titleOf(item: Node): string | undefined {
  const title = text(item.title);
  const type = item.title && typeof item.title === "object" ? (item.title as Node)["@type"] : undefined;
  return title && type === "html" ? cleanText(title) || undefined : title;
}

/** Atom XHTML content as HTML: namespace prefixes dropped from its element names (`<xhtml:p>` is a `<p>`). */
function xhtmlAsHtml(xhtml: string): string {
  return xhtml.replace(/<(\/?)[\w.-]+:(?=[\w])/g, "<$1");
}

/** The item's full HTML, or undefined when it only has a link and a teaser. */
function contentOf(item: Node): string | undefined {
  const encoded = text(item.encoded);
  if (encoded) return encoded;
  const atom = item.content;
  if (typeof atom === "string" || (atom && typeof atom === "object" && !("@src" in atom))) {
    const raw = text(atom);
    if (raw) {
      const type = atom && typeof atom === "object" ? (atom as Node)["@type"] : undefined;
      return type === "xhtml" ? xhtmlAsHtml(raw) : rawText(raw);
    }
  }
  const description = text(item.description) ?? text(item.summary);
  return description && description.length >= DESCRIPTION_AS_BODY_CHARS ? description : undefined;
}

export interface Channel {
  items: Node[];
  publisher?: string;
  language?: string;
  /** Why the feed's head was read loosely (it is not well-formed XML), if it was. */
  malformed?: string;
}

function channelOf(doc: Node): Channel | undefined {
  const rss = doc.rss as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const rdf = doc.RDF as Node | undefined;
  const channel = ((rss?.channel ?? rdf?.channel) as Node | undefined) ?? atom;
  const items = (rss ? list((rss.channel as Node | undefined)?.item) : atom ? list(atom.entry) : rdf ? list(rdf.item) : undefined) as
    Node[] | undefined;
  if (!items) return undefined;
  const language = text(channel?.language) ?? text(channel?.["@xml:lang"]) ?? text((channel as Node | undefined)?.["@lang"]);
  return { items: items.filter((i) => i && typeof i === "object"), publisher: text(channel?.title), language };
}

/**
 * RSS 2.0, Atom and RSS 1.0 feeds, and the lists of links read as feeds: sitemaps (sitemap.ts) and
 * OPML feed lists (opml.ts). Items with full content (`content:encoded`, Atom `<content>`,
 * or a long description) become articles (the content is read as a body fragment), with the item's title, link,
 * date, authors and category as metadata. Items with only a link cannot be analysed without
 * fetching the page: each gives a NO_ARTICLE result whose `source.url` is the link, so the caller
 * can list or fetch them (nothing is fetched here).
 */
export function* readFeed(bytes: Uint8Array, origin: Origin): Generator<ReadResult> {
  const declared =
    charsetOf(origin.contentType) ??
    /^[^>]{0,200}encoding\s*=\s*["']([\w.:-]+)/.exec(Buffer.from(bytes.subarray(0, 200)).toString("latin1"))?.[1];
  const decoded = decode(bytes, declared);
  const root = skipProlog(decoded.text.slice(0, DETECT_CHARS));
  if (SITEMAP_ROOT.test(root) || OPML_ROOT.test(root)) {
    yield* SITEMAP_ROOT.test(root) ? readSitemap(decoded.text, origin) : readOpml(decoded.text, origin);
    return;
  }
  // A feed the parser refuses, or one whose elements do not nest (which the parser reads wrongly
  // without a word), is read item by item inside its own head and tail, if those are sound.
  const whole = parseFeed(decoded.text);
  const sound = !(whole instanceof Error) && !nestingFault(decoded.text);
  const parts = sound ? undefined : splitFeedItems(decoded.text);
  const frame = parts && frameOf(parts);
  const channel = frame ?? whole;
  if (channel instanceof Error) {
    yield failure(origin, "READ_FAILED", `${origin.path ?? "feed"}: the XML could not be parsed (${channel.message})`);
    return;
  }
  if (!channel) {
    const what = /^\uFEFF?\s*</.test(decoded.text)
      ? "is XML but not an RSS, Atom or RSS 1.0 feed"
      : "is not XML (it does not open with a tag), so not a feed";
    yield failure(origin, "UNSUPPORTED_INPUT", `${origin.path ?? "input"} ${what}`);
    return;
  }
  const items: Iterable<Node | BadItem> =
    parts && frame ? itemByItem(channel.malformed ? { ...parts, ...bareFrame(parts.head) } : parts) : channel.items;
  let i = 0;
  for (const item of items) {
    const where = `${origin.path ?? "feed"} item ${i + 1}`;
    if (item instanceof BadItem) {
      yield readBadItem(item, i, channel, origin, decoded);
    } else {
      try {
        yield readItem(item, i, channel, origin, decoded);
      } catch (err) {
        yield failure(origin, "CORRUPT_RECORD", `${where} could not be read (${(err as Error).message}); skipped`);
      }
    }
    i++;
  }
}

/** The feed's channel, undefined when the XML is no feed, or the parser's error. */
function parseFeed(xml: string): Channel | undefined | Error {
  try {
    return channelOf(parser.parse(xml) as Node);
  } catch (err) {
    return err as Error;
  }
}

/**
 * The channel of the feed's head and tail, or why they cannot frame its items. A head that is not
 * well-formed XML (HTML written into the channel's description) is read loosely.
 */
function frameOf(parts: FeedParts): Channel | undefined | Error {
  const frame = parts.head + parts.tail;
  const fault = nestingFault(frame);
  const strict = fault && !fault.cut ? new Error(fault.message) : parseFeed(frame);
  if (!(strict instanceof Error)) return strict;
  const head = looseHead(frame);
  const channel = head && channelOf(head);
  return channel ? { ...channel, malformed: strict.message } : strict;
}

/**
 * An item that could not be parsed: why, its link when one can be found in its text, and its
 * fields read loosely unless the feed ends inside it.
 */
class BadItem {
  constructor(
    readonly why: string,
    readonly url?: string,
    /** The parser's fault and the item's fields read by name. */
    readonly loose?: { fault: string; fields: Node },
  ) {}
}

/** Sound items parsed together between the feed's head and tail (one parse per item would cost 5 times more). */
const ITEMS_PER_PARSE = 100;

/**
 * The feed's items read between its head and tail: runs of items that nest are parsed together, and
 * a run that fails is parsed item by item, so only the bad item is lost. Each item, or why it failed.
 */
function* itemByItem(parts: FeedParts): Generator<Node | BadItem> {
  for (let start = 0; start < parts.items.length; start += ITEMS_PER_PARSE) {
    const run = parts.items.slice(start, start + ITEMS_PER_PARSE);
    const faults = run.map(nestingFault);
    const together = faults.some(Boolean) ? undefined : parseFeed(parts.head + run.join("") + parts.tail);
    if (together && !(together instanceof Error) && together.items.length === run.length) yield* together.items;
    else for (const [k, xml] of run.entries()) yield itemAlone(parts, xml, faults[k], start + k === parts.items.length - 1);
  }
}

/** One item parsed alone between the feed's head and tail, or why it failed. */
function itemAlone(parts: FeedParts, xml: string, fault: NestingFault | undefined, last: boolean): Node | BadItem {
  const feed = fault ? undefined : parseFeed(parts.head + xml + parts.tail);
  if (feed && !(feed instanceof Error) && feed.items[0]) return feed.items[0];
  if (fault?.cut && last && parts.tail === "") return new BadItem("is cut off (the feed ends inside it)", linkIn(xml));
  const why = fault?.message ?? (feed instanceof Error ? feed.message : "no item in it");
  return new BadItem(`could not be parsed (${why})`, linkIn(xml), { fault: why, fields: looseItem(xml) });
}

/**
 * An item the parser refused, read from its loose fields: an article or a link to fetch, each
 * saying the item is not well-formed XML; CORRUPT_RECORD when the loose reading finds neither.
 */
function readBadItem(item: BadItem, i: number, channel: Channel, origin: Origin, decoded: Decoded): ReadResult {
  const where = `${origin.path ?? "feed"} item ${i + 1}`;
  if (item.loose) {
    const read = readItem(item.loose.fields, i, channel, origin, decoded);
    const loosely = `is not well-formed XML (${item.loose.fault}); its fields were read by name`;
    if (read.ok) {
      read.article.warnings.unshift(warning("MALFORMED_XML", `${where} ${loosely}`));
      return read;
    }
    if (read.error.code === "NO_ARTICLE" && read.source.url)
      return { ...read, error: { ...read.error, message: `${read.error.message} (it ${loosely})` } };
  }
  return failure({ ...origin, ...(item.url ? { url: item.url } : {}) }, "CORRUPT_RECORD", `${where} ${item.why}; skipped`);
}

/** A start tag ends at its first "<" or ">" (XML allows no "<" in it), so an unclosed one costs no search to the end. */
const LINK_ELEMENTS = /<((?:[\w.-]+:)?(?:link|guid))\b[^<>]*?(?:\/>|>[^<]*<\/\1\s*>)/g;

/** The link of an item that cannot be parsed whole, read from its link and guid elements alone. */
function linkIn(xml: string): string | undefined {
  const links = xml.match(LINK_ELEMENTS);
  const feed = links && parseFeed(`<rss><channel><item>${links.join("")}</item></channel></rss>`);
  const item = feed && !(feed instanceof Error) ? feed.items[0] : undefined;
  return item && linkOf(item);
}

/** What an item without article text holds, for its NO_ARTICLE message. */
function holdings(item: Node, link: string | undefined): string {
  const teaser = (text(item.description) ?? text(item.summary)) ? " and a short teaser" : "";
  if (link) return `has only a link (${link})${teaser}, no article text; fetch the page and analyze it`;
  // An RSS guid that is no permalink, or an Atom id.
  const id = text(item.guid)
    ? `a guid (${text(item.guid)!.slice(0, 200)})`
    : text(item.id)
      ? `an id (${text(item.id)!.slice(0, 200)})`
      : "";
  return `has no article text and no link${id ? `, only ${id}${teaser}` : teaser && ", only a short teaser"}; nothing to fetch`;
}

/** One feed item to an article, or to NO_ARTICLE when it has no content. */
export function readItem(
  item: Node,
  i: number,
  channel: Channel,
  origin: Origin,
  decoded: Pick<Decoded, "encoding" | "warnings">,
): ReadResult {
  const language = channel.language?.toLowerCase().slice(0, 2);
  const link = linkOf(item);
  const itemOrigin: Origin = { ...origin, ...(link ? { url: link } : {}) };
  const title = titleOf(item);
  const where = `${origin.path ?? "feed"} item ${i + 1}${title ? ` "${title.slice(0, 80)}"` : ""}`;
  const authors = authorsOf(item);
  const section = categoryOf(item);
  const told: Partial<Metadata> = {
    ...parseDate(text(item.pubDate) ?? text(item.published) ?? text(item.date) ?? text(item.updated)),
    ...(title ? { headline: title } : {}),
    ...(authors.length ? { authors } : {}),
    ...(section ? { section } : {}),
    ...(link ? { url: link } : {}),
  };
  const feedWide: Partial<Metadata> = {
    ...(channel.publisher ? { publisher: channel.publisher } : {}),
    ...(language && /^[a-z]{2}$/.test(language) ? { language } : {}),
  };
  const html = contentOf(item);
  if (!html) {
    const message = `${where} ${holdings(item, link)}`;
    return link ? linkResult(origin, link, message, { hints: { ...feedWide, ...told } }) : failure(itemOrigin, "NO_ARTICLE", message);
  }
  const page = readFragment(html, link);
  if (page.text.trim() === "") {
    return failure(itemOrigin, "NO_ARTICLE", `${where}: no text in its content`);
  }
  const meta: Partial<Metadata> = { ...withHints(page.metadata, feedWide), ...told };
  const updated = text(item.updated);
  if (updated && (text(item.published) || text(item.pubDate))) {
    const u = parseDate(updated).published;
    if (u) meta.updated = u;
  }
  const source = sourceOf("feed", itemOrigin, Buffer.from(html), decoded.encoding);
  const head = channel.malformed
    ? [
        warning(
          "MALFORMED_XML",
          `${origin.path ?? "feed"}: the feed's head is not well-formed XML (${channel.malformed}); its fields were read by name`,
        ),
      ]
    : [];
  return { ok: true, article: { ...page, source, metadata: meta, warnings: [...decoded.warnings, ...head, ...page.warnings] } };
}
