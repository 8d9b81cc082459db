/**
 * Whether a line reads as a headline: short, title-like, no closing period. In plain text, where
 * nothing but its look says so, the first line is also refused when it reads as something else that
 * opens texts: a name (a byline, a place, a paper), a date, a bracketed credit, a promotion or page
 * navigation. Captions, credits and bylines proper are refused by the layout's furniture test.
 */
import { MONTH_WORD, WEEKDAY_WORD } from "../../read/date-parse.js";
import { parseByline } from "./byline.js";
import { wordCount } from "./lines.js";
import { isPlace } from "./places.js";

/** Plain text: a first line longer than this is a paragraph, not a headline. */
const MAX_PLAIN_WORDS = 20;
const MAX_PLAIN_CHARS = 200;
/** Page dumps: the line after the header is the headline unless it is this long. */
const MAX_DUMP_WORDS = 40;
const MAX_DUMP_CHARS = 400;
/** A line of at most this many words that reads as a name ("Jane Doe", "Ewood Park", "Murrayfield, Edinburgh") is no headline. */
const MAX_NAME_WORDS = 3;

const STARTS_TITLE = /^["'“‘(\[]?[\p{Lu}\p{N}]/u;
const ENDS_SENTENCE = /[.,;:]["'”’)]?$/;
const ENDS_ABBREVIATION = /\b(?:\p{Lu}\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|No)\.$/u;
/** "(Jane Doe)": a line bracketed whole is a credit or a note. */
const BRACKETED = /^[(\[].*[)\]]$/;
/** "Saturday 20 November", "Tuesday, 1 March": a date and nothing else. */
const DATE_ONLY = new RegExp(String.raw`^(?:(?:${WEEKDAY_WORD}|${MONTH_WORD})(?!\p{L})|\d{1,4}(?:st|nd|rd|th)?(?!\p{L})|[\s,.])+$`, "iu");
/** Calls to action: "For more, subscribe to our newsletters", "Sign up for the briefing". */
const PROMO = /\b(?:subscribe|sign\s+up|newsletters?|free\s+trial)\b/i;
/** Page controls printed before the text: "Next Previous ...", "Share All sharing options for: ...", "Share this article". */
const NAVIGATION = /^(?:(?:next|previous|prev)\s+(?:next|previous|prev)|share\s+(?:all|this))\b/i;

export function looksLikeHeadline(s: string, dump: boolean): boolean {
  const words = wordCount(s, 64);
  if (words > (dump ? MAX_DUMP_WORDS : MAX_PLAIN_WORDS) || s.length > (dump ? MAX_DUMP_CHARS : MAX_PLAIN_CHARS)) return false;
  if (dump) return true;
  if (words < 2 || !STARTS_TITLE.test(s)) return false;
  if (ENDS_SENTENCE.test(s) && !ENDS_ABBREVIATION.test(s)) return false;
  return !BRACKETED.test(s) && !DATE_ONLY.test(s) && !PROMO.test(s) && !NAVIGATION.test(s) && !(words <= MAX_NAME_WORDS && readsAsName(s));
}

/** A person, place or paper alone: what a byline or a dateline prints, not a headline. */
function readsAsName(s: string): boolean {
  if (isPlace(s)) return true;
  const by = parseByline(s, true);
  return by !== undefined && by.restStart === undefined;
}
