/**
 * The HTML reader: one page to an Article. A cascade with named thresholds: DOM scoring first,
 * then the page's JSON-LD articleBody, then Readability.js, each only when the step before gave
 * less than MIN_BODY_CHARS of body text.
 */
import { warning } from "../../model/codes.js";
import type { Metadata } from "../../model/record.js";
import type { Article } from "../article.js";
import { assemble } from "./assemble.js";
import type { DomElement } from "./dom.js";
import { emitBlocks, type TextBlock } from "./emit.js";
import { guardHtml } from "./guard.js";
import { ldGraph, type LdGraph } from "./jsonld.js";
import { jsonLdArticleBody, ldParagraphs } from "./ld-body.js";
import { readLiveUpdates } from "./liveblog.js";
import { readFragment } from "../feed/fragment.js";
import { extractMetadata } from "./metadata/index.js";
import { elementText, normKey } from "./metadata/text.js";
import { parseHtml } from "./parse.js";
import { fitsReadability, readabilityBody } from "./readability.js";
import { scanPage, type Scan } from "./scan.js";
import { commonAncestor, selectRoots } from "./select.js";
import { revealStreamed } from "./streamed.js";

/** Below this many characters of body text the next step of the cascade is tried. */
export const MIN_BODY_CHARS = 250;
/** The article container around headline and body may hold this much other text (header parts). */
const MAX_HEADER_CHARS = 3000;

export type BodyMethod = "dom" | "json-ld" | "readability" | "none";

/** Characters of text in the blocks of one role (the body by default). */
function bodyLength(blocks: TextBlock[], role: TextBlock["role"] = "body"): number {
  return blocks.reduce((n, b) => (b.role === role ? n + b.text.length : n), 0);
}

/** Fewest captions that make a gallery. */
const MIN_GALLERY_CAPTIONS = 3;

/**
 * A gallery or slideshow story ("90 costumes to make at home", "In pictures: ...") tells itself in
 * its slides' captions, around a line or two of text: when the captions hold more text than the
 * body, they are the body.
 */
function galleryAsBody(blocks: TextBlock[]): TextBlock[] {
  const captions = blocks.filter((b) => b.role === "caption").length;
  if (captions < MIN_GALLERY_CAPTIONS || bodyLength(blocks, "caption") <= bodyLength(blocks)) return blocks;
  return blocks.map((b) => (b.role === "caption" ? { ...b, role: "body" } : b));
}

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * The page's headline element: the `<h1>` that prints the metadata's headline (a page may set
 * "Pin it" or "You might also like" in `<h1>` too), else the last h1 before the article, else the
 * first one after it.
 */
function headlineElement(scan: Scan, roots: DomElement[], headline?: string): DomElement | undefined {
  if (headline) {
    const key = normKey(headline);
    const printing = scan.h1s.find((h) => normKey(elementText(h as unknown as Element)).startsWith(key));
    if (printing) return printing;
  }
  const first = roots[0] ? (scan.stats.get(roots[0])?.order ?? 0) : Infinity;
  let before: DomElement | undefined;
  let after: DomElement | undefined;
  for (const h of scan.h1s) {
    if (collapse(h.textContent ?? "") === "") continue;
    if ((scan.stats.get(h)?.order ?? 0) < first) before = h;
    else after ??= h;
  }
  return before ?? after;
}

/**
 * Standfirst, byline, captions and dates between the headline and the article body, when both
 * sit in one article container that holds little else.
 */
function headerBlocks(scan: Scan, headline: DomElement, root: DomElement): TextBlock[] {
  const order = (el: DomElement) => scan.stats.get(el)?.order ?? 0;
  if (order(headline) >= order(root)) return [];
  const lca = commonAncestor(headline, root);
  if (!lca || lca.localName === "body" || lca.localName === "html") return [];
  const extra = (scan.stats.get(lca)?.text ?? 0) - (scan.stats.get(root)?.text ?? 0);
  if (extra > MAX_HEADER_CHARS) return [];
  return emitBlocks(scan, [lca], { after: headline, until: root }).filter((b) => b.role !== "body" && b.role !== "headline");
}

/**
 * Markup only some pages carry. Testing the HTML text first spares every other page a query over
 * the whole DOM (a twentieth of the reader's time for these two).
 */
