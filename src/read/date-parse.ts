/**
 * Date parsing for metadata: ISO 8601, RFC 2822, "March 27, 2019", "27 March 2019", "27.03.2019",
 * "03/27/2019", compact "20190327", Unix timestamps, and dates in URL paths. Dates are kept as
 * printed (the day in the page's own time zone, never shifted to UTC).
 */
import { ZONE_NAMES, formatOffset, zoneOffset } from "../text/timezones.js";

export interface DateValue {
  year: number;
  month: number;
  day: number;
  /** "HH:MM:SS" when the source gave a time. */
  time?: string;
  /** "Z" or "+HH:MM" when the source gave a zone. */
  offset?: string;
}

/** Publication dates before this are not believed (the web news era; htmldate uses the same floor). */
export const MIN_YEAR = 1995;
/** A date may lie this far past "now" (time-zone slack) and still be believed. */
const FUTURE_SLACK_MS = 36 * 3600 * 1000;
/** Only this many characters of a value are searched for a date. */
const MAX_SCAN_CHARS = 4000;

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
/**
 * An English month name or its abbreviation as other modules' patterns write it ("Sept.", "Jul",
 * "January"): a regular-expression source, for the case-insensitive flag.
 */
export const MONTH_WORD = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
/** An English weekday or its abbreviation ("Tue", "Thurs", "Wednesday"), a regular-expression source. */
export const WEEKDAY_WORD = "(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?";

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/**
 * Month names of the main European news languages (French, German, Danish, Spanish, Italian,
 * Portuguese, Dutch), read day first ("12 mars 2024", "3. Februar 2024", "5 de abril de 2024").
 * A name shared by two languages, or with English, is listed once.
 */
const FOREIGN_MONTHS: readonly (readonly string[])[] = [
  ["janvier", "janv", "januar", "jänner", "enero", "gennaio", "janeiro", "januari"],
  ["février", "fevrier", "févr", "fevr", "februar", "febrero", "febbraio", "fevereiro", "februari"],
  ["mars", "märz", "maerz", "mär", "marts", "marzo", "março", "marco", "maart"],
  ["avril", "avr", "abril", "aprile"],
  ["mai", "maj", "mayo", "maggio", "maio", "mei"],
  ["juin", "juni", "junio", "giugno", "junho"],
  ["juillet", "juil", "juli", "julio", "luglio", "julho"],
  ["août", "aout", "agosto", "augustus"],
  ["septembre", "septiembre", "setiembre", "settembre", "setembro"],
  ["octobre", "oktober", "okt", "octubre", "ottobre", "outubro"],
  ["novembre", "noviembre", "novembro"],
  ["décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dicembre", "dezembro"],
];
FOREIGN_MONTHS.forEach((names, i) => {
  for (const name of names) MONTHS[name] = i + 1;
});
/** Any month name, longest first so that "juillet" is not read as "juil". */
const ANY_MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;

/** A zone abbreviation as a whole word ("10:30 ET", not the "ut" of "10:30 Utah"), or a numeric offset. */
const ZONE = `((?:${ZONE_NAMES.map((z) => z.toLowerCase()).join("|")})(?![a-z])|[+-]\\d{2}:?\\d{2})`;
/** Optional clock time after a date: " 10:30", "T10:30:00.000Z", ", at 3:05 pm EST". */
const TIME = `(?:(?:t|,?\\s*(?:at\\s*|[-|•·/]\\s*)?)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*([ap]\\.?m\\.?)?\\s*${ZONE}?)?`;

