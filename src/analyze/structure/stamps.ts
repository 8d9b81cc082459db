/**
 * Meta lines that carry the article's times: "Updated Date: May 24, 2023 13:04:54 IST",
 * "Last Updated : Oct 06 2016 | 12:17 AM IST", "Published 11:28 IST, March 27th 2019",
 * "Mar 27, 2019 12:33 PM IST | Source: Moneycontrol.com", and live-blog entry times ("13:45 IST").
 */
import { isPlace } from "./places.js";
import { MAX_SCAN, findTimestamp, type Timestamp } from "./timestamps.js";
import { ZONE_NAMES } from "../../text/timezones.js";

/** Meta lines are short; longer lines are never tested. */
const MAX_STAMP_LINE = 240;
/** What a timestamp segment may carry besides its label and stamp: weekday, "at", a zone, punctuation. */
const LEFTOVER = new RegExp(
  `^(?:[\\s,.;:()|/-]|\\b(?:at|on|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|hrs|${ZONE_NAMES.join("|")})\\b)*$`,
  "i",
);

const UPDATED = /^(?:last\s+)?(?:updated|modified|edited|revised)(?:\s+(?:date|on|at|time))?\b\s*:?\s*/i;
const PUBLISHED =
  /^(?:first\s+)?(?:published|posted|created|released|publish(?:ed)?\s+date|date(?:line)?|dated|filed)(?:\s+(?:date|on|at|time))?\b\s*:?\s*/i;
const SOURCE = /^(?:source|sources|agency|via|credit)\s*[:|-]\s*\S/i;
const RELATIVE = /^(?:\d{1,3}\s+(?:sec|second|min|minute|hour|hr|day|week)s?\s+ago|\d{1,3}\s*min(?:ute)?s?\s+read|just\s+now)$/i;
const SEPARATOR = /\s+[|•·]\s+|\s*\|\s*|\s+\/\s+/;

export interface Stamps {
  published?: Timestamp;
  updated?: Timestamp;
}

/**
 * Reads a meta line's times. Returns undefined unless the whole line is timestamp furniture: each
 * segment a (labelled) timestamp, a source, a place or a relative time, and at least one timestamp.
 * `lenient` skips other segments (for what follows a byline: "Edited by X | Mumbai | Updated: ...").
 */
export function parseStampLine(s: string, lenient = false): Stamps | undefined {
  if (s.length > MAX_STAMP_LINE || !/(?:19|20)\d\d/.test(s)) return undefined;
  const out: Stamps = {};
  let found = false;
  const segments: string[] = [];
  for (const raw of s.split(SEPARATOR)) {
    const seg = raw.trim().replace(/^[-–—,]\s*|[-–—,]$/g, "");
    if (!seg) continue;
    // "Oct 06 2016 | 12:17 AM IST": a time printed after a separator belongs to the date before it.
    if (segments.length && isClockLine(seg)) segments[segments.length - 1] += ` ${seg}`;
    else segments.push(seg);
  }
  for (const seg of segments) {
    const up = UPDATED.exec(seg);
    const pub = up ? null : PUBLISHED.exec(seg);
    const rest = seg.slice((up ?? pub)?.[0].length ?? 0);
    const ts = findTimestamp(rest);
    if (ts) {
      if (!LEFTOVER.test(rest.slice(0, ts.start) + " " + rest.slice(ts.end))) {
        if (lenient) continue;
        return undefined;
      }
      found = true;
      if (up) out.updated ??= ts;
      else out.published ??= ts;
      continue;
    }
    if ((up || pub) && RELATIVE.test(rest.trim())) continue;
    if (lenient || SOURCE.test(seg) || RELATIVE.test(seg) || isPlace(seg) || isZoneOnly(seg)) continue;
    return undefined;
  }
  return found ? out : undefined;
}

const ZONE = `(?:\\s?\\(?(?:${ZONE_NAMES.join("|")})\\)?)?`;
const CLOCK = `(?:\\d{1,2}[:.]\\d\\d(?:\\s?[ap]\\.?m\\b\\.?)?|\\d{1,2}\\s?[ap]\\.?m\\b\\.?)${ZONE}`;
const CLOCK_LINE = new RegExp(`^${CLOCK}$`, "i");
/** "13:45 IST: Kishida says ..." / "1.45 pm | Kishida says ..." (not "3.45 - 4.10 per cent"). */
const CLOCK_PREFIX = new RegExp(
  `^(?:\\d{1,2}:\\d\\d(?:\\s?[ap]\\.?m\\b\\.?)?|\\d{1,2}(?:[.:]\\d\\d)?\\s?[ap]\\.?m\\b\\.?)${ZONE}\\s?[:|–—-]\\s?`,
  "i",
);
const ZONE_ONLY = new RegExp(`^\\(?(?:${ZONE_NAMES.join("|")})\\)?$`);

function isZoneOnly(s: string): boolean {
  return ZONE_ONLY.test(s);
}

/** A line that is only a live-blog entry time ("13:45 IST", "1:45 PM"). */
export function isClockLine(s: string): boolean {
  return s.length <= 24 && CLOCK_LINE.test(s);
}

/** Length of a live-blog time prefix ("13:45 IST: "), or 0 when the line has none. */
export function clockPrefix(s: string): number {
  const m = CLOCK_PREFIX.exec(s.length > MAX_SCAN ? s.slice(0, MAX_SCAN) : s);
  return m ? m[0].length : 0;
}
