/**
 * The `articleBody` of a page's JSON-LD (NewsArticle and kin), used when the DOM gives too little
 * text. Walks parsed JSON iteratively; malformed scripts are skipped.
 */
import type { DomElement } from "./dom.js";

/** Bodies shorter than this are teasers, not the article. */
const MIN_LD_BODY = 200;

export function jsonLdArticleBody(doc: { querySelectorAll(s: string): Iterable<DomElement> }): string | undefined {
  let best: string | undefined;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const todo: unknown[] = [data];
    while (todo.length > 0) {
      const v = todo.pop();
      if (Array.isArray(v)) todo.push(...v);
      else if (v && typeof v === "object") {
        for (const [k, child] of Object.entries(v)) {
          if (k === "articleBody" && typeof child === "string") {
            if (child.length >= MIN_LD_BODY && child.length > (best?.length ?? 0)) best = child;
          } else if (child && typeof child === "object") todo.push(child);
        }
      }
    }
  }
  return best;
}

/** Plain paragraphs of a JSON-LD body (it may carry markup or entities in practice). */
export function ldParagraphs(body: string): string[] {
  return body
    .replace(/<\/?(?:p|div|br|h\d|li)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d{1,7});/g, (_, n: string) => (Number(n) <= 0x10ffff ? String.fromCodePoint(Number(n)) : ""))
    .split(/\s*\n\s*/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
}
