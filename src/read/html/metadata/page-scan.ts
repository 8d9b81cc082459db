/**
 * One bounded pass over the page's elements that can carry metadata outside `<head>`: `<time>`,
 * headings, microdata (`itemprop`), `rel=author` links and elements whose class or id names a
 * byline, an author or a date.
 */

/** At most this many candidate elements are kept per kind. */
const MAX_PER_KIND = 40;

const SELECTOR = [
  "time",
  "h1",
  "[itemprop]",
  "[rel~=author]",
  "[class*=author]",
  "[class*=byline]",
  "[class*=Author]",
  "[class*=Byline]",
  "[id*=author]",
  "[id*=byline]",
  "[class*=date]",
  "[class*=Date]",
  "[class*=posted]",
  "[class*=publish]",
  "[class*=time]",
  "[id*=date]",
].join(",");

export interface PageScan {
  times: Element[];
  h1s: Element[];
  /** itemprop value (lower-cased) → elements. */
  itemprops: Map<string, Element[]>;
  authorLinks: Element[];
  bylineBoxes: Element[];
  dateBoxes: Element[];
}

const BYLINE_CLASS = /(?:^|[\s_-])(?:by-?line|author|authors|writer|reporter|contributor|article-?author|post-?author|entry-?author|byline\w*)(?:$|[\s_-])|byline|author-?name|authorname/i;
const NOT_BYLINE = /comment|avatar|bio\b|biography|description|about|img|image|photo|social|follow|share|related|widget|more|list|card|footer|sidebar/i;
const DATE_CLASS = /date|time|posted|publish|dateline|updated|byline|meta/i;
const NOT_DATE = /comment|update(?!d)|sidebar|footer|widget|related|runtime|timeline|timer|times(?!tamp)|datepicker|validate|mandate|candidate|update-?available/i;

function push(list: Element[], el: Element): void {
  if (list.length < MAX_PER_KIND) list.push(el);
}

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    times: [],
    h1s: [],
    itemprops: new Map(),
    authorLinks: [],
    bylineBoxes: [],
    dateBoxes: [],
  };
  const root = doc.body ?? doc.documentElement;
  if (!root) return scan;
  const els = root.querySelectorAll(SELECTOR);
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    const tag = el.tagName.toLowerCase();
    if (tag === "time") push(scan.times, el);
    else if (tag === "h1") push(scan.h1s, el);
    if (tag === "script" || tag === "style" || tag === "meta" || tag === "link") continue;
    const itemprop = el.getAttribute("itemprop");
    if (itemprop) {
      for (const p of itemprop.toLowerCase().split(/\s+/)) {
        const list = scan.itemprops.get(p);
        if (!list) scan.itemprops.set(p, [el]);
        else push(list, el);
      }
    }
    const rel = el.getAttribute("rel");
    if (rel && /\bauthor\b/i.test(rel)) push(scan.authorLinks, el);
    const cls = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if (cls.length > 1 && cls.length < 300) {
      if (BYLINE_CLASS.test(cls) && !NOT_BYLINE.test(cls)) push(scan.bylineBoxes, el);
      if (DATE_CLASS.test(cls) && !NOT_DATE.test(cls)) push(scan.dateBoxes, el);
    }
  }
  return scan;
}

/** Text of an element, bounded: long subtrees are not bylines or dates. */
export function shortText(el: Element, max: number): string | undefined {
  const t = el.textContent ?? "";
  if (t.length > max * 4) return undefined;
  const s = t.replace(/\s+/g, " ").trim();
  return s && s.length <= max ? s : undefined;
}