type Order = "ymd" | "mdy" | "dmy" | "num";
interface Pattern {
  re: RegExp;
  order: Order;
}
const PATTERNS: Pattern[] = [
  { re: new RegExp(`(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)${TIME}`, "gi"), order: "ymd" },
  { re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)${TIME}`, "gi"), order: "mdy" },
  {
    re: new RegExp(
      `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|\\.)?(?:\\s+(?:of|de))?[\\s-]+${ANY_MONTH}(?![\\p{L}])\\.?,?(?:\\s+de)?[\\s-]+(\\d{4})(?!\\d)${TIME}`,
      "giu",
    ),
    order: "dmy",
  },
  { re: new RegExp(`(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?!\\d)${TIME}`, "gi"), order: "num" },
];

function validDay(year: number, month: number, day: number): boolean {
  if (!(month >= 1 && month <= 12 && day >= 1 && year >= 1000 && year <= 9999)) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "+05:30" for "IST", "Z" for UTC; US "ET"/"PT" by the date's daylight saving. */
function zoneOf(raw: string | undefined, year: number, month: number, day: number, hour: number): string | undefined {
  if (!raw) return undefined;
  const minutes = zoneOffset(raw.toUpperCase(), year, month, day, hour);
  if (minutes !== undefined) return minutes === 0 ? "Z" : formatOffset(minutes);
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(raw);
  return m ? (m[2] === "00" && m[3] === "00" ? "Z" : `${m[1]}${m[2]}:${m[3]}`) : undefined;
}

function build(year: number, month: number, day: number, t: (string | undefined)[]): DateValue | undefined {
  if (!validDay(year, month, day)) return undefined;
  const out: DateValue = { year, month, day };
  const [h, mi, s, ampm, zone] = t;
  if (h !== undefined && mi !== undefined) {
    let hour = Number(h);
    if (ampm) {
      const pm = ampm[0]!.toLowerCase() === "p";
      if (hour === 12) hour = pm ? 12 : 0;
      else if (pm) hour += 12;
    }
    const minute = Number(mi);
    const second = s === undefined ? 0 : Number(s);
    if (hour <= 23 && minute <= 59 && second <= 59) {
      out.time = `${pad(hour)}:${pad(minute)}:${pad(second)}`;
      const offset = zoneOf(zone, year, month, day, hour);
      if (offset) out.offset = offset;
    }
  }
  return out;
}

/**
 * How to read an ambiguous numeric date such as 04/12/2020: month first (US) unless the page is
 * known to write the day first (UK, Ireland, Australia, India, most languages other than English).
 */
export interface DateOrder {
  dayFirst?: boolean;
}

function fromMatch(m: RegExpExecArray, order: Order, opts: DateOrder): DateValue | undefined {
  const g = m.slice(1);
  switch (order) {
    case "ymd":
      return build(Number(g[0]), Number(g[1]), Number(g[2]), g.slice(3));
    case "mdy":
      return build(Number(g[2]), MONTHS[g[0]!.toLowerCase()] ?? 0, Number(g[1]), g.slice(3));
    case "dmy":
      return build(Number(g[2]), MONTHS[g[1]!.toLowerCase()] ?? 0, Number(g[0]), g.slice(3));
    case "num": {
      const a = Number(g[0]);
      const b = Number(g[2]);
      const year = Number(g[3]);
      // Dots are day-first everywhere; slashes and dashes are month-first unless that cannot be.
      const dayFirst = g[1] === "." || a > 12 || (opts.dayFirst === true && b <= 12);
      return dayFirst ? build(year, b, a, g.slice(4)) : build(year, a, b, g.slice(4));
    }
  }
}

function fromWhole(s: string): DateValue | undefined {
  const compact = /^(\d{4})(\d{2})(\d{2})(?:t?(\d{2})(\d{2})(\d{2})?)?(z|[+-]\d{4})?$/i.exec(s);
  if (compact) {
    const [, y, mo, d, h, mi, sec, zone] = compact;
    return build(Number(y), Number(mo), Number(d), [h, mi, sec, undefined, zone]);
  }
  if (/^\d{9,10}(?:\d{3})?$/.test(s)) {
    const ms = s.length > 10 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return build(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), [
      String(d.getUTCHours()),
      String(d.getUTCMinutes()),
      String(d.getUTCSeconds()),
      undefined,
      "Z",
    ]);
  }
  return undefined;
}

/** The first date written in `value` (searching its first MAX_SCAN_CHARS characters), or undefined. */
export function parseDate(value: string, opts: DateOrder = {}): DateValue | undefined {
  const s = (value.length > MAX_SCAN_CHARS ? value.slice(0, MAX_SCAN_CHARS) : value).trim();
  if (!s) return undefined;
  const whole = fromWhole(s);
  if (whole) return whole;
  let best: { index: number; date: DateValue } | undefined;
  for (const { re, order } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(s), tries = 0; m && tries < 8; m = re.exec(s), tries++) {
      if (best && m.index >= best.index) break;
      const date = fromMatch(m, order, opts);
      if (date) {
        best = { index: m.index, date };
        break;
      }
    }
  }
  return best?.date;
}

/** Every date written in `text`, in order (at most `limit`), with where it is written. */
export function findDates(text: string, limit: number, opts: DateOrder = {}): { index: number; length: number; date: DateValue }[] {
  const found: { index: number; length: number; date: DateValue }[] = [];
  for (const { re, order } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && found.length < limit * 4; m = re.exec(text)) {
      const date = fromMatch(m, order, opts);
      if (date) found.push({ index: m.index, length: m[0].length, date });
    }
  }
  return found.sort((a, b) => a.index - b.index).slice(0, limit);
}

/** A year, an English month name and a day as URL path segments: the Guardian's /2023/oct/03/, WordPress's /2023/october/03/. */
const URL_MONTH_NAME = new RegExp(`(?<=/)((?:19|20)\\d{2})/${MONTH}/(\\d{1,2})(?=[/_.-]|$|\\?)`, "i");

/** A full year-month-day in a URL path: /2019/03/27/, /2019-03-27-slug, /20190327/, /2019/mar/27/. */
export function urlDate(url: string): DateValue | undefined {
  let path = url;
  const scheme = url.indexOf("://");
  if (scheme >= 0) {
    const slash = url.indexOf("/", scheme + 3);
    path = slash >= 0 ? url.slice(slash) : "";
  }
  path = path.slice(0, 2000);
  const m =
    /(?<=[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$|\?)/.exec(path) ??
    /(?<=[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$|\?)/.exec(path);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), []);
  const named = URL_MONTH_NAME.exec(path);
  return named ? build(Number(named[1]), MONTHS[named[2]!.toLowerCase()] ?? 0, Number(named[3]), []) : undefined;
}

/** A believable publication date: not before MIN_YEAR and not in the future. */
export function isPlausible(d: DateValue, now: number = Date.now()): boolean {
  if (d.year < MIN_YEAR) return false;
  return Date.UTC(d.year, d.month - 1, d.day) <= now + FUTURE_SLACK_MS;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "YYYY-MM-DD". */
export function toDay(d: DateValue): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/**
 * ISO 8601: the day, plus the time when the source gave it with its zone (UTC written "+00:00",
 * like every other offset). A time with no zone names no instant, so only its day is written.
 */
export function toIso(d: DateValue): string {
  if (!d.time || !d.offset) return toDay(d);
  return `${toDay(d)}T${d.time}${d.offset === "Z" ? "+00:00" : d.offset}`;
}
