/**
 * Live blogs: an intro above a stream of timestamped updates. The intro is the page's article;
 * each update is news of its own time and author ("Trump wins Michigan caucuses", 21:00), so it
 * is read as an article of its own rather than run together with the intro under one date.
 *
 * Updates are the items of an AMP `<amp-live-list>`: explicit markup for a stream, of which the
 * page holds only the latest window (`data-max-items-per-page`, refreshed in place), so the items
 * are posts of their own, not part of the page's article. Live blogs without that markup are read
 * whole, as one article, as other extractors read them. A schema.org LiveBlogPosting's
 * `liveBlogUpdate` entries, when present, give each update's headline, time, author and permalink.
 */
import type { Metadata } from "../../model/record.js";
import type { Article } from "../article.js";
import { parseDate, toIso } from "../date-parse.js";
import { assemble } from "./assemble.js";
import { walk, type DomElement } from "./dom.js";
import { emitBlocks, type TextBlock } from "./emit.js";
import { typesOf, type LdGraph } from "./jsonld.js";
import { authorNames } from "./metadata/jsonld.js";
import { cleanText, elementText } from "./metadata/text.js";
import { scanPage } from "./scan.js";
import { elementChildren } from "./select.js";

/** What a JSON-LD `liveBlogUpdate` entry says of an update. */
interface LdUpdate {
  headline?: string;
  published?: string;
  authors: string[];
  url?: string;
}

/** An update on the page, with what its JSON-LD entry or the page says of it. */
interface LiveUpdate extends LdUpdate {
  element: DomElement;
  /** The heading that opens the update and titles it (absent when the update has no title of its own). */
  title?: DomElement;
}

/** A page is a live blog only with at least this many updates found. */
const MIN_UPDATES = 2;
/** JSON-LD update entries read (pages list 10 to 50). */
const MAX_LD_UPDATES = 500;
/** Permalink ids are long numbers ("#post-1552865"); shorter digit runs are not compared. */
const ID_DIGITS = /\d{4,}/;

function isoOf(value: unknown): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const d = parseDate(String(value));
  return d ? toIso(d) : undefined;
}

/** The page's LiveBlogPosting: its own headline and its update entries, in page order. */
function ldLiveBlog(graph: LdGraph): { headline?: string; updates: LdUpdate[] } | undefined {
  for (const o of graph.nodes) {
    if (!typesOf(o).includes("liveblogposting")) continue;
    const raw = o.liveBlogUpdate;
    const entries = (Array.isArray(raw) ? raw : raw ? [raw] : []).slice(0, MAX_LD_UPDATES);
    const updates = entries.flatMap((e): LdUpdate[] => {
      if (!e || typeof e !== "object") return [];
      const u = e as Record<string, unknown>;
      // Metadata is plain text: markup and character references in it are cleaned as the page's are.
      const headline = typeof u.headline === "string" ? cleanText(u.headline) : "";
      const published = isoOf(u.datePublished ?? u.dateCreated);
      const url = typeof u.url === "string" ? u.url : undefined;
      return [
        { ...(headline ? { headline } : {}), ...(published ? { published } : {}), authors: authorNames(u.author), ...(url ? { url } : {}) },
      ];
    });
    const headline = typeof o.headline === "string" ? cleanText(o.headline) : undefined;
    return { ...(headline ? { headline } : {}), updates };
  }
  return undefined;
}

/** The items of AMP live lists (AMP requires `data-sort-time` on each). */
function ampItems(doc: DomElement): DomElement[] {
  const out: DomElement[] = [];
  for (const list of doc.querySelectorAll("amp-live-list")) {
    for (const holder of elementChildren(list)) {
      // One push per item: spreading a list of hundreds of thousands overflows the call stack.
      if (holder.hasAttribute("items")) for (const c of elementChildren(holder)) if (c.hasAttribute("data-sort-time")) out.push(c);
    }
  }
  return out;
}

/** The JSON-LD entries by the permalink number in their URL and by headline. */
function entryIndex(updates: LdUpdate[]): { byNumber: Map<string, LdUpdate>; byHeadline: Map<string, LdUpdate> } {
  const byNumber = new Map<string, LdUpdate>();
  const byHeadline = new Map<string, LdUpdate>();
  for (const u of updates) {
    const digits = u.url ? ID_DIGITS.exec(u.url.slice(u.url.lastIndexOf("#") + 1))?.[0] : undefined;
    if (digits && !byNumber.has(digits)) byNumber.set(digits, u);
    if (u.headline && !byHeadline.has(u.headline)) byHeadline.set(u.headline, u);
  }
  return { byNumber, byHeadline };
}

