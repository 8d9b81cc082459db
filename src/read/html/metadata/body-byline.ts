/**
 * Bylines printed in the page body, tried in order: microdata `itemprop=author`, `rel=author`
 * links, elements classed as bylines, links to author pages, a "By …" line just under the
 * headline, then (last resorts) a labelled byline anywhere and full names beside the date under
 * the headline.
 */
import { findDates } from "../../date-parse.js";
import { classOf, walk, type DomNode } from "../dom.js";
import { isSkipped } from "../hints.js";
import { authorsFrom, BY_WORDS, cleanByline, nameKey } from "./byline.js";
import { neighbourParts, spacedText, textParts, type HeadlineH1s, type PageScan } from "./page-scan.js";

/** Class of an element that holds an author's name and nothing else. */
const AUTHOR_NAME_CLASS = /author[-_]*(?:box[-_]*)?name|byline[-_]*name/i;

/** Longest byline element text considered. */
const MAX_BYLINE_TEXT = 200;
/** Text read after the headline for a "By …" line. */
const AFTER_HEADLINE_CHARS = 1000;
/** Most author-page links joined into one byline. */
const MAX_LINKS = 6;

/** "By …" in running text, not "Reviewed by", "Photos by" and other credits that name no author. */
const BY_LINE =
  /(?:^|[\s|•·,])(?<!\b(?:reviewed|edited|checked|photos?|photographs?|images?|illustrations?|illustrated|video|produced|designed|translated|sponsored|powered|presented|narrated|hosted|supported|funded)\s)(?:(?:written|posted|reported|story|words)\s+)?by\s*:?\s+(\S[^|•·\n]{1,120})/gi;

/**
 * What may precede "by" in its own text part for it to open a byline: nothing, a separator, or a
 * date or time ("January 20th, 2025 by JWU", "Posted 10:19am by"). After other words it is prose
 * ("should sail by autumn") or a menu ("Shop by Category").
 */
const BYLINE_LEAD = /(?:^|[|•·–—-]|\d(?:st|nd|rd|th|am|pm)?\.?|\b(?:am|pm|a\.m\.|p\.m\.))\s*$/i;

/** Class names of menus. */
const MENU_CLASS = /(?:^|[\s_-])(?:menu|navbar|nav)(?:$|[\s_-])/i;
/** Ancestors looked at for a menu around a link. */
const MENU_DEPTH = 12;

/** A link inside navigation or a menu ("/people/alumni" under "About"). */
function inMenu(link: Element): boolean {
  let el: Element | null = link;
  for (let i = 0; el && i < MENU_DEPTH; i++, el = el.parentElement) {
    if (isSkipped(el) || MENU_CLASS.test(classOf(el) ?? "")) return true;
  }
  return false;
}

/**
 * Names of author links joined into one byline: the first link and the links near it (under its
 * grandparent), not every author link on the page (related stories, comments).
 */
function joined(els: readonly Element[]): string | undefined {
  const first = els[0];
  if (!first) return undefined;
  const near = first.parentElement?.parentElement ?? first.parentElement;
  // Where the links' shared container is short enough to read, only the names printed as one list
  // ("A, B and C") are joined: "By A | Fact-checked by B" credits A alone.
  const parts = near ? textParts(near, MAX_BYLINE_TEXT * 2) : undefined;
  const run = parts ? bylineFromParts(parts) : undefined;
  const listed = run ? new Set(authorsFrom([run]).map(nameKey)) : undefined;
  const names: string[] = [];
  for (const el of els) {
    if (el !== first && !near?.contains(el)) continue;
    const t = spacedText(el, 80);
    if (el !== first && listed && !authorsFrom([t ?? ""]).every((n) => listed.has(nameKey(n)))) continue;
    if (t && !names.some((n) => n.toLowerCase() === t.toLowerCase())) names.push(t);
    if (names.length >= MAX_LINKS) break;
  }
  return names.length ? names.join(", ") : undefined;
}

