/**
 * Wire datelines opening the first body paragraph: "TOKYO (Reuters) -", "WASHINGTON, May 24 (AP) —",
 * "KYIV, Ukraine (AP) —", "New Delhi, May 24 (PTI)", "(Reuters) -", "BEIJING —", "NEW DELHI:".
 */

/** A dateline sits in the first characters of a paragraph. */
const MAX_DATELINE = 120;

const PLACE = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|del|da|el|al|of|on|upon|es)){0,3}`;
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2}`;
const AGENCY = String.raw`\p{Lu}[\p{L}&.'’ -]{0,28}[\p{L}.]|\p{Lu}`;
/** PLACE[, REGION][, Month D] (AGENCY) dash-or-colon */
const WITH_AGENCY = new RegExp(
  String.raw`^(?:(${PLACE})(?:,\s(${PLACE}))?(?:,?\s(${MONTH_DAY}))?\s)?\((${AGENCY})\)\s?(?:[-–—:]{1,2}|(?=\p{Lu}))`,
  "u",
);
/** ALL-CAPS PLACE[, Region][, Month D] followed by a dash or colon: "BEIJING —", "NEW DELHI:" */
const CAPS_ONLY = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,3})(?:,\s(${PLACE}))?(?:,?\s${MONTH_DAY})?\s?(?:--|[-–—:])\s`,
  "u",
);
/** All-caps paragraph openers that are labels, not places. */
const NOT_PLACES = new Set([
  "UPDATE",
  "UPDATED",
  "NOTE",
  "EDITOR'S NOTE",
  "EDITOR’S NOTE",
  "BREAKING",
  "BREAKING NEWS",
  "WATCH",
  "READ",
  "ALSO READ",
  "EXCLUSIVE",
  "ANALYSIS",
  "OPINION",
  "LIVE",
  "FILE",
  "FILE PHOTO",
  "PHOTO",
  "VIDEO",
  "Q",
  "A",
  "FACT CHECK",
  "CORRECTION",
  "CLARIFICATION",
  "DISCLAIMER",
  "WARNING",
  "ALERT",
  "FLASH",
  "URGENT",
  "COMMENT",
  "EDITORIAL",
  "REVIEW",
  "INTERVIEW",
]);

export interface Dateline {
  place?: string;
  agency?: string;
  /** Length of the dateline in the paragraph. */
  length: number;
}

/** "NEW DELHI" -> "New Delhi"; mixed-case names stay as printed. */
function placeName(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export function parseDateline(paragraph: string): Dateline | undefined {
  const head = paragraph.slice(0, MAX_DATELINE);
  const m = WITH_AGENCY.exec(head);
  if (m) {
    const place = [m[1], m[2]]
      .filter(Boolean)
      .map((p) => placeName(p!))
      .join(", ");
    return { ...(place ? { place } : {}), agency: m[4]!.trim(), length: m[0].length };
  }
  const c = CAPS_ONLY.exec(head);
  if (c && !NOT_PLACES.has(c[1]!) && c[1]!.length >= 3) {
    const place = [placeName(c[1]!), c[2]].filter(Boolean).join(", ");
    return { place, length: c[0].length };
  }
  return undefined;
}
