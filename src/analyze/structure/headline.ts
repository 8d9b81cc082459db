/** Whether a line reads as a headline: short, title-like, no closing period. */
import { wordCount } from "./lines.js";

/** Plain text: a first line longer than this is a paragraph, not a headline. */
const MAX_PLAIN_WORDS = 20;
const MAX_PLAIN_CHARS = 200;
/** Page dumps: the line after the header is the headline unless it is this long. */
const MAX_DUMP_WORDS = 40;
const MAX_DUMP_CHARS = 400;

const STARTS_TITLE = /^["'“‘(\[]?[\p{Lu}\p{N}]/u;
const ENDS_SENTENCE = /[.,;:]["'”’)]?$/;
const ENDS_ABBREVIATION = /\b(?:\p{Lu}\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|No)\.$/u;

export function looksLikeHeadline(s: string, dump: boolean): boolean {
  const words = wordCount(s, 64);
  if (words > (dump ? MAX_DUMP_WORDS : MAX_PLAIN_WORDS) || s.length > (dump ? MAX_DUMP_CHARS : MAX_PLAIN_CHARS)) return false;
  if (dump) return true;
  if (words < 2 || !STARTS_TITLE.test(s)) return false;
  return !ENDS_SENTENCE.test(s) || ENDS_ABBREVIATION.test(s);
}
