/**
 * The HTML reader: one page to an Article. A cascade with named thresholds: DOM scoring first,
 * then the page's JSON-LD articleBody when the DOM gave too little text.
 */
import { DOMParser } from "linkedom";
import { warning } from "../../model/codes.js";
import type { Article } from "../article.js";
import { assemble } from "./assemble.js";
import type { DomElement } from "./dom.js";
import { emitBlocks, type TextBlock } from "./emit.js";
import { guardHtml } from "./guard.js";
import { jsonLdArticleBody, ldParagraphs } from "./jsonld.js";
import { scanPage, type Scan } from "./scan.js";
import { selectRoots } from "./select.js";

/** Below this many characters of body text the next step of the cascade is tried. */
export const MIN_BODY_CHARS = 250;

export type BodyMethod = "dom" | "json-ld" | "none";

function bodyLength(blocks: TextBlock[]): number {
  return blocks.reduce((n, b) => (b.role === "body" ? n + b.text.length : n), 0);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** The page's headline element: the last h1 before the article, else the first one after it. */
function headlineText(scan: Scan, roots: DomElement[]): string | undefined {
  const first = roots[0] ? (scan.stats.get(roots[0])?.order ?? 0) : Infinity;
  let before: string | undefined;
  let after: string | undefined;
  for (const h of scan.h1s) {
    const t = collapse(h.textContent ?? "");
    if (t === "") continue;
    if ((scan.stats.get(h)?.order ?? 0) < first) before = t;
    else after ??= t;
  }
  return before ?? after;
}

/** Body blocks and the cascade step that produced them. */
export function extractBlocks(doc: Document | DomElement): { blocks: TextBlock[]; method: BodyMethod } {
  const d = doc as unknown as { body: DomElement | null; documentElement: DomElement | null } & DomElement;
  // The whole document, not document.body: pages with two <body> tags give an empty first one,
  // and broken pages leave content after </html>.
  const scan = scanPage([...(d as unknown as { childNodes: Iterable<DomElement> }).childNodes]);
  const roots = selectRoots(scan);
  let blocks = emitBlocks(scan, roots);
  let method: BodyMethod = blocks.length > 0 ? "dom" : "none";
  const length = bodyLength(blocks);
  if (length < MIN_BODY_CHARS) {
    const ld = jsonLdArticleBody(d);
    if (ld && ld.length > length) {
      blocks = [...blocks.filter((b) => b.role !== "body"), ...ldParagraphs(ld).map((text) => ({ role: "body" as const, text }))];
      method = "json-ld";
    }
  }
  if (!blocks.some((b) => b.role === "headline")) {
    const h = headlineText(scan, roots);
    if (h) blocks.unshift({ role: "headline", text: h });
  }
  return { blocks, method };
}

/** Reads one HTML page. Never throws for bad markup; what went wrong is in `warnings`. */
export function readHtml(html: string, url?: string): Omit<Article, "source"> {
  const guarded = guardHtml(html);
  const warnings = [...guarded.warnings];
  const doc = new DOMParser().parseFromString(guarded.html, "text/html") as unknown as Document;
  const { blocks } = extractBlocks(doc);
  const { text, blocks: spans } = assemble(blocks);
  if (!spans.some((b) => b.role === "body")) warnings.push(warning("NO_ARTICLE", "no article body was found in the HTML page"));
  const headline = spans.find((b) => b.role === "headline")?.text;
  return {
    text,
    blocks: spans,
    metadata: { ...(headline ? { headline } : {}), ...(url ? { url } : {}) },
    warnings,
  };
}