const LIVE_LIST_TAG = /<amp-live-list\b/i;
const STREAMED_SEGMENT = /\bid\s*=\s*["']?S:/i;

/**
 * Body blocks and the cascade step that produced them. `streamed`: the page may hold React's
 * streamed segments; `headline`: the metadata's headline, to find the headline element by;
 * `graph`: the page's JSON-LD, when the caller has read it already.
 */
export function extractBlocks(
  doc: Document,
  { streamed = true, headline, graph }: { streamed?: boolean; headline?: string; graph?: LdGraph } = {},
): { blocks: TextBlock[]; method: BodyMethod } {
  if (streamed) revealStreamed(doc);
  // The whole document, not document.body: pages with two <body> tags give an empty first one,
  // and broken pages leave content after </html>.
  const scan = scanPage([...(doc as unknown as { childNodes: Iterable<DomElement> }).childNodes]);
  const roots = selectRoots(scan);
  let blocks = galleryAsBody(emitBlocks(scan, roots));
  let method: BodyMethod = bodyLength(blocks) > 0 ? "dom" : "none";
  if (!blocks.some((b) => b.role === "headline")) {
    const h = headlineElement(scan, roots, headline);
    if (h) {
      if (roots[0]) blocks.unshift(...headerBlocks(scan, h, roots[0]));
      blocks.unshift({ role: "headline", text: elementText(h as unknown as Element) });
    }
  }
  const replaceBody = (body: TextBlock[]) => {
    const kept = blocks.filter((b) => b.role !== "body");
    // Readability and an articleBody may open with the headline, which the blocks hold already.
    const headlines = new Set(kept.filter((b) => b.role === "headline").map((b) => collapse(b.text)));
    const start = body.findIndex((b) => !headlines.has(collapse(b.text)));
    return [...kept, ...(start < 0 ? [] : body.slice(start))];
  };
  if (bodyLength(blocks) < MIN_BODY_CHARS) {
    const ld = jsonLdArticleBody(graph ?? ldGraph(doc));
    if (ld && ld.length > bodyLength(blocks)) {
      blocks = replaceBody(ldParagraphs(ld).map((text) => ({ role: "body" as const, text })));
      method = "json-ld";
    }
  }
  if (bodyLength(blocks) < MIN_BODY_CHARS && fitsReadability(doc)) {
    const body = readabilityBody(doc);
    if (bodyLength(body) > bodyLength(blocks)) {
      blocks = replaceBody(body);
      method = "readability";
    }
  }
  return { blocks, method };
}

export interface HtmlPage {
  /** The page's article (a live blog's intro). */
  article: Omit<Article, "source">;
  /** A live blog's updates, each an article of its own (see liveblog.ts); empty for other pages. */
  updates: Omit<Article, "source">[];
}

/** Tags that only a whole document has; HTML without them is a fragment. */
const DOCUMENT_TAG = /<(?:html|head|body)[\s>]/i;

/** Reads one HTML page. Never throws for bad markup; what went wrong is in `warnings`. */
export function readHtmlPage(html: string, url?: string): HtmlPage {
  const guarded = guardHtml(html);
  const warnings = [...guarded.warnings];
  const doc = parseHtml(guarded.html);
  const graph = ldGraph(doc);
  let metadata: Partial<Metadata> = url ? { url } : {};
  try {
    metadata = extractMetadata(doc, url, Date.now(), graph);
  } catch (err) {
    warnings.push(warning("READ_FAILED", `the page's metadata could not be read: ${(err as Error).message}`));
  }
  let updates: Omit<Article, "source">[] = [];
  try {
    const live = LIVE_LIST_TAG.test(guarded.html) ? readLiveUpdates(doc as unknown as DomElement, graph, url, metadata) : [];
    for (const u of live) u.element.remove();
    updates = live.flatMap((u) => (u.article ? [u.article] : []));
  } catch (err) {
    warnings.push(warning("READ_FAILED", `the page's live-blog updates could not be read: ${(err as Error).message}`));
  }
  const { blocks } = extractBlocks(doc, { streamed: STREAMED_SEGMENT.test(guarded.html), headline: metadata.headline, graph });
  if (!blocks.some((b) => b.role === "headline") && metadata.headline) blocks.unshift({ role: "headline", text: metadata.headline });
  const { text, blocks: spans } = assemble(blocks);
  if (!spans.some((b) => b.role === "body") && !DOCUMENT_TAG.test(guarded.html)) {
    // A body fragment (paragraphs, no html or body element) is all article, as in a feed item.
    const fragment = readFragment(guarded.html, url);
    const fragmentHeadline = metadata.headline ?? fragment.blocks.find((b) => b.role === "headline")?.text;
    return {
      article: {
        ...fragment,
        metadata: { ...metadata, ...(fragmentHeadline ? { headline: fragmentHeadline } : {}) },
        warnings: [...warnings, ...fragment.warnings],
      },
      updates,
    };
  }
  if (!spans.some((b) => b.role === "body")) warnings.push(warning("NO_ARTICLE", "no article body was found in the HTML page"));
  const headline = metadata.headline ?? spans.find((b) => b.role === "headline")?.text;
  return { article: { text, blocks: spans, metadata: { ...metadata, ...(headline ? { headline } : {}) }, warnings }, updates };
}

/** Reads one HTML page's article (without a live blog's updates). */
export function readHtml(html: string, url?: string): Omit<Article, "source"> {
  return readHtmlPage(html, url).article;
}
