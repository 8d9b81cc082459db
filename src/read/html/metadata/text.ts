/** Plain-text cleaning shared by every metadata source. */

/** Longest metadata string kept (headlines, bylines, names); longer values are cut. */
export const MAX_FIELD_CHARS = 1000;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  middot: "·",
  bull: "•",
  copy: "©",
  reg: "®",
  trade: "™",
};

/** Decodes the character references that survive in JSON-LD and attribute-escaped strings. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const SCRIPT_LIKE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const TAG = /<\/?[a-zA-Z][^<>]*>/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g;

/**
 * Turns a metadata value into one line of plain text: markup removed (metadata is never HTML, so
 * markup escaped into it is removed too), character references decoded, whitespace collapsed, cut
 * to MAX_FIELD_CHARS.
 */
export function cleanText(value: string): string {
  return plain(value, true);
}

/**
 * Text an element prints, from its markup: tags removed, character references decoded to the text
 * they print ("30 Years of &lt;br&gt; Tags" is the headline "30 Years of <br> Tags").
 */
function printedText(html: string): string {
  return plain(html, false);
}

function plain(value: string, stripEscaped: boolean): string {
  let s = value.length > MAX_FIELD_CHARS * 4 ? value.slice(0, MAX_FIELD_CHARS * 4) : value;
  if (s.includes("<")) s = s.replace(SCRIPT_LIKE, " ").replace(TAG, " ");
  s = decodeEntities(s);
  if (stripEscaped && s.includes("<")) s = s.replace(SCRIPT_LIKE, " ").replace(TAG, " ");
  s = s.replace(CONTROL, "").replace(/\s+/g, " ").trim();
  return s.length > MAX_FIELD_CHARS ? s.slice(0, MAX_FIELD_CHARS).trimEnd() : s;
}

/** Comparison key: NFKC, case-folded, whitespace collapsed. */
export function normKey(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

const BLOCK_BREAK =
  /<(?:br|hr|\/?(?:div|p|li|ul|ol|h[1-6]|header|footer|section|figure|figcaption|table|tr|td|th|dt|dd|blockquote))\b[^>]*>/gi;

/** Tags between a lower-case and a capital letter: parts the page styles apart ("Alternatives</span><span>Top"). */
const CASE_BREAK = /(?<=\p{Ll})(?:<\/?[a-zA-Z][^<>]*>)+(?=\p{Lu})/gu;

/**
 * Plain text of an element whose line breaks, block children and parts set apart separate words
 * ("A<br>B" → "A B") and whose other inline tags do not ("<span>C</span>ycle" → "Cycle").
 */
export function elementText(el: Element): string {
  const html = el.innerHTML;
  if (!html.includes("<")) return printedText(html);
  return printedText(html.replace(SCRIPT_LIKE, " ").replace(BLOCK_BREAK, " ").replace(CASE_BREAK, " ").replace(TAG, ""));
}
