/**
 * The `articleBody` of a page's JSON-LD (NewsArticle and kin), used when the DOM gives too little
 * text.
 */
import type { LdGraph } from "./jsonld.js";

/** Bodies shorter than this are teasers, not the article. */
const MIN_LD_BODY = 200;

/** The longest `articleBody` in the page's JSON-LD, when one is long enough to be the article. */
export function jsonLdArticleBody(graph: LdGraph): string | undefined {
  let best: string | undefined;
  for (const o of graph.nodes) {
    const body = o.articleBody;
    if (typeof body === "string" && body.length >= MIN_LD_BODY && body.length > (best?.length ?? 0)) best = body;
  }
  return best;
}

/**
 * Plain paragraphs of a JSON-LD body (it may carry markup or entities in practice). A tag ends at
 * the first "<" or ">" after its start, as in the metadata's cleaning, so a "<" never closed costs
 * no search to the end of the body.
 */
export function ldParagraphs(body: string): string[] {
  return body
    .replace(/<\/?(?:p|div|br|h\d|li)\b[^<>]*>/gi, "\n")
    .replace(/<[^<>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d{1,7});/g, (_, n: string) => (Number(n) <= 0x10ffff ? String.fromCodePoint(Number(n)) : ""))
    .split("\n")
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
}
