import { normalise } from "./normalise.js";
import { splitSentences } from "./sentences.js";
import { scanTokens, toTokens } from "./tokens.js";
import type { Sentence } from "./types.js";

/**
 * Tokens and sentences over `text`, with offsets that are exact indices into it. Matching happens on
 * an offset-preserving normalised copy (curly quotes, dash and space variants, CRLF), so the result
 * is the same for typographic and plain text. Linear in the length of the text.
 */
export function segment(text: string): Sentence[] {
  const norm = normalise(text);
  const arrays = scanTokens(norm.text);
  return splitSentences(norm.text, arrays).map(([from, to]) => {
    const tokens = toTokens(text, norm, arrays, from, to);
    return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens };
  });
}
