import chardet from "chardet";
import { warning } from "../model/codes.js";
import type { Warning } from "../model/record.js";

export interface Decoded {
  text: string;
  encoding: string;
  warnings: Warning[];
}

/** Share of control bytes (other than tab, CR, LF, FF, ESC) above which bytes are called binary. */
const BINARY_CONTROL_RATIO = 0.1;
/** How many leading bytes the binary check and the encoding guess look at. */
const SNIFF_BYTES = 64 * 1024;

/** True when the bytes look like a binary file rather than text in any encoding. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  if (hasUtf16Bom(bytes)) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return control / n > BINARY_CONTROL_RATIO;
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

function tryDecoder(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Bytes to text: a BOM wins, then a declared charset if it decodes cleanly, then strict UTF-8, then
 * chardet's guess (with a warning), and as a last resort UTF-8 with replacement characters.
 */
export function decode(bytes: Uint8Array, declared?: string): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: tryDecoder("utf-8", bytes, false)!, encoding: "utf-8", warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: tryDecoder("utf-16le", bytes, false)!, encoding: "utf-16le", warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: tryDecoder("utf-16be", bytes, false)!, encoding: "utf-16be", warnings: [] };
  }
  const warnings: Warning[] = [];
  const label = declared?.trim().toLowerCase();
  if (label && !/^utf-?8$/.test(label)) {
    const text = tryDecoder(label, bytes, true);
    if (text !== undefined && !(label.includes("8859-1") || label.includes("1252") || label.includes("ascii")) ) {
      return { text, encoding: label, warnings };
    }
    // Latin-1 and cp1252 decode any bytes, so they only win if the bytes are not valid UTF-8.
    const utf8 = tryDecoder("utf-8", bytes, true);
    if (utf8 !== undefined) {
      if (/[^\x00-\x7f]/.test(utf8)) {
        warnings.push(warning("ENCODING_DECLARED_WRONG", `declared charset "${declared}" but the bytes are valid UTF-8; read as UTF-8`));
      }
      return { text: utf8, encoding: "utf-8", warnings };
    }
    if (text !== undefined) return { text, encoding: label, warnings };
    warnings.push(warning("ENCODING_DECLARED_WRONG", `declared charset "${declared}" is unknown or does not fit the bytes`));
  }
  const utf8 = tryDecoder("utf-8", bytes, true);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", warnings };
  const lossy = tryDecoder("utf-8", bytes, false)!;
  if (mostlyUtf8(lossy)) {
    warnings.push(warning("INVALID_UTF8", `${countBad(lossy)} invalid UTF-8 sequence(s) in otherwise valid UTF-8 were replaced with U+FFFD`));
    return { text: lossy, encoding: "utf-8", warnings };
  }

  const guess = chardet.detect(bytes.subarray(0, SNIFF_BYTES));
  const guessed = guess && guess !== "UTF-8" ? tryDecoder(guess.toLowerCase(), bytes, true) : undefined;
  if (guessed !== undefined && guess) {
    warnings.push(warning("ENCODING_GUESSED", `the bytes are not valid UTF-8; read as ${guess} (guessed)`));
    return { text: guessed, encoding: guess.toLowerCase(), warnings };
  }
  warnings.push(warning("INVALID_UTF8"));
  return { text: tryDecoder("utf-8", bytes, false)!, encoding: "utf-8", warnings };
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
function mostlyUtf8(lossy: string): boolean {
  const bad = countBad(lossy);
  if (bad === 1 && lossy.endsWith("\ufffd")) return true;
  let multibyte = 0;
  for (let i = 0; i < lossy.length && multibyte <= bad; i++) {
    const c = lossy.charCodeAt(i);
    if (c > 0x7f && c !== 0xfffd) multibyte++;
  }
  return multibyte > bad;
}
