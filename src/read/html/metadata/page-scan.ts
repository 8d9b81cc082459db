/**
 * One bounded pass over the document's elements that collects everything the metadata chain
 * reads: `<meta>`, `<title>`, canonical `<link>`, `<time>`, `<h1>`–`<h3>`, microdata
 * (`itemprop`), `rel=author` links and elements whose class or id names a byline or a date.
 * One `querySelectorAll("*")` and plain attribute checks cost far less than many selectors.
 */
import { classOf, textNodes, type DomElement, type DomNode } from "../dom.js";
import { OTHER_WORK_PROPS } from "./jsonld.js";
import { elementText, normKey } from "./text.js";

/** At most this many candidate elements are kept per kind. */
const MAX_PER_KIND = 40;
/** At most this many elements are inspected (pages nested absurdly deep or wide stop here). */
const MAX_ELEMENTS = 60_000;

export interface PageScan {
  metas: Element[];
  title?: Element;
  canonical?: Element;
  times: Element[];
  h1s: Element[];
  /** `<h2>` and `<h3>`: some templates print the headline there. */
  subheads: Element[];
  /** itemprop value (lower-cased) → elements. */
  itemprops: Map<string, Element[]>;
  authorLinks: Element[];
  /** Links to an author's page (/author/jane-roe). */
  authorPageLinks: Element[];
  bylineBoxes: Element[];
  dateBoxes: Element[];
}

/**
 * An author's page: /author/jane-roe, /authors/jane-roe/, /people/jane-roe, ?author=jane. The last
 * part, which names someone, has letters: "/licenses/by/3.0/" is a licence.
 */
