import chardet from "chardet";
import iconv from "iconv-lite";
import { warning } from "../model/codes.js";
import type { Warning } from "../model/record.js";
import { repairMojibake } from "./mojibake.js";

export interface Decoded {
  text: string;
  encoding: string;
  warnings: Warning[];
}

export interface DecodeHints {
  /**
   * HTML input: look for `<meta charset>` / `http-equiv` in the first bytes, and repair mojibake
   * written as character references too. Default: when the bytes open with a tag.
   */
  html?: boolean;
}

/** True when the first byte other than whitespace (after a UTF-8 BOM) is `<`. */
function opensWithTag(b: Uint8Array): boolean {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && i < 1024 && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  return b[i] === 0x3c;
}

/** Share of control bytes (other than tab, CR, LF, FF, ESC) above which bytes are called binary. */
const BINARY_CONTROL_RATIO = 0.1;
/** How many leading bytes the binary check and the encoding guess look at. */
const SNIFF_BYTES = 64 * 1024;
/** How far into an HTML page a `<meta charset>` is looked for (the HTML spec's prescan uses 1024; pages are sloppier). */
const META_SNIFF_BYTES = 4096;

/** Share of NUL bytes that valid UTF-8 text may hold (stray NULs from a bad export) and still be text. */
const STRAY_NUL_RATIO = 0.05;

/**
 * True when the bytes look like a binary file rather than text in any encoding. Compressed or
 * image data is never valid UTF-8 and is dense in control bytes; text may hold a few stray NULs,
 * and UTF-16 without a BOM holds a NUL in every other byte.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  if (utf16Bom(bytes) || utf16WithoutBom(bytes)) return false;
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  if (nul > 0 && (nul / n > STRAY_NUL_RATIO || !utf8Prefix(bytes.subarray(0, n)))) return true;
  return control / n > BINARY_CONTROL_RATIO;
}

/** True when the bytes are valid UTF-8 (a character cut at the end allowed). */
function utf8Prefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * "utf-16le" or "utf-16be" for text saved as UTF-16 with no BOM: in the first bytes, nearly every
 * byte on one side of each pair is NUL (Latin-script text) and nearly none on the other.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.9 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.9 && oddNul < pairs * 0.05) return "utf-16be";
  return undefined;
}

/**
 * A stream of bytes in `encoding` (a label `decode` gives) as text, chunk by chunk; a character split
 * between chunks is kept whole, and a leading byte-order mark is dropped.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: string): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** The UTF-16 encoding a byte-order mark at the start names, if any. */
export function utf16Bom(b: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return undefined;
}

function bomEncoding(b: Uint8Array): string | undefined {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf-8";
  return utf16Bom(b);
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The charset parameter of a content type (`text/html; charset=ISO-8859-1` → `iso-8859-1`). */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = contentType && /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** The charset an HTML page declares in `<meta charset>` or `<meta http-equiv="content-type">` near its start. */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SNIFF_BYTES)).toString("latin1");
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    // `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`
    const charset = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(m[0]);
    // The HTML spec reads a meta-declared UTF-16 as UTF-8 (bytes that reached an ASCII prescan are not UTF-16).
    if (charset) return /^utf-?16/i.test(charset[1]!) ? "utf-8" : charset[1]!.toLowerCase();
  }
  return undefined;
}

/**
 * Labels browsers read as another charset (the WHATWG Encoding Standard): pages and feeds declared
 * "iso-8859-1" or "us-ascii" are nearly always written in windows-1252, whose curly quotes, dashes
 * and euro sit where Latin-1 has C1 control characters.
 */
const WHATWG_ALIASES: Record<string, string> = Object.fromEntries([
  ...[
    "iso-8859-1",
    "iso8859-1",
    "iso88591",
    "iso_8859-1",
    "iso_8859-1:1987",
    "latin1",
    "l1",
    "cp819",
    "ibm819",
    "iso-ir-100",
    "csisolatin1",
    "us-ascii",
    "ascii",
    "ansi_x3.4-1968",
    "x-cp1252",
    "cp1252",
  ].map((l) => [l, "windows-1252"]),
  ...["iso-8859-9", "iso8859-9", "iso88599", "iso_8859-9", "latin5", "l5", "iso-ir-148", "csisolatin5"].map((l) => [l, "windows-1254"]),
  ...["tis-620", "iso-8859-11", "iso8859-11", "iso885911"].map((l) => [l, "windows-874"]),
]);

function whatwgLabel(label: string): string {
  return WHATWG_ALIASES[label] ?? label;
}

const isUtf8Label = (label: string) => /^(utf-?8|unicode-1-1-utf-8)$/.test(label);
const isUtf16Label = (label: string) => /^(utf-?16|ucs-2)(le|be)?$/.test(label);

function decodeAs(label: string, bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), label);
}

/** chardet's best guess other than UTF-8 (which has been ruled out when this is called), if iconv knows it. */
function guessEncoding(bytes: Uint8Array): string | undefined {
  const guesses = chardet.analyse(bytes.subarray(0, SNIFF_BYTES));
  const best = guesses.find((g) => g.name !== "UTF-8" && g.name !== "ASCII" && iconv.encodingExists(g.name));
  return best?.name.toLowerCase();
}

function countBad(text: string): number {
  let bad = 0;
  for (let i = text.indexOf("\ufffd"); i !== -1; i = text.indexOf("\ufffd", i + 1)) bad++;
  return bad;
}

