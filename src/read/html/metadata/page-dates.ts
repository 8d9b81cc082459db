/**
 * Publication and modification dates, htmldate-style: a cascade of sources from the most to the
 * least reliable; the first believable date wins. Modified dates never stand in for the
 * publication date.
 */
import { classOf } from "../dom.js";
import { findDates, isPlausible, parseDate, urlDate, type DateOrder, type DateValue } from "../../date-parse.js";
import type { JsonLdInfo } from "./jsonld.js";
import type { MetaTags } from "./meta-tags.js";
import { neighbourParts, neighbourText, shortText, type PageScan } from "./page-scan.js";

/** Publication-date meta tags that name themselves as such, usually with a time: trusted before JSON-LD. */
export const PUBLISHED_META = [
  "article:published_time",
  "article:published",
  "og:article:published_time",
  "og:published_time",
  "published_time",
  "datepublished",
  "article.published",
  "article_date_original",
  "original-publish-date",
  "originalpublicationdate",
  "publish-date",
  "publish_date",
  "publishdate",
  "publication_date",
  "pubdate",
  "og:pubdate",
  "parsely-pub-date",
  "sailthru.date",
  "rnews:datepublished",
  "cxenseparse:recs:publishtime",
  "article:post_date",
  "bt:pubdate",
];
/** Generic date tags (Dublin Core, citation, "date"): often a day only, sometimes another date; after JSON-LD. */
export const WEAK_PUBLISHED_META = [
  "dc.date.issued",
  "dcterms.issued",
  "dc.date.created",
  "dcterms.created",
  "citation_publication_date",
  "citation_date",
  "citation_online_date",
  "prism.publicationdate",
  "datecreated",
  "dc.date",
  "dcterms.date",
  "date",
  "display_date",
  "displaydate",
];
export const MODIFIED_META = [
  "article:modified_time",
  "article:modified",
  "og:article:modified_time",
  "og:updated_time",
  "modified_time",
  "updated_time",
  "datemodified",
  "article.updated",
  "dc.date.modified",
  "dcterms.modified",
  "last-modified",
  "lastmod",
  "sailthru.lastmodified",
];

/** Longest element text read as a date. */
const MAX_DATE_TEXT = 160;
/** Text read after the headline for a printed date ("January 22, 2014" under the `<h1>`). */
const AFTER_HEADLINE_CHARS = 600;
const BEFORE_HEADLINE_CHARS = 200;

export interface PageDates {
  published?: DateValue;
  modified?: DateValue;
  /** Which source gave the publication date (for diagnostics and tests). */
  publishedFrom?: string;
}

function attrDate(el: Element): string | undefined {
  return el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.getAttribute("title") ?? undefined;
}

function elementDate(el: Element, now: number, order: DateOrder): DateValue | undefined {
  const attr = attrDate(el);
  const fromAttr = attr ? parseDate(attr, order) : undefined;
  if (fromAttr && isPlausible(fromAttr, now)) return fromAttr;
  const text = shortText(el, MAX_DATE_TEXT);
  const fromText = text ? parseDate(text, order) : undefined;
  return fromText && isPlausible(fromText, now) ? fromText : undefined;
}

const MODIFIED_HINT = /modif|updat|edited|revised/i;
/** "Updated", "Last modified", and the same label in the languages whose dates are read. */
const UPDATE_WORDS = String.raw`(?:last\s+)?(?:updated|modified|mis\s+à\s+jour|modifié|aktualisiert|geändert|opdateret|actualizado|aggiornato|atualizado|bijgewerkt)`;
const UPDATED_LABEL = new RegExp(String.raw`^${UPDATE_WORDS}(?![\p{L}])`, "iu");
/** The same label just before a date: "• Updated on ", "Last updated: ", "mis à jour le ". */
const UPDATED_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])${UPDATE_WORDS}[^\p{L}\p{N}]*(?:on|at|am|le|el|il|em|op|den)?[^\p{L}\p{N}]*$`,
  "iu",
);

function isModifiedElement(el: Element): boolean {
  const hint = `${classOf(el) ?? ""} ${el.getAttribute("itemprop") ?? ""} ${el.getAttribute("id") ?? ""}`;
  if (MODIFIED_HINT.test(hint)) return true;
  const parent = el.parentElement;
  const parentText = parent ? shortText(parent, MAX_DATE_TEXT) : undefined;
  return !!parentText && UPDATED_LABEL.test(parentText);
}

/** Characters of serialised page searched by the last-resort date scan. */
const MAX_SCAN_HTML = 300_000;
/** Dates counted by the last-resort scan. */
const MAX_SCAN_DATES = 400;

/**
 * The first `max` characters or so of an element's markup, serialising child by child (two
 * levels down) so a 30 MB page is not serialised whole.
 */
function serialisedPrefix(root: Element | null, max: number, depth = 0): string {
  if (!root) return "";
  let out = "";
  for (const child of Array.from(root.children)) {
    if (out.length >= max) break;
    out += depth < 2 && child.children.length > 1 ? serialisedPrefix(child, max - out.length, depth + 1) : child.outerHTML;
  }
  return out.slice(0, max);
}

/**
 * Last resort, as htmldate's extensive search: every date written anywhere in the page (text,
 * link and image addresses, comments); the most frequent believable day wins, the latest on ties.
 */
function anyDate(doc: Document, now: number, order: DateOrder): DateValue | undefined {
  const html = serialisedPrefix(doc.documentElement, MAX_SCAN_HTML);
  const counts = new Map<string, { date: DateValue; n: number }>();
  for (const { date } of findDates(html, MAX_SCAN_DATES, order)) {
    if (!isPlausible(date, now)) continue;
    const key = `${date.year}-${date.month}-${date.day}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { date: { year: date.year, month: date.month, day: date.day }, n: 1 });
  }
  let best: { date: DateValue; n: number } | undefined;
  for (const c of counts.values()) {
    if (!best || c.n > best.n || (c.n === best.n && epochOf(c.date) > epochOf(best.date))) best = c;
  }
  return best?.date;
}