const AUTHOR_PAGE =
  /\/(?:authors?|writers?|contributors?|columnists?|reporters?|journalists?|people|staff|producers?|profiles?|by)\/(?=[^/?#]*[a-z])[^/?#]{2,80}\/?(?:[?#]|$)|[?&]author=/i;
/** "author", not "authority" / "authorities" / "authorize". */
const BYLINE_CLASS = /by-?line|author(?!i[tsz])|writer|reporter|contributor/i;
const NOT_BYLINE =
  /comment|categor|topic|separator|avatar|bio\b|biography|description|about|img|image|photo|social|follow|share|related|widget|more|list|card|footer|sidebar|title|label|icon|url\b|link/i;
const DATE_CLASS = /date|time|posted|publish|dateline|updated|byline|meta/i;
const NOT_DATE =
  /comment|update(?!d)|sidebar|footer|widget|related|runtime|timeline|timer|times(?!tamp)|datepicker|validate|mandate|candidate|metabox|metadata/i;
/** Tags whose class names never mark a byline or a date we can read. */
const SKIP_CLASS_TAGS = new Set([
  "html",
  "body",
  "script",
  "style",
  "meta",
  "link",
  "svg",
  "path",
  "img",
  "input",
  "button",
  "form",
  "option",
  "select",
  "iframe",
  "noscript",
  "template",
  "head",
  "br",
  "hr",
  "source",
  "picture",
  "ul",
  "ol",
  "nav",
  "main",
  "article",
  "section",
]);

/** Microdata items whose properties are never the page's: a reader's comment. */
const COMMENT_ITEM = /[/#](?:Comment|UserComments)$/i;

/**
 * Whether a microdata property belongs to another work than the page's: one inside an item that
 * the page cites, reviews or hosts as a comment ("<li itemprop=citation itemscope>" around a
 * cited paper's `author` and `datePublished`).
 */
function ofOtherWork(el: Element): boolean {
  for (let scope = el.parentElement?.closest("[itemscope]"); scope; scope = scope.parentElement?.closest("[itemscope]")) {
    const props = scope.getAttribute("itemprop")?.toLowerCase().split(/\s+/) ?? [];
    if (props.some((p) => OTHER_WORK_PROPS.has(p)) || COMMENT_ITEM.test(scope.getAttribute("itemtype")?.trim() ?? "")) return true;
  }
  return false;
}

function push(list: Element[], el: Element): void {
  if (list.length < MAX_PER_KIND) list.push(el);
}

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    metas: [],
    times: [],
    h1s: [],
    subheads: [],
    itemprops: new Map(),
    authorLinks: [],
    authorPageLinks: [],
    bylineBoxes: [],
    dateBoxes: [],
  };
  // The whole document, not `doc.body`: on malformed pages linkedom can leave an empty body
  // beside the real content.
  const els = doc.querySelectorAll("*");
  const n = Math.min(els.length, MAX_ELEMENTS);
  for (let i = 0; i < n; i++) {
    const el = els[i]!;
    const tag = el.localName;
    switch (tag) {
      case "meta":
        if (scan.metas.length < 2000 && !(el.hasAttribute("itemprop") && ofOtherWork(el))) scan.metas.push(el);
        continue;
      case "script":
        continue;
      case "title":
        scan.title ??= el;
        continue;
      case "link":
        if (!scan.canonical && /\bcanonical\b/i.test(el.getAttribute("rel") ?? "")) scan.canonical = el;
        continue;
      case "time":
        push(scan.times, el);
        break;
      case "h1":
        push(scan.h1s, el);
        break;
      case "h2":
      case "h3":
        push(scan.subheads, el);
        break;
      case "a": {
        const rel = el.getAttribute("rel");
        if (rel && /\bauthor\b/i.test(rel)) push(scan.authorLinks, el);
        else if (AUTHOR_PAGE.test(el.getAttribute("href") ?? "")) push(scan.authorPageLinks, el);
        break;
      }
    }
    const itemprop = el.getAttribute("itemprop");
    if (itemprop && !ofOtherWork(el)) {
      for (const p of itemprop.toLowerCase().split(/\s+/)) {
        const list = scan.itemprops.get(p);
        if (!list) scan.itemprops.set(p, [el]);
        else push(list, el);
      }
    }
    if (SKIP_CLASS_TAGS.has(tag)) continue;
    const cls = classOf(el);
    const id = el.getAttribute("id");
    if (!cls && !id) continue;
    const names = cls && id ? `${cls} ${id}` : (cls ?? id)!;
    if (names.length > 300) continue;
    if (BYLINE_CLASS.test(names) && !NOT_BYLINE.test(names)) push(scan.bylineBoxes, el);
    if (DATE_CLASS.test(names) && !NOT_DATE.test(names)) push(scan.dateBoxes, el);
  }
  return scan;
}

const NO_TEXT_PARENTS = new Set(["script", "style", "noscript", "template"]);

/**
 * The text nodes of an element, trimmed and non-empty, scripts left out; undefined once the text
 * passes `max` characters (long subtrees are not bylines or dates), or with `truncate` the first
 * `max` characters' worth.
 */
export function textParts(el: Element, max: number, truncate = false): string[] | undefined {
  const parts: string[] = [];
  let length = 0;
  for (const node of textNodes(el as unknown as DomNode)) {
    if (NO_TEXT_PARENTS.has((node.parentNode as DomElement | null)?.localName ?? "")) continue;
    const t = (node.nodeValue ?? "").replace(/\s+/g, " ").trim();
    if (!t) continue;
    length += t.length + 1;
    if (length > max) return truncate ? parts : undefined;
    parts.push(t);
  }
  return parts;
}

/**
 * Text of an element with its text nodes joined by spaces ("<p>Written by</p><p>Ann</p>" gives
 * "Written by Ann", where textContent gives "Written byAnn"); undefined past `max` characters.
 */
export function spacedText(el: Element, max: number): string | undefined {
  const s = textParts(el, max)?.join(" ");
  return s || undefined;
}

/**
 * Text of an element, bounded: long subtrees are not bylines or dates. Its text nodes are read
 * only up to `max` * 4 characters: a date's parent may hold the whole page, and reading all of it
 * for each of thousands of dates took seconds.
 */
export function shortText(el: Element, max: number): string | undefined {
  let t = "";
  for (const node of textNodes(el as unknown as DomNode)) {
    t += node.nodeValue ?? "";
    if (t.length > max * 4) return undefined;
  }
  const s = t.replace(/\s+/g, " ").trim();
  return s && s.length <= max ? s : undefined;
}

/** Most sibling subtrees visited when reading the text around an element. */
const MAX_NEIGHBOURS = 300;

/**
 * Text nodes that follow (or precede) an element in document order, up to about `max`
 * characters, scripts left out: the lines under a headline, wherever the template nests them.
 */
export function neighbourParts(el: Element, max: number, direction: "after" | "before"): string[] {
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = el;
  for (let visited = 0; node && length < max && visited < MAX_NEIGHBOURS; visited++) {
    let next: Node | null = direction === "after" ? node.nextSibling : node.previousSibling;
    while (!next && node.parentNode) {
      node = node.parentNode;
      next = direction === "after" ? node.nextSibling : node.previousSibling;
    }
    if (!next) break;
    node = next;
    const texts: string[] = [];
    if (next.nodeType === 3) texts.push(next.nodeValue ?? "");
    else if (next.nodeType === 1) {
      const sub = textParts(next as Element, max * 4);
      if (sub) texts.push(...sub);
      else if (!NO_TEXT_PARENTS.has((next as Element).localName)) break;
    }
    if (direction === "before") texts.reverse();
    for (const t of texts) {
      const s = t.replace(/\s+/g, " ").trim();
      if (!s) continue;
      parts.push(s);
      length += s.length + 1;
      if (length >= max) break;
    }
  }
  if (direction === "before") parts.reverse();
  return parts;
}

/** neighbourParts joined and cut to `max` characters. */
export function neighbourText(el: Element, max: number, direction: "after" | "before"): string {
  const text = neighbourParts(el, max, direction).join(" ");
  return direction === "after" ? text.slice(0, max) : text.slice(-max);
}

/** The `<h1>`s a headline sits in. */
export interface HeadlineH1s {
  /** The `<h1>` that prints the headline (the first may be the site's name or a section's). */
  printed?: Element;
  /** The one to read around: the printed one, else the first with text (an empty one heads nothing). */
  anchor?: Element;
}

export function headlineH1s(scan: PageScan, headline: string | undefined): HeadlineH1s {
  const key = headline ? normKey(headline) : "";
  const printed = key
    ? scan.h1s.find((el) => {
        const t = normKey(elementText(el));
        return !!t && (key.includes(t) || t.includes(key));
      })
    : undefined;
  return { printed, anchor: printed ?? scan.h1s.find((h) => /\S/.test(h.textContent ?? "")) };
}