/** Text nodes read after a label for the names it announces. */
const MAX_LIST_PARTS = 24;

/** "By" alone, in the languages whose dates are read ("Af Ritzau"). */
const BY = BY_WORDS.join("|");
/** A label node ("Written by", "Author:") whose name is in the same node or the next one. */
const LABEL_PART = new RegExp(
  String.raw`^(?:(?:[^:]{0,20}\s)?(?:written|posted|article|words|story|text|authored)\s+by|${BY}|authors?(?:\s*\(s\))?|contributors?)(?:\s*:\s*|\s+|$)(.*)$`,
  "i",
);
/** A label for several names: "Authors", "Author(s)", "Contributors". */
const PLURAL_LABEL = /^(?:authors|author\s*\(s\)|contributors)\s*:?\s*$/i;

/** The same labels opening their node, with no words before them ("By", "Written by:"). */
const ANCHORED_LABEL_PART = new RegExp(
  String.raw`^(?:(?:written|posted|reported|story|words|authored)\s+by|${BY}|authors?)(?:\s*:\s*|\s+|$)(.*)$`,
  "i",
);

/**
 * A byline announced by a label among text nodes: "Written by Ann Lee", or "Author" then "Ann
 * Lee". With `fullNames`, every name must have two words or more (a lone word after "by" far
 * from the headline is too often something else).
 */
export function labelledByline(parts: readonly string[], fullNames = false, anchored = false): string | undefined {
  for (let i = 0; i < parts.length; i++) {
    const m = (anchored ? ANCHORED_LABEL_PART : LABEL_PART).exec(parts[i]!);
    if (!m) continue;
    // A label alone in its node: the names follow, one node each with "," / "and" nodes between.
    const next = parts[i + 1];
    const listed = next && authorsFrom([next]).length ? bylineFromParts(parts.slice(i + 1, i + 1 + MAX_LIST_PARTS)) : undefined;
    const candidate = m[1] ? m[0] : PLURAL_LABEL.test(parts[i]!) ? (nameList(parts, i + 1) ?? listed ?? next) : (listed ?? next);
    const byline = candidate ? cleanByline(candidate) : undefined;
    const names = byline ? authorsFrom([byline]) : [];
    if (names.length && (!fullNames || names.every((n) => n.includes(" ")))) return byline;
  }
  return undefined;
}

/**
 * Names one per node after a plural label, with or without "," / "and" nodes between
 * ("Authors" then "<li>Ann Lee</li><li>Ben Ode</li>"): full names only, up to the first other node.
 */
function nameList(parts: readonly string[], from: number): string | undefined {
  const names: string[] = [];
  for (let j = from; j < parts.length && j < from + MAX_LIST_PARTS; j++) {
    const p = parts[j]!;
    if (CONNECTOR.test(p)) continue;
    const found = p.length <= 80 ? authorsFrom([p]) : [];
    if (found.length !== 1 || !found[0]!.includes(" ")) break;
    names.push(found[0]!);
  }
  return names.length ? names.join(", ") : undefined;
}

/**
 * A "By …" run in the text just after the headline, opening its text part or after a date. The
 * names are the rest of that part, or the next part when "by" ends its own.
 */
function byUnderHeadline(parts: readonly string[]): string | undefined {
  const labelled = labelledByline(parts);
  if (labelled) return labelled;
  const text = parts.join(" ").slice(0, AFTER_HEADLINE_CHARS);
  // Where each part starts in `text` (parts are joined by one space).
  const starts: number[] = [];
  for (let i = 0, at = 0; i < parts.length && at < text.length; at += parts[i]!.length + 1, i++) starts.push(at);
  const partAt = (pos: number) => starts.reduce((found, start, i) => (start <= pos ? i : found), 0);
  for (const m of text.matchAll(BY_LINE)) {
    const by = m.index + m[0].search(/\p{L}/u);
    if (!BYLINE_LEAD.test(text.slice(starts[partAt(by)]!, by))) continue;
    const names = m.index + m[0].length - m[1]!.length;
    const i = partAt(names);
    return text.slice(names, starts[i]! + parts[i]!.length);
  }
  return undefined;
}

