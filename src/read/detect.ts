import type { SourceKind } from "../model/record.js";
import { looksLikeCsv } from "./jsonl/csv.js";
import { OPML_ROOT } from "./feed/opml.js";
import { SITEMAP_ROOT } from "./feed/sitemap.js";
import { isMhtml } from "./mhtml.js";

/** The header line of a crawl page dump: ` date 2023-05-24 World`. */
export const DUMP_HEADER = /^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}(?:[ \t]|$)/;

/** How many leading characters detection looks at. */
export const DETECT_CHARS = 4096;

/** Markup that opens an HTML document (after any XML declaration, comments or whitespace). */
const HTML_START = /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|title[\s>])/i;
const HTML_ANYWHERE = /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;
/** The root element of a feed: RSS 2.0 / 0.9x, Atom, RSS 1.0 (RDF); the feed reader also takes sitemaps and OPML. */
const FEED_ROOT = /^<(?:rss|feed|(?:[\w.-]+:)?RDF)[\s>]/;

/** Skips an XML declaration, processing instructions, comments, doctypes and whitespace. */
export function skipProlog(s: string): string {
  let rest = s.replace(/^\uFEFF/, "");
  for (;;) {
    const next = rest
      .replace(/^\s+/, "")
      .replace(/^<\?[\s\S]*?\?>/, "")
      .replace(/^<!--[\s\S]*?-->/, "")
      .replace(/^<!DOCTYPE(?![\s]+html)[^[>]*(?:\[[\s\S]*?\])?\s*>/i, "");
    if (next === rest) return rest;
    rest = next;
  }
}

function extension(path: string | undefined): string {
  const m = path && /\.(\w+)(?:\.gz)?$/i.exec(path);
  return m ? m[1]!.toLowerCase() : "";
}

const isObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);

function parses(s: string, test: (v: unknown) => boolean): boolean {
  try {
    return test(JSON.parse(s));
  } catch {
    return false;
  }
}

/**
 * True for JSON data the JSONL reader takes: a top-level array of objects or one object printed over
 * several lines (it parses whole, or is cut by the detection window), or JSON Lines: the first line
 * is an object, or two of the first lines are (the first may be corrupt), or a `.jsonl` file has one.
 */
function looksLikeJson(head: string, ext: string): boolean {
  const text = head.replace(/^\uFEFF?\s*/, "");
  const cut = head.length >= DETECT_CHARS;
  if (/^\[\s*[{\]]/.test(text) || /^\{[ \t]*\r?\n\s*"/.test(text)) return cut || parses(text, () => true);
  const lines = text.split("\n");
  if (cut) lines.pop();
  if (lines.length === 0) return /^\{\s*"/.test(text);
  const named = ext === "jsonl" || ext === "ndjson";
  if (named && text.startsWith("{")) return true;
  const objects = lines.slice(0, 8).filter((l) => l.trim().startsWith("{") && parses(l, isObject)).length;
  return objects >= 2 || (objects === 1 && (named || parses(lines[0]!, isObject)));
}

/**
 * Detects the input kind from the first characters of its decoded text, by content first; the
 * file extension only breaks ties (an `.html` fragment that does not open with a tag).
 * Returns undefined for XML that is not a feed, a sitemap or an OPML list, which no reader handles.
 */
export function detectKind(head: string, path?: string): SourceKind | undefined {
  head = head.slice(0, DETECT_CHARS);
  const firstLine = head.slice(0, 500).split(/\r?\n/, 1)[0] ?? "";
  // The WARC reader skips blank lines before a record.
  if (/^[\r\n]*WARC\/(?:1\.\d|0\.1[78])\r?\n/.test(head.slice(0, 500))) return "warc";
  if (DUMP_HEADER.test(firstLine)) return "dump";
  // A page saved by a browser as one MIME file holds the page (see mhtml.ts).
  if (isMhtml(head)) return "html";
  const ext = extension(path);
  const body = skipProlog(head);
  if (FEED_ROOT.test(body) || SITEMAP_ROOT.test(body) || OPML_ROOT.test(body)) return "feed";
  if (HTML_START.test(body) || (body.startsWith("<") && HTML_ANYWHERE.test(body))) return "html";
  // A comment or script that runs past the detection window opens a web page, not a text.
  if (head.length >= DETECT_CHARS && /^<(?:!--|script[\s>])/i.test(body)) return "html";
  if (looksLikeJson(head, ext)) return "jsonl";
  // A CSV export is read as the records of a JSON one are (jsonl/csv.ts).
  if (looksLikeCsv(head, ext)) return "jsonl";
  if ((ext === "html" || ext === "htm") && body.includes("<")) return "html";
  // Server junk (a PHP warning, a stray BOM line) before the document.
  if (/<(?:!doctype\s+html|html)[\s>]/i.test(head.slice(0, 1024))) return "html";
  if (/^<\?xml/i.test(head.replace(/^\uFEFF?\s*/, "")) && body.startsWith("<")) return undefined;
  return "text";
}