/** Dates the page shows in its body: `<time>`, microdata and date-classed elements (bounded). */
function printedDates(scan: PageScan, now: number, order: DateOrder, isModified: (el: Element) => boolean): DateValue[] {
  const out: DateValue[] = [];
  for (const el of [...scan.times, ...(scan.itemprops.get("datepublished") ?? []), ...scan.dateBoxes.slice(0, 10)]) {
    if (isModified(el)) continue;
    const d = elementDate(el, now, order);
    if (d) out.push(d);
  }
  return out;
}

/** A line this short holding a date is a dateline, not a sentence that mentions a date. */
const MAX_DATELINE_CHARS = 60;

interface Dateline {
  date: DateValue;
  /** Index of its line in the parts given. */
  line: number;
  /** Labelled as an update ("Updated on May 3, 2024"), the label in the same line or the one before. */
  updated: boolean;
}

/** The believable dates of the short lines in `parts`, in order, each marked update or not. */
function* datelines(parts: readonly string[], now: number, order: DateOrder): Generator<Dateline> {
  let label = "";
  for (const [line, part] of parts.entries()) {
    for (const found of part.length <= MAX_DATELINE_CHARS ? findDates(part, 3, order) : []) {
      if (!isPlausible(found.date, now)) continue;
      const before = part.slice(0, found.index);
      yield { date: found.date, line, updated: UPDATED_BEFORE.test(/\p{L}/u.test(before) ? before : `${label} ${before}`) };
    }
    label = part;
  }
}

/**
 * The date printed just after (else just before) the headline: a line of its own ("January 18,
 * 2020") first, nearest the headline, else the first date in the running text. A date labelled
 * as an update is the modified date, not this one.
 */
function nearHeadline(h1: Element | undefined, now: number, order: DateOrder, datelineOnly = false): DateValue | undefined {
  if (!h1) return undefined;
  const after = neighbourParts(h1, AFTER_HEADLINE_CHARS, "after");
  const before = neighbourParts(h1, BEFORE_HEADLINE_CHARS, "before");
  // After the headline in reading order, then before it from the nearest line up.
  const lines = [...datelines(after, now, order), ...[...datelines(before, now, order)].sort((a, b) => b.line - a.line)];
  const shown = lines.find((l) => !l.updated);
  if (shown) return shown.date;
  if (datelineOnly) return undefined;
  const firstBelievable = (text: string) => findDates(text, 3, order).find((d) => isPlausible(d.date, now))?.date;
  return (
    firstBelievable(after.join(" ").slice(0, AFTER_HEADLINE_CHARS)) ?? firstBelievable(neighbourText(h1, BEFORE_HEADLINE_CHARS, "before"))
  );
}

/** The date a line under the headline labels as an update ("Updated on May 3, 2024"), the label in its own element or not. */
function printedUpdate(h1: Element | undefined, now: number, order: DateOrder): DateValue | undefined {
  if (!h1) return undefined;
  for (const line of datelines(neighbourParts(h1, AFTER_HEADLINE_CHARS, "after"), now, order)) if (line.updated) return line.date;
  return undefined;
}

function epochOf(d: DateValue): number {
  const [h, m, sec] = (d.time ?? "00:00:00").split(":").map(Number);
  const base = Date.UTC(d.year, d.month - 1, d.day, h, m, sec);
  if (!d.offset || d.offset === "Z") return base;
  const sign = d.offset[0] === "-" ? -1 : 1;
  return base - sign * (Number(d.offset.slice(1, 3)) * 60 + Number(d.offset.slice(4, 6))) * 60_000;
}

