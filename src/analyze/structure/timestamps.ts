/**
 * Finds the publication-style timestamp printed in a byline or meta line and turns it into
 * ISO 8601: "May 24, 2023 13:01:15 IST" -> "2023-05-24T13:01:15+05:30". Styles handled:
 *   May 24, 2023 13:01:15 IST · Oct 06 2016 | 12:17 AM IST · 11:28 IST, March 27th 2019 ·
 *   Mar 27, 2019 12:33 PM IST · Wednesday 24 May 2023 13.01 BST · 24th May, 2023 5 pm GMT+8 ·
 *   2023-05-24T13:01:15+05:30 · 2023-05-24 13:01 UTC · 24.05.2023 13:01 MSK
 * With no zone the result is the date alone (an offset is never invented). Only the first
 * MAX_SCAN characters are looked at, and every pattern is bounded, so the cost is linear.
 */
import { ZONE_NAMES, formatOffset, zoneOffset } from "../../text/timezones.js";

/** Timestamps sit near the start of short lines; longer text is not scanned past this. */
export const MAX_SCAN = 400;

export interface Timestamp {
  /** Offsets into the scanned string. */
  start: number;
  end: number;
  /** "2023-05-24T13:01:15+05:30", or "2023-05-24" when no time or zone was printed. */
  iso: string;
  /** The calendar date as printed, YYYY-MM-DD. */
  date: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const MDY = new RegExp(String.raw`\b${MONTH}\s{1,3}${DAY},?\s{1,3}${YEAR}\b`, "i");
const DMY = new RegExp(String.raw`\b${DAY}\s{1,3}${MONTH},?\s{1,3}${YEAR}\b`, "i");
/** 24.05.2023: day first, as printed with dots across Europe and Russia (slashes are ambiguous and skipped). */
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/;
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?(?:\.\d{1,9})?\s?(Z|[+-]\d\d:?\d\d)?)?(?![\d])/;
const CLOCK = /(?<![\d:.,])(\d{1,2})(?:[:.](\d\d)(?:[:.](\d\d))?)?(?:\s{0,2}([ap])\.?\s?m\b\.?)?(?![\d])/gi;
const ZONE_AT = new RegExp(
  String.raw`^\s{0,3}\(?(${ZONE_NAMES.filter((z) => z.length > 1).join("|")})\b\)?(?:\s{0,2}([+-])(\d{1,2})(?::?(\d\d))?\b)?`,
);
const ZONE_ANY = new RegExp(
  String.raw`\b(${ZONE_NAMES.filter((z) => z.length > 2).join("|")})\b(?:\s{0,2}([+-])(\d{1,2})(?::?(\d\d))?\b)?`,
);
/** Largest gap between the date and the clock for them to count as one timestamp. */
const MAX_GAP = 24;