/** Characters under the headline where its own byline is printed (past them: teasers, body). */
const NEAR_HEADLINE_CHARS = 400;

/** The first parts after the headline, up to NEAR_HEADLINE_CHARS. */
function nearHeadline(parts: readonly string[]): string[] {
  const out: string[] = [];
  let length = 0;
  for (const p of parts) {
    if (length > NEAR_HEADLINE_CHARS) break;
    out.push(p);
    length += p.length + 1;
  }
  return out;
}

/** Text parts read after the headline for a name printed beside the date. */
const BESIDE_DATE_PARTS = 10;
/** Longest such part. */
const BESIDE_DATE_CHARS = 120;
/** A part that dates the story: a date, or the words that announce one or a reading time. */
const DATING = /\b(?:updated|published|posted|min(?:ute)?s?\s+read)\b/i;
/** Separator parts ("·", "|", "•"). */
const SEPARATOR = /^[^\p{L}\p{N}]+$/u;

function isDating(part: string): boolean {
  return DATING.test(part) || findDates(part, 1).length > 0;
}

/**
 * A byline printed without "By" in the story's meta line: full names (two to four capitalised
 * words, or a list of them) right beside a date or a reading time under the headline
 * ("Dec 26, 2025 · Mahua Das", "Ann Lee, Ben Ode · 24 Apr 2000").
 */
function nameBesideDate(afterHeadline: readonly string[]): string | undefined {
  const parts = afterHeadline.filter((p) => !SEPARATOR.test(p)).slice(0, BESIDE_DATE_PARTS);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    // A part that ends in a colon is a label for what follows ("Filed Under:"), not a name.
    if (p.length > BESIDE_DATE_CHARS || isDating(p) || p.endsWith(":")) continue;
    const byline = cleanByline(p);
    const names = byline ? authorsFrom([byline]) : [];
    if (!names.length || !names.every(isFullName)) continue;
    if ((i > 0 && isDating(parts[i - 1]!)) || (i + 1 < parts.length && isDating(parts[i + 1]!))) return byline;
  }
  return undefined;
}

/** Two to four words, each capitalised ("Ann Lee", "Fernando C. Pereira"). */
function isFullName(name: string): boolean {
  const words = name.split(" ");
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w));
}

const CONNECTOR = /^(?:,|&|and|,\s*and|;)$/i;
const TRAILING_CONNECTOR = /(?:,|&|\band)$/i;

/**
 * The byline in an element, read node by node: leading "By" / date / icon nodes skipped, then the
 * first name and any names joined to it by "," / "and" / "&" ("<a>A</a>, <a>B</a> and <a>C</a>").
 * What follows (a job title, a date, a bio in its own element) is left out.
 */
export function bylineFromParts(parts: readonly string[]): string | undefined {
  const run: string[] = [];
  let joinNext = false;
  for (const p of parts) {
    if (CONNECTOR.test(p)) {
      if (run.length) joinNext = true;
      continue;
    }
    const c = cleanByline(p);
    if (!c || !authorsFrom([c]).length) {
      if (run.length && !joinNext) break;
      // "A, Senior Analyst": the comma joined a job title, not a name; the list ends after it.
      joinNext = false;
      continue;
    }
    if (run.length && !joinNext) break;
    run.push(c);
    joinNext = TRAILING_CONNECTOR.test(p);
  }
  return run.length ? run.join(", ") : undefined;
}

/** Page text read by the last-resort search for a labelled byline. */
const MAX_PAGE_TEXT = 60_000;

/**
 * A labelled byline anywhere in the page (an author box at the foot, a "Written by" heading),
 * outside navigation: a menu's "Authors" or "Contributors" entry is followed by other entries,
 * not names.
 */