/**
 * UTF-8 with a few bad bytes (corruption, or a character cut at the end of a truncated input) rather
 * than a legacy charset: more well-formed multi-byte characters than bad sequences, or only the last
 * character broken. Legacy-charset text almost never forms well-formed multi-byte UTF-8.
 */
function lossyUtf8(bytes: Uint8Array, warnings: Warning[] = []): Decoded | undefined {
  const lossy = new TextDecoder("utf-8").decode(bytes);
  const bad = countBad(lossy);
  let multibyte = 0;
  if (!(bad === 1 && lossy.endsWith("\ufffd"))) {
    for (let i = 0; i < lossy.length && multibyte <= bad; i++) {
      const c = lossy.charCodeAt(i);
      if (c > 0x7f && c !== 0xfffd) multibyte++;
    }
    if (multibyte <= bad) return undefined;
  }
  const w = warning("INVALID_UTF8", `${bad} invalid UTF-8 sequence(s) in otherwise valid UTF-8 were replaced with U+FFFD`);
  return { text: lossy, encoding: "utf-8", warnings: [...warnings, w] };
}

/**
 * Bytes to text. Order: a BOM wins; then the charset the transport declared (HTTP or WARC
 * content type), then for HTML a `<meta charset>` in the first 4 KB; then strict UTF-8; then
 * UTF-8 with a few bad sequences (replaced, with a warning); then chardet's guess (with a
 * warning); as a last resort UTF-8 with replacement characters.
 *
 * A declared charset is checked against the bytes: a page declared as Latin-1 whose bytes are
 * valid multi-byte UTF-8 is read as UTF-8, and a page declared as UTF-8 whose bytes are not UTF-8
 * is read with the guessed charset; both with ENCODING_DECLARED_WRONG.
 */
export function decode(bytes: Uint8Array, declared?: string, hints: DecodeHints = {}): Decoded {
  const html = hints.html ?? opensWithTag(bytes);
  const out = withoutNul(decodeBytes(bytes, declared, html));
  const { text, repaired } = repairMojibake(out.text, html);
  if (!repaired) return out;
  return {
    text,
    encoding: out.encoding,
    warnings: [
      ...out.warnings,
      warning("MOJIBAKE_REPAIRED", `${repaired} mis-decoded character(s) ("â€™" or "\\u0092" for "’") were repaired`),
    ],
  };
}

/** Text with its NUL characters removed: no reader of a record wants them (PostgreSQL refuses them). */
function withoutNul(d: Decoded): Decoded {
  if (!d.text.includes("\0")) return d;
  const text = d.text.replace(/\0/g, "");
  const n = d.text.length - text.length;
  return { ...d, text, warnings: [...d.warnings, warning("NUL_REMOVED", `${n} NUL character(s) were removed`)] };
}

function decodeBytes(bytes: Uint8Array, declared: string | undefined, html: boolean): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeAs(bom, bytes), encoding: bom, warnings: [] };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return {
      text: decodeAs(utf16, bytes),
      encoding: utf16,
      warnings: [warning("ENCODING_GUESSED", `read as ${utf16}: no BOM, but a NUL in every other byte`)],
    };
  }

  const warnings: Warning[] = [];
  const candidates = [declared?.trim().toLowerCase(), html ? sniffMetaCharset(bytes) : undefined];
  const stated = candidates.find((c): c is string => Boolean(c));
  const label = stated && whatwgLabel(stated);
  const utf8 = strictUtf8(bytes);

  if (label && !iconv.encodingExists(label)) {
    warnings.push(warning("ENCODING_DECLARED_WRONG", `declared charset "${stated}" is unknown; detected instead`));
  } else if (label && isUtf8Label(label)) {
    if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", warnings };
    const lossy = lossyUtf8(bytes);
    if (lossy) return lossy;
    const guess = guessEncoding(bytes);
    if (guess) {
      warnings.push(
        warning("ENCODING_DECLARED_WRONG", `declared charset "${stated}" but the bytes are not valid UTF-8; read as ${guess} (guessed)`),
      );
      return { text: decodeAs(guess, bytes), encoding: guess, warnings };
    }
  } else if (label && isUtf16Label(label)) {
    return { text: decodeAs(label, bytes), encoding: label, warnings };
  } else if (label) {
    // A single- or multi-byte legacy charset. Real text in those is almost never valid multi-byte
    // UTF-8, while pages served as UTF-8 under a stale Latin-1 declaration are common.
    if (utf8 !== undefined && /[^\x00-\x7f]/.test(utf8)) {
      warnings.push(warning("ENCODING_DECLARED_WRONG", `declared charset "${stated}" but the bytes are valid UTF-8; read as UTF-8`));
      return { text: utf8, encoding: "utf-8", warnings };
    }
    const text = decodeAs(label, bytes);
    if (!text.includes("\uFFFD")) return { text, encoding: label, warnings };
    const guess = guessEncoding(bytes);
    if (guess && guess !== label) {
      warnings.push(warning("ENCODING_DECLARED_WRONG", `declared charset "${stated}" does not fit the bytes; read as ${guess} (guessed)`));
      return { text: decodeAs(guess, bytes), encoding: guess, warnings };
    }
    return { text, encoding: label, warnings };
  }

  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", warnings };
  const lossy = lossyUtf8(bytes, warnings);
  if (lossy) return lossy;
  const guess = guessEncoding(bytes);
  if (guess) {
    warnings.push(warning("ENCODING_GUESSED", `the bytes are not valid UTF-8; read as ${guess} (guessed)`));
    return { text: decodeAs(guess, bytes), encoding: guess, warnings };
  }
  warnings.push(warning("INVALID_UTF8"));
  return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8", warnings };
}
