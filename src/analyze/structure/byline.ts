/**
 * Bylines: "FP Staff May 24, 2023 13:01:15 IST", "By Jane Doe and John Roe, Reuters",
 * "Written by Jane Doe | Edited by John Roe | New Delhi | Updated: ...", "Press Trust of India".
 * The names part becomes the byline; what follows it (times, places) is left to the caller.
 */
import { wordCount } from "./lines.js";
import { isPlace } from "./places.js";
import { parseStampLine } from "./stamps.js";
import { findTimestamp } from "./timestamps.js";

/** Byline lines are short; longer lines are never tested. */
const MAX_BYLINE = 300;
/** Most words a name-only line (no "By", no timestamp) may have. */
const MAX_BARE_WORDS = 6;
/** Longest line read as a byline without "By" ("FP Staff May 24, 2023 13:01:15 IST"). */
const MAX_BARE_LINE = 150;
/** Most words in the names part. */
const MAX_NAME_WORDS = 24;

const BY = /^(?:(?:(?:written|reported|posted|authored|story|words|text)\s+)?by\s*:?\s+|authors?\s*:\s*)/i;
/** "Jane Doe in Tokyo": where the author filed from is not part of the name. */
const IN_PLACE = /\s+in\s+\p{Lu}[\p{L}\p{M} .'’-]{1,40}$/u;
/** "Jane Doe NEW DELHI, May 24 ...": a capitalised place after a mixed-case name is the dateline. */
const CAPS_PLACE = /\s+(\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,2})$/u;
const STOP = /\s*(?:[|•·]|\s[-–—/]\s|\b(?:last\s+updated|updated|first\s+published|published|posted|modified|edited\s+by)\b)/i;
const PART_SPLIT = /\s*(?:,|;|&|\band\b|\bwith\b)\s*/;
const CONNECTORS = new Set([
  "de",
  "da",
  "das",
  "do",
  "dos",
  "del",
  "della",
  "der",
  "den",
  "van",
  "von",
  "bin",
  "binti",
  "bint",
  "al",
  "el",
  "la",
  "le",
  "du",
  "di",
  "y",
  "of",
  "ul",
  "ibn",
  "ter",
  "zu",
]);
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}\p{N}'’.-]*|\p{Lu}\.|[\p{Ll}]{1,2}['’]\p{Lu}[\p{L}'’-]*)$/u;
const NOT_NAMES =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|january|february|march|april|may|june|july|august|september|october|november|december|the|this|that|a|an|all|on|in|at|for|to|from|with|as|if|but|so|or|date|time|most|more|then|now|far|contrast|comparison|law|order|default|chance|mistake|design|hand|night|day)$/i;
const TITLE =
  /\b(?:correspondent|editor|reporter|writer|contributor|columnist|bureau\s+chief|analyst|producer|journalist|staff\s+reporter|special\s+correspondent)\b/i;
const AGENCY_ONLY =
  /^(?:AP|AFP|PTI|IANS|ANI|UNI|Reuters|Bloomberg|Xinhua|Associated\s+Press|Agence\s+France-Presse|Press\s+Trust\s+of\s+India|Indo-Asian\s+News\s+Service|Asian\s+News\s+International|Agencies|Agency|Kyodo(?:\s+News)?|Yonhap|dpa)$/i;
/** AP prints "By JANE DOE Associated Press": the agency after a name is not part of it. */
const AGENCY_SUFFIX = /(?<=\S\s+\S+)\s+(?:Associated\s+Press|Reuters|AFP|Bloomberg(?:\s+News)?)$/;
/** Desk credits printed as bylines: "FP Staff", "HT Correspondent", "Express News Service", "ET Bureau". */
const DESK =
  /^(?:[\p{Lu}][\p{L}.&]{0,12}\s){1,3}(?:Staff|Bureau|Desk|News\s+Service|Correspondent|Web\s+Desk|Online|Team|Staff\s+Reporter|News\s+Desk|Digital)$/u;

export interface Byline {
  /** End of the printed byline in the line (the block runs from 0 to here). */
  end: number;
  /** Where the rest of the line (times, place) starts, if anything follows the names. */
  restStart?: number;
  /** The names as printed, without "By". */
  byline: string;
  authors: string[];
}

function isNamePart(part: string): boolean {
  const words = part.replace(IN_PLACE, "").split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  if (NOT_NAMES.test(words[0]!)) return false;
  let named = 0;
  for (const w of words) {
    if (CONNECTORS.has(w.toLowerCase()) && named > 0) continue;
    if (!NAME_WORD.test(w)) return false;
    named++;
  }
  return named > 0;
}

function authorsOf(names: string): string[] {
  const parts = names
    .split(PART_SPLIT)
    .map((p) =>
      p
        .trim()
        .replace(/^by\s+/i, "")
        .replace(IN_PLACE, "")
        .replace(AGENCY_SUFFIX, ""),
    )
    .filter(Boolean);
  const people = parts.filter((p) => !TITLE.test(p) && !AGENCY_ONLY.test(p) && !isPlace(p));
  if (people.length) return people;
  return parts.filter((p) => !isPlace(p));
}

const SEPARATOR = /[\s,;:]/;

/**
 * `s` without the separators that end it, and an "on" or "at" left before them ("Ann Lee, on"),
 * found from the end (an expression "[\s,;:]+(?:on|at)?[\s,;:]*$" took cubic time on a run of separators).
 */