interface Piece {
  start: number;
  end: number;
}
interface DatePiece extends Piece {
  y: number;
  m: number;
  d: number;
}
interface ClockPiece extends Piece {
  h: number;
  min: number;
  s: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function findDate(s: string): (DatePiece & { clock?: ClockPiece; offset?: number }) | undefined {
  const found: (DatePiece & { clock?: ClockPiece; offset?: number })[] = [];
  const mdy = MDY.exec(s);
  if (mdy) found.push({ start: mdy.index, end: mdy.index + mdy[0].length, y: +mdy[3]!, m: monthOf(mdy[1]!), d: +mdy[2]! });
  const dmy = DMY.exec(s);
  if (dmy) found.push({ start: dmy.index, end: dmy.index + dmy[0].length, y: +dmy[3]!, m: monthOf(dmy[2]!), d: +dmy[1]! });
  const dotted = DOTTED.exec(s);
  if (dotted) found.push({ start: dotted.index, end: dotted.index + dotted[0].length, y: +dotted[3]!, m: +dotted[2]!, d: +dotted[1]! });
  const iso = ISO.exec(s);
  if (iso) {
    const p: DatePiece & { clock?: ClockPiece; offset?: number } = {
      start: iso.index,
      end: iso.index + iso[0].length,
      y: +iso[1]!,
      m: +iso[2]!,
      d: +iso[3]!,
    };
    if (iso[4]) p.clock = { start: p.start, end: p.end, h: +iso[4], min: +iso[5]!, s: iso[6] ? +iso[6] : 0 };
    if (iso[7]) p.offset = iso[7] === "Z" ? 0 : (iso[7][0] === "-" ? -1 : 1) * (+iso[7].slice(1, 3) * 60 + +iso[7].slice(-2));
    found.push(p);
  }
  return found.filter((p) => validDate(p.y, p.m, p.d)).sort((a, b) => a.start - b.start)[0];
}

function clockFrom(m: RegExpExecArray): ClockPiece | undefined {
  const ampm = m[4]?.toLowerCase();
  if (m[2] === undefined && !ampm) return undefined; // a bare number is not a time
  let h = +m[1]!;
  const min = m[2] === undefined ? 0 : +m[2];
  const sec = m[3] === undefined ? 0 : +m[3];
  if (min > 59 || sec > 59) return undefined;
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (ampm === "p" ? 12 : 0);
  } else if (h > 23) return undefined;
  return { start: m.index, end: m.index + m[0].length, h, min, s: sec };
}

/** The clock nearest the date (outside it), within MAX_GAP characters. */
function findClock(s: string, date: Piece): ClockPiece | undefined {
  let best: ClockPiece | undefined;
  let bestGap = MAX_GAP + 1;
  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(s); m; m = CLOCK.exec(s)) {
    if (m.index >= date.start && m.index < date.end) continue;
    const c = clockFrom(m);
    if (!c) continue;
    const gap = c.start >= date.end ? c.start - date.end : date.start - c.end;
    if (gap >= 0 && gap < bestGap) {
      best = c;
      bestGap = gap;
    }
    if (c.start > date.end + MAX_GAP) break;
  }
  return best;
}

function zoneAfter(s: string, at: number): { end: number; name: string; extra: number } | undefined {
  const m = ZONE_AT.exec(s.slice(at, at + 24));
  if (!m) return undefined;
  const extra = m[2] ? (m[2] === "-" ? -1 : 1) * (+m[3]! * 60 + (m[4] ? +m[4] : 0)) : 0;
  return { end: at + m[0].length, name: m[1]!, extra };
}

/** The first timestamp with a calendar date in `s` (only its first MAX_SCAN characters are read). */
export function findTimestamp(s: string): Timestamp | undefined {
  const text = s.length > MAX_SCAN ? s.slice(0, MAX_SCAN) : s;
  const date = findDate(text);
  if (!date) return undefined;
  const day = `${date.y}-${pad(date.m)}-${pad(date.d)}`;
  const clock = date.clock ?? findClock(text, date);
  let start = date.start;
  let end = date.end;
  if (!clock) return { start, end, iso: day, date: day };
  start = Math.min(start, clock.start);
  end = Math.max(end, clock.end);
  let offset = date.offset;
  if (offset === undefined) {
    const zone = zoneAfter(text, clock.end) ?? zoneAfter(text, date.end);
    if (zone) {
      const base = zoneOffset(zone.name, date.y, date.m, date.d, clock.h);
      if (base !== undefined) offset = base + zone.extra;
      end = Math.max(end, zone.end);
    } else {
      const any = ZONE_ANY.exec(text);
      if (any) {
        const base = zoneOffset(any[1]!, date.y, date.m, date.d, clock.h);
        const extra = any[2] ? (any[2] === "-" ? -1 : 1) * (+any[3]! * 60 + (any[4] ? +any[4] : 0)) : 0;
        if (base !== undefined) offset = base + extra;
      }
    }
  }
  if (offset === undefined || Math.abs(offset) > 14 * 60) return { start, end, iso: day, date: day };
  const iso = `${day}T${pad(clock.h)}:${pad(clock.min)}:${pad(clock.s)}${formatOffset(offset)}`;
  return { start, end, iso, date: day };
}