/** The update's time as the page prints it for machines: `datetime`, else AMP's epoch attributes. */
function domTime(el: DomElement): string | undefined {
  const timed = el.querySelector("time[datetime], amp-timeago[datetime]");
  return isoOf(timed?.getAttribute("datetime")) ?? isoOf(el.getAttribute("data-update-time") ?? el.getAttribute("data-sort-time"));
}

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** The heading that opens an update, before any paragraph (a later one is a subheading of its text). */
function openingHeading(el: DomElement): DomElement | undefined {
  let found: DomElement | undefined;
  let stop = false;
  walk(el, {
    enter(e) {
      if (stop) return false;
      if (HEADINGS.has(e.localName)) found = e;
      stop = found !== undefined || e.localName === "p";
      return !stop;
    },
    text() {},
    exit() {},
  });
  return found;
}

/** The page's live-blog updates, in page order; none when the page is not a live blog. */
function liveUpdates(doc: DomElement, graph: LdGraph, pageUrl?: string): LiveUpdate[] {
  const items = ampItems(doc);
  if (items.length < MIN_UPDATES) return [];
  const ld = ldLiveBlog(graph);
  const index = entryIndex(ld?.updates ?? []);
  const base = pageUrl?.split("#")[0];
  return items.map((element) => {
    const opening = openingHeading(element);
    const heading = (opening && elementText(opening as unknown as Element)) || undefined;
    // The entry for this item: by the permalink number in its id, else by headline.
    const digits = ID_DIGITS.exec(element.getAttribute("id") ?? "")?.[0];
    const entry = (digits ? index.byNumber.get(digits) : undefined) ?? (heading ? index.byHeadline.get(heading) : undefined);
    const own = entry?.headline && entry.headline !== ld?.headline ? entry.headline : undefined;
    const headline = own ?? heading;
    // The opening heading titles the update unless the entry names a different headline.
    const title = opening && heading && (!own || own === heading) ? opening : undefined;
    const published = entry?.published ?? domTime(element);
    const id = element.getAttribute("id");
    const url = entry?.url ?? (base && id ? `${base}#${id}` : undefined);
    return {
      element,
      ...(title ? { title } : {}),
      ...(headline ? { headline } : {}),
      ...(published ? { published } : {}),
      authors: entry?.authors ?? [],
      ...(url ? { url } : {}),
    };
  });
}

/** A short update footer that opens with its author's name ("Jane Doe 2 March 2024 22:17"). */
const FOOTER_MAX = 80;

/**
 * An update's footer read as its byline (the author's name) and its stamp (the rest): the two are
 * often elements printed with no space between ("Jane Doe2 March 2024 22:17"). Other blocks as they are.
 */
function footerBlocks(b: TextBlock, authors: readonly string[]): TextBlock[] {
  const author = b.role === "body" && b.text.length <= FOOTER_MAX ? authors.find((a) => b.text.startsWith(a)) : undefined;
  if (!author) return [b];
  const stamp = b.text.slice(author.length).replace(/^[\s|•·,–—-]+/, "");
  return [{ role: "byline", text: author }, ...(stamp ? [{ role: "meta" as const, text: stamp }] : [])];
}

/** One update as an article (its own headline, time, author and permalink); none when it holds no text. */
function updateArticle(u: LiveUpdate, page: Partial<Metadata>): Omit<Article, "source"> | undefined {
  const blocks = emitBlocks(scanPage([u.element]), [u.element], u.title ? { after: u.title } : {}).flatMap((b) =>
    footerBlocks(b, u.authors),
  );
  if (!blocks.some((b) => b.role === "body")) return undefined;
  if (u.headline) blocks.unshift({ role: "headline", text: u.headline });
  const { text, blocks: spans } = assemble(blocks);
  const { language, publisher, section } = page;
  const metadata: Partial<Metadata> = {
    ...(language ? { language } : {}),
    ...(publisher ? { publisher } : {}),
    ...(section ? { section } : {}),
    ...(u.headline ? { headline: u.headline } : {}),
    ...(u.published ? { published: u.published, date: u.published.slice(0, 10) } : {}),
    authors: u.authors,
    ...(u.url ? { url: u.url } : {}),
  };
  return { text, blocks: spans, metadata, warnings: [] };
}

/**
 * A live blog's update elements (to be taken out of the page's article, text or not) and, for
 * those with text, their articles; `page` is the page's metadata, whose language, publisher and
 * section the updates share, and `graph` its JSON-LD.
 */
export function readLiveUpdates(
  doc: DomElement,
  graph: LdGraph,
  pageUrl: string | undefined,
  page: Partial<Metadata>,
): { element: DomElement; article?: Omit<Article, "source"> }[] {
  return liveUpdates(doc, graph, pageUrl).map((u) => {
    const article = updateArticle(u, page);
    return { element: u.element, ...(article ? { article } : {}) };
  });
}