function withoutTail(s: string): string {
  let end = s.length;
  while (end > 0 && SEPARATOR.test(s[end - 1]!)) end--;
  const word = s.slice(Math.max(0, end - 2), end).toLowerCase();
  if ((word === "on" || word === "at") && end > 2 && SEPARATOR.test(s[end - 3]!)) {
    end -= 2;
    while (end > 0 && SEPARATOR.test(s[end - 1]!)) end--;
  }
  return s.slice(0, end);
}

/**
 * Reads a byline line. `alone` allows a bare name line with no "By" and no timestamp (only
 * where the layout says a byline belongs, e.g. right above a timestamp line).
 */
export function parseByline(s: string, alone = false): Byline | undefined {
  if (s.length > MAX_BYLINE) return undefined;
  const by = BY.exec(s);
  // Without "By" a byline is a desk, a bare name (alone) or names before a timestamp (digits).
  if (!by && !alone && (s.length > MAX_BARE_LINE || (!/\d/.test(s) && !DESK.test(s) && !AGENCY_ONLY.test(s)))) return undefined;
  const from = by ? by[0].length : 0;
  const rest = s.slice(from);
  const stop = STOP.exec(rest);
  const ts = findTimestamp(rest);
  let end = rest.length;
  if (stop) end = Math.min(end, stop.index);
  if (ts) end = Math.min(end, ts.start);
  let names = withoutTail(rest.slice(0, end)).trimEnd();
  names = names.replace(/[\s,;:|–—-]+$/, "");
  const printedLength = names.length;
  const capsPlace = CAPS_PLACE.exec(names);
  if (capsPlace && /\p{Ll}/u.test(names.slice(0, capsPlace.index)) && isPlace(capsPlace[1]!)) names = names.slice(0, capsPlace.index);
  if (!names || wordCount(names) > MAX_NAME_WORDS) return undefined;
  const parts = names.split(PART_SPLIT).filter(Boolean);
  if (!parts.length || parts.length > 8 || !parts.every(isNamePart)) return undefined;
  const followed = end < rest.length;
  if (!by) {
    // Without "By", a name needs a timestamp right after it, or must be a desk, or stand alone where a byline belongs.
    // "Primary Date: March 3, 2020" is a label, not a name: no colon between the name and the time.
    // "Correction, June 10, 2020:" is a label too: nothing may follow the time with a colon.
    const stampNext =
      ts !== undefined &&
      ts.start - printedLength <= 3 &&
      !/\d/.test(names) &&
      !rest.slice(printedLength, ts.start).includes(":") &&
      !/^\s*:/.test(rest.slice(ts.end));
    const desk = DESK.test(names) || AGENCY_ONLY.test(names);
    if (!stampNext && !desk && !(alone && !followed && wordCount(names) <= MAX_BARE_WORDS)) return undefined;
    if (!stampNext && followed && !ts) return undefined;
    if (parts.length === 1 && isPlace(names)) return undefined;
  }
  const blockEnd = from + names.length;
  let restStart: number | undefined;
  if (blockEnd < s.length) {
    const m = /^[\s|•·,;:–—/-]*/.exec(s.slice(blockEnd))!;
    if (blockEnd + m[0].length < s.length) restStart = blockEnd + m[0].length;
  }
  return { end: blockEnd, ...(restStart !== undefined ? { restStart } : {}), byline: names, authors: authorsOf(names) };
}

/** Separators between the parts of a byline line: "India News | Press Trust of India | Updated: ...". */
const SEGMENT_SEPARATOR = /\s*[|•·]\s*|\s+\/\s+/g;
/** Segments that name the section or a label, not a person: "India News", "Opinion". */
const SECTION_SEGMENT =
  /(?:^|\s)(?:news|politics|world|business|sports?|opinion|cities|city|entertainment|tech|technology|lifestyle|markets?|economy|health|science|education|national|international|home|latest|explained|explainers?|analysis|live)$/i;
const LABELLED = /^(?:(?:last\s+|first\s+)?(?:updated|published|posted|modified|edited|curated|translated)|source|credit)\b/i;

/**
 * A byline that is not the first part of a line whose parts are separated by "|" or " / ", with a
 * timestamp among them: "India News | Press Trust of India | Updated: ...", "TOI.in / Updated: ...".
 * Returns the byline's offsets in the line.
 */
export function parseBylineSegments(s: string): (Byline & { start: number }) | undefined {
  if (s.length > MAX_BYLINE || !/(?:19|20)\d\d/.test(s)) return undefined;
  const stamps = parseStampLine(s, true);
  if (!stamps?.published && !stamps?.updated) return undefined;
  SEGMENT_SEPARATOR.lastIndex = 0;
  let from = 0;
  let segments = 0;
  for (;;) {
    const sep = SEGMENT_SEPARATOR.exec(s);
    const to = sep ? sep.index : s.length;
    const seg = s.slice(from, to);
    segments++;
    if (seg && !LABELLED.test(seg) && !/\d/.test(seg) && !SECTION_SEGMENT.test(seg) && !isPlace(seg)) {
      const by = parseByline(seg, true);
      if (by && by.end === seg.length && (segments > 1 || sep)) return { ...by, start: from, end: from + by.end };
    }
    if (!sep) return undefined;
    if (sep[0].length === 0) SEGMENT_SEPARATOR.lastIndex++;
    from = sep.index + sep[0].length;
  }
}