function labelledAnywhere(doc: Document): string | undefined {
  // The whole document: linkedom's `doc.body` throws on a document without an element and can be
  // an empty stand-in on malformed pages.
  const root = doc.documentElement;
  if (!root) return undefined;
  const parts: string[] = [];
  let length = 0;
  walk(root as unknown as DomNode, {
    enter: (el) => length <= MAX_PAGE_TEXT && !isSkipped(el),
    text(node) {
      const t = (node.nodeValue ?? "").replace(/\s+/g, " ").trim();
      length += t.length + 1;
      if (t && length <= MAX_PAGE_TEXT) parts.push(t);
    },
    exit() {},
  });
  return labelledByline(parts, true);
}

export interface PrintedByline {
  byline?: string;
  authors: string[];
  /** Printed with a label ("By", "Written by") right under the headline: what the reader is told. */
  underHeadline?: boolean;
}

/**
 * The printed byline. With `quick` (metadata already names someone, and the printed byline only
 * confirms or extends it) the last resorts, which read the whole page or guess, are skipped.
 */
export function bodyByline(scan: PageScan, doc: Document, quick: boolean, { printed: headlineH1, anchor: h1 }: HeadlineH1s): PrintedByline {
  const afterH1 = h1 ? neighbourParts(h1, AFTER_HEADLINE_CHARS, "after") : [];
  // A byline opening a text node with "By" / "Written by" under the headline.
  const opening = headlineH1 ? labelledByline(nearHeadline(afterH1), false, true) : undefined;
  const labelledNames = opening ? authorsFrom([opening]).map(nameKey) : [];
  const isLabelled = (authors: string[]) => labelledNames.length > 0 && authors.every((a) => labelledNames.includes(nameKey(a)));
  const trusted = new Set<string>();
  const tries: (() => string | undefined)[] = [
    ...(scan.itemprops.get("author") ?? []).map((el) => () => {
      const name = el.querySelector("[itemprop~=name]");
      return (name ?? el).getAttribute("content") ?? spacedText(name ?? el, MAX_BYLINE_TEXT);
    }),
    () => joined(scan.authorLinks),
    ...scan.bylineBoxes.map((el) => () => {
      const parts = textParts(el, MAX_BYLINE_TEXT);
      // An element that holds only the author's name (class "author-name"): its text is a name
      // even in lower case ("jane roe").
      if (parts?.length === 1 && AUTHOR_NAME_CLASS.test(classOf(el) ?? "")) {
        const c = cleanByline(parts[0]!);
        if (c && !authorsFrom([c]).length && authorsFrom([c], false).length === 1 && /^[\p{Ll}\s'’-]+$/u.test(c)) trusted.add(c);
      }
      if (parts) return labelledByline(parts) ?? bylineFromParts(parts) ?? parts.join(" ");
      // An author box with a bio: the name leads, the bio follows. Full names only: a lone word
      // at the head of a big box is as often initials on an avatar or a label.
      const head = textParts(el, MAX_BYLINE_TEXT, true);
      const byline = head?.length ? (labelledByline(head, true) ?? bylineFromParts(head)) : undefined;
      return byline && authorsFrom([byline]).every((n) => n.includes(" ")) ? byline : undefined;
    }),
    () => joined(scan.authorPageLinks.filter((a) => !inMenu(a))),
    () => (h1 ? byUnderHeadline(afterH1) : undefined),
    ...(quick ? [] : [() => labelledAnywhere(doc), () => nameBesideDate(afterH1)]),
  ];
  for (const get of tries) {
    const t = get();
    const byline = t ? cleanByline(t) : undefined;
    if (!byline) continue;
    const authors = trusted.has(byline) ? [byline] : authorsFrom([byline]);
    if (authors.length) return { byline, authors, ...(isLabelled(authors) ? { underHeadline: true } : {}) };
  }
  return { authors: [] };
}