/** The same instant written in another UTC offset ("+HH:MM"). */
function inOffset(d: DateValue, offset: string): DateValue {
  const sign = offset[0] === "-" ? -1 : 1;
  const local = new Date(epochOf(d) + sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`,
    offset,
  };
}

/**
 * A UTC timestamp from the metadata names the day in UTC, but the page prints its own local day
 * (a story posted at 22:35 in Los Angeles is dated the 8th on the page, the 9th in UTC). When the
 * page shows its zone (a `<time>` with an offset), the instant is moved there.
 */
function localDay(utc: DateValue, printed: readonly DateValue[]): DateValue {
  if (utc.offset !== "Z" || !utc.time) return utc;
  const zoned = printed.find((p) => p.offset && p.offset !== "Z");
  return zoned ? inOffset(utc, zoned.offset!) : utc;
}

/** The day as a sortable number (YYYYMMDD). */
function dayOf(d: DateValue): number {
  return d.year * 10_000 + d.month * 100 + d.day;
}

/**
 * A time with no zone names no instant (it is written as its day only): the same moment written
 * elsewhere on the page with its zone gives it one.
 */
function zoned(d: DateValue, others: readonly (DateValue | undefined)[]): DateValue {
  if (!d.time || d.offset) return d;
  return others.find((o) => o?.offset && dayOf(o) === dayOf(d) && o.time === d.time) ?? d;
}

type Source = [string, () => DateValue | undefined];

export function pageDates(
  doc: Document,
  ld: JsonLdInfo,
  meta: MetaTags,
  scan: PageScan,
  h1: Element | undefined,
  url: string | undefined,
  parselyDate: string | undefined,
  now: number,
  order: DateOrder = {},
): PageDates {
  const fromString = (s: string | undefined) => {
    const d = s ? parseDate(s, order) : undefined;
    return d && isPlausible(d, now) ? d : undefined;
  };
  const metaDate = (keys: readonly string[]) => {
    for (const k of keys) {
      for (const v of meta.get(k) ?? []) {
        const d = fromString(v);
        if (d) return d;
      }
    }
    return undefined;
  };
  // Whether an element is an update stamp, asked once per element: the published-date steps, the
  // printed dates and the modified date all ask it of the same <time>s.
  const updateStamps = new Map<Element, boolean>();
  const isModified = (el: Element) => {
    let v = updateStamps.get(el);
    if (v === undefined) updateStamps.set(el, (v = isModifiedElement(el)));
    return v;
  };
  /** The first of `els` (those `skip` passes over left out) that holds a date. */
  const firstDate = (els: Iterable<Element>, skip?: (el: Element) => boolean) => {
    for (const el of els) {
      if (skip?.(el)) continue;
      const d = elementDate(el, now, order);
      if (d) return d;
    }
    return undefined;
  };
  const itempropDate = (prop: string) => firstDate(scan.itemprops.get(prop) ?? []);
  const timeDate = () => {
    const times = scan.times.filter((t) => !isModified(t));
    const marked = times.find((t) => t.hasAttribute("pubdate") || /publish|posted|entry-date/i.test(classOf(t) ?? ""));
    return firstDate(marked ? [marked, ...times] : times);
  };
  const boxDate = () => firstDate(scan.dateBoxes, isModified);
  const sources: Source[] = [
    ["url", () => (url ? ((d) => (d && isPlausible(d, now) ? d : undefined))(urlDate(url)) : undefined)],
    ["meta", () => metaDate(PUBLISHED_META)],
    ["json-ld", () => fromString(ld.published)],
    ["meta", () => metaDate(WEAK_PUBLISHED_META)],
    ["parsely", () => fromString(parselyDate)],
    ["itemprop", () => itempropDate("datepublished") ?? itempropDate("datecreated")],
    ["time", timeDate],
    ["near-headline", () => nearHeadline(h1, now, order)],
    ["date-class", boxDate],
    ["page-scan", () => anyDate(doc, now, order)],
  ];
  const out: PageDates = {};
  for (const [name, get] of sources) {
    const d = get();
    if (d) {
      out.published = d;
      out.publishedFrom = name;
      break;
    }
  }
  if (out.publishedFrom === "url") {
    // A path can carry a later day than the story's (a magazine's issue date): the page's own
    // earlier publication stamp is then the day it went out.
    const stamped = metaDate(PUBLISHED_META) ?? fromString(ld.published);
    if (stamped && dayOf(stamped) < dayOf(out.published!)) {
      out.published = stamped;
      out.publishedFrom = "meta";
    }
  }
  if (out.published && (out.publishedFrom === "json-ld" || out.publishedFrom === "meta")) {
    out.published = localDay(out.published, printedDates(scan, now, order, isModified));
    // A dateline printed under the headline is the date readers see; metadata stamps can be
    // another moment (first indexing, a feed's clock).
    const shown = nearHeadline(h1, now, order, true);
    if (shown && (shown.year !== out.published.year || shown.month !== out.published.month || shown.day !== out.published.day)) {
      out.published = shown;
      out.publishedFrom = "dateline";
    }
  }
  // The page's own modified stamp, else an update date it prints ("Updated May 3, 2024").
  out.modified =
    fromString(ld.modified) ??
    metaDate(MODIFIED_META) ??
    itempropDate("datemodified") ??
    firstDate(scan.times, (t) => !isModified(t)) ??
    printedUpdate(h1, now, order);
  if (out.published)
    out.published = zoned(out.published, [fromString(ld.published), metaDate(PUBLISHED_META), metaDate(WEAK_PUBLISHED_META)]);
  if (out.modified) out.modified = zoned(out.modified, [fromString(ld.modified), metaDate(MODIFIED_META)]);
  return out;
}
