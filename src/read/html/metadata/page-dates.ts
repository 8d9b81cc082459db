/**
 * Publication and modification dates, htmldate-style: a cascade of sources from the most to the
 * least reliable; the first believable date wins. Modified dates never stand in for the
 * publication date.
 */
import { isPlausible, parseDate, urlDate, type DateValue } from "./dates.js";
import type { JsonLdInfo } from "./jsonld.js";
import { firstMeta, type MetaTags } from "./meta-tags.js";
import { shortText, type PageScan } from "./page-scan.js";

export const PUBLISHED_META = [
  "article:published_time", "article:published", "og:article:published_time", "og:published_time",
  "published_time", "datepublished", "article.published", "article_date_original", "original-publish-date",
  "originalpublicationdate", "publish-date", "publish_date", "publishdate", "publication_date", "pubdate",
  "og:pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
  "dcterms.created", "citation_publication_date", "citation_date", "citation_online_date",
  "prism.publicationdate", "rnews:datepublished", "cxenseparse:recs:publishtime", "article:post_date",
  "bt:pubdate", "datecreated", "dc.date", "dcterms.date", "date", "display_date", "displaydate",
];
export const MODIFIED_META = [
  "article:modified_time", "article:modified", "og:article:modified_time", "og:updated_time", "modified_time",
  "updated_time", "datemodified", "article.updated", "dc.date.modified", "dcterms.modified", "last-modified",
  "lastmod", "sailthru.lastmodified",
];

/** Longest element text read as a date. */
const MAX_DATE_TEXT = 160;

export interface PageDates {
  published?: DateValue;
  modified?: DateValue;
  /** Which source gave the publication date (for diagnostics and tests). */
  publishedFrom?: string;
}

function attrDate(el: Element): string | undefined {
  return el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.getAttribute("title") ?? undefined;
}

function elementDate(el: Element, now: number): DateValue | undefined {
  const attr = attrDate(el);
  const fromAttr = attr ? parseDate(attr) : undefined;
  if (fromAttr && isPlausible(fromAttr, now)) return fromAttr;
  const text = shortText(el, MAX_DATE_TEXT);
  const fromText = text ? parseDate(text) : undefined;
  return fromText && isPlausible(fromText, now) ? fromText : undefined;
}

const MODIFIED_HINT = /modif|updat|edited|revised/i;

function isModifiedElement(el: Element): boolean {
  const hint = `${el.getAttribute("class") ?? ""} ${el.getAttribute("itemprop") ?? ""} ${el.getAttribute("id") ?? ""}`;
  if (MODIFIED_HINT.test(hint)) return true;
  const parent = el.parentElement;
  const parentText = parent ? shortText(parent, MAX_DATE_TEXT) : undefined;
  return !!parentText && /^(?:last\s+)?(?:updated|modified)\b/i.test(parentText);
}

type Source = [string, () => DateValue | undefined];

export function pageDates(
  ld: JsonLdInfo,
  meta: MetaTags,
  scan: PageScan,
  url: string | undefined,
  parselyDate: string | undefined,
  now: number,
): PageDates {
  const fromString = (s: string | undefined) => {
    const d = s ? parseDate(s) : undefined;
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
  const itempropDate = (prop: string) => {
    for (const el of scan.itemprops.get(prop) ?? []) {
      const d = elementDate(el, now);
      if (d) return d;
    }
    return undefined;
  };
  const timeDate = () => {
    const times = scan.times.filter((t) => !isModifiedElement(t));
    const marked = times.find((t) => t.hasAttribute("pubdate") || /publish|posted|entry-date/i.test(t.getAttribute("class") ?? ""));
    for (const t of marked ? [marked, ...times] : times) {
      const d = elementDate(t, now);
      if (d) return d;
    }
    return undefined;
  };
  const boxDate = () => {
    for (const el of scan.dateBoxes) {
      if (isModifiedElement(el)) continue;
      const d = elementDate(el, now);
      if (d) return d;
    }
    return undefined;
  };
  const sources: Source[] = [
    ["url", () => (url ? ((d) => (d && isPlausible(d, now) ? d : undefined))(urlDate(url)) : undefined)],
    ["json-ld", () => fromString(ld.published)],
    ["meta", () => metaDate(PUBLISHED_META)],
    ["parsely", () => fromString(parselyDate)],
    ["itemprop", () => itempropDate("datepublished") ?? itempropDate("datecreated")],
    ["time", timeDate],
    ["date-class", boxDate],
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
  out.modified = fromString(ld.modified) ?? metaDate(MODIFIED_META) ?? itempropDate("datemodified");
  return out;
}
