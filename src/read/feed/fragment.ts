import { warning } from "../../model/codes.js";
import type { Article } from "../article.js";
import { assemble } from "../html/assemble.js";
import type { DomElement } from "../html/dom.js";
import { emitBlocks } from "../html/emit.js";
import { guardHtml } from "../html/guard.js";
import { parseHtml } from "../html/parse.js";
import { scanPage } from "../html/scan.js";

/**
 * An HTML fragment that already is the article body (a feed item's `content:encoded`, an export's
 * body HTML): all of it is emitted as blocks, with no search for the main container, which on a
 * short fragment would throw away what is there. Widgets inside it are still dropped.
 */
export function readFragment(html: string, url?: string): Omit<Article, "source"> {
  const guarded = guardHtml(html);
  const warnings = [...guarded.warnings];
  const doc = parseHtml(`<!DOCTYPE html><html><body><div>${guarded.html}</div></body></html>`);
  const root = doc.body.firstElementChild as unknown as DomElement | null;
  const scan = scanPage([...(doc as unknown as { childNodes: Iterable<DomElement> }).childNodes]);
  const { text, blocks } = assemble(root ? emitBlocks(scan, [root]) : []);
  if (text === "") warnings.push(warning("NO_ARTICLE", "the HTML fragment holds no text"));
  return { text, blocks, metadata: url ? { url } : {}, warnings };
}
