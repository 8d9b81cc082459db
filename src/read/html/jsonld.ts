/**
 * The `articleBody` of a page's JSON-LD (NewsArticle and kin), used when the DOM gives too little
 * text. Walks parsed JSON iteratively; malformed scripts are skipped.
 */
import type { DomElement } from "./dom.js";

/** Bodies shorter than this are teasers, not the article. */
const MIN_LD_BODY = 200;

/**
 * Every object in the page's JSON-LD scripts, walked iteratively; malformed scripts are skipped.
 * A live blog's `liveBlogUpdate` entries are not walked into: they are articles of their own
 * (see liveblog.ts), not parts of the page's article.
 */
export function* ldObjects(doc: { querySelectorAll(s: string): Iterable<DomElement> }): Generator<Record<string, unknown>> {
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
        yield v as Record<string, unknown>;
        for (const [key, child] of Object.entries(v)) if (key !== "liveBlogUpdate" && child && typeof child === "object") todo.push(child);
      }
    }
  }
}

export function jsonLdArticleBody(doc: { querySelectorAll(s: string): Iterable<DomElement> }): string | undefined {
  let best: string | undefined;
  for (const o of ldObjects(doc)) {
    const body = o.articleBody;
    if (typeof body === "string" && body.length >= MIN_LD_BODY && body.length > (best?.length ?? 0)) best = body;
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
