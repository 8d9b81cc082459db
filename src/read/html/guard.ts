/**
 * Makes hostile HTML safe to parse: the DOM parsers (htmlparser2 under linkedom) slow down
 * quadratically with nesting depth, and a huge page costs memory in proportion. A linear scan
 * drops tags nested deeper than MAX_DEPTH (their text stays) and cuts pages over MAX_HTML_CHARS
 * characters or MAX_TAGS tags. `limitClasses` cuts overlong `class` values, for parse.ts.
 */
import { warning } from "../../model/codes.js";
import type { Warning } from "../../model/record.js";

/** Real pages nest a few dozen levels; deeper tags are dropped (their text is kept). */
export const MAX_DEPTH = 400;
/** Characters of HTML parsed at most; the rest is cut with a warning. */
export const MAX_HTML_CHARS = 8_000_000;
/**
 * Tags (and stray "<") parsed at most: each becomes a DOM node, and parse time and memory grow
 * with their count. Real pages have some tens of thousands.
 */
export const MAX_TAGS = 300_000;

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
  "param",
  "keygen",
]);
/** Elements often left unclosed (their end is implied): not counted, so they cannot inflate depth. */
const IMPLIED_END = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "option",
  "optgroup",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
  "colgroup",
  "rb",
  "rt",
  "rp",
  "html",
  "head",
  "body",
]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "plaintext", "noscript", "iframe", "noembed", "noframes"]);

/** A tag's start: "<" or "</" and the name. The tag ends at the next ">" (quoted ">" are rare). */
const TAG_START = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;

/**
 * Tags deeper than `maxDepth` removed, text kept; `flattened` tells whether anything was dropped.
 * Linear: every search moves forward, and the next ">" is found once for all "<" before it.
 */
export function limitDepth(html: string, maxDepth = MAX_DEPTH, maxTags = MAX_TAGS): { html: string; flattened: boolean; cut: boolean } {
  const parts: string[] = [];
  let tags = 0;
  let cut = false;
  let depth = 0;
  let copied = 0;
  let flattened = false;
  let gt = -1;
  const drop = (from: number, to: number) => {
    parts.push(html.slice(copied, from));
    copied = to;
    flattened = true;
  };
  let i = html.indexOf("<");
  while (i !== -1) {
    if (++tags > maxTags) {
      html = html.slice(0, i);
      cut = true;
      break;
    }
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      if (end === -1) break;
      i = html.indexOf("<", end + 3);
      continue;
    }
    TAG_START.lastIndex = i;
    const m = TAG_START.exec(html);
    if (!m) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    if (gt < i) gt = html.indexOf(">", i);
    if (gt === -1) break;
    const after = gt + 1;
    const name = m[2]!.toLowerCase();
    if (m[1] === "/") {
      if (!VOID.has(name) && !IMPLIED_END.has(name)) {
        if (depth > maxDepth) drop(i, after);
        if (depth > 0) depth--;
      }
    } else if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, "gi");
      close.lastIndex = after;
      const end = close.exec(html);
      i = end ? html.indexOf("<", end.index + 2) : -1;
      continue;
    } else if (!VOID.has(name) && !IMPLIED_END.has(name) && html[gt - 1] !== "/") {
      depth++;
      if (depth > maxDepth) drop(i, after);
    }
    i = html.indexOf("<", after);
  }
  if (!flattened) return { html, flattened, cut };
  parts.push(html.slice(copied));
  return { html: parts.join(""), flattened, cut };
}

/**
 * Longest `class` attribute value kept when a page must be parsed again (see parse.ts): linkedom
 * hands a class list to a function as spread arguments, which overflows the call stack past about
 * 100,000 names; real pages use a few dozen.
 */
export const MAX_CLASS_CHARS = 4_000;
/** Where a quoted `class` value starts. */
const CLASS_START = /\bclass\s*=\s*(["'])/gi;

/**
 * Cuts overlong `class` values to MAX_CLASS_CHARS. Linear: each value's end is found with one
 * `indexOf` and the search goes on after it (a pattern quantified over the value would run out
 * of stack on a value of megabytes).
 */
export function limitClasses(html: string): string {
  const parts: string[] = [];
  let copied = 0;
  CLASS_START.lastIndex = 0;
  for (let m = CLASS_START.exec(html); m; m = CLASS_START.exec(html)) {
    const from = m.index + m[0].length;
    const end = html.indexOf(m[1]!, from);
    if (end === -1) break;
    if (end - from > MAX_CLASS_CHARS) {
      parts.push(html.slice(copied, from + MAX_CLASS_CHARS));
      copied = end;
    }
    CLASS_START.lastIndex = end + 1;
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join("");
}

/** The HTML to parse, and warnings for what had to be changed. */
export function guardHtml(html: string): { html: string; warnings: Warning[] } {
  const warnings: Warning[] = [];
  if (html.length > MAX_HTML_CHARS) {
    warnings.push(
      warning("INPUT_TRUNCATED", `the page has ${html.length} characters of HTML; only the first ${MAX_HTML_CHARS} were parsed`),
    );
    html = html.slice(0, MAX_HTML_CHARS);
  }
  const limited = limitDepth(html);
  if (limited.cut) {
    warnings.push(warning("INPUT_TRUNCATED", `the page has more than ${MAX_TAGS} tags; the rest was not parsed`));
  }
  if (limited.flattened) {
    warnings.push(
      warning("HTML_TOO_DEEP", `elements were nested deeper than ${MAX_DEPTH} levels; the deeper tags were dropped and their text kept`),
    );
  }
  return { html: limited.html, warnings };
}
