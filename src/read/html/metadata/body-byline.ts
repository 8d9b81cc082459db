/**
 * Bylines printed in the page body, tried in order: microdata `itemprop=author`, `rel=author`
 * links, elements classed as bylines, links to author pages, then a "By …" line just under the
 * headline.
 */
import { authorsFrom, cleanByline } from "./byline.js";
import { neighbourText, spacedText, textParts, type PageScan } from "./page-scan.js";

/** Longest byline element text considered. */
const MAX_BYLINE_TEXT = 200;
/** Text read after the headline for a "By …" line. */
const AFTER_HEADLINE_CHARS = 400;
/** Most author-page links joined into one byline. */
const MAX_LINKS = 6;

const BY_LINE = /(?:^|[\s|•·,])(?:(?:written|posted|reported|story|words)\s+)?by\s*:?\s+(\S[^|•·\n]{1,120})/i;

function joined(els: readonly Element[]): string | undefined {
  const names: string[] = [];
  for (const el of els) {
    const t = spacedText(el, 80);
    if (t && !names.some((n) => n.toLowerCase() === t.toLowerCase())) names.push(t);
    if (names.length >= MAX_LINKS) break;
  }
  return names.length ? names.join(", ") : undefined;
}

/** A "By …" run in the text just after the headline. */
function byUnderHeadline(h1: Element | undefined): string | undefined {
  if (!h1) return undefined;
  return BY_LINE.exec(neighbourText(h1, AFTER_HEADLINE_CHARS, "after"))?.[1];
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
      continue;
    }
    if (run.length && !joinNext) break;
    run.push(c);
    joinNext = TRAILING_CONNECTOR.test(p);
  }
  return run.length ? run.join(", ") : undefined;
}

export function bodyByline(scan: PageScan): { byline?: string; authors: string[] } {
  const tries: (() => string | undefined)[] = [
    ...(scan.itemprops.get("author") ?? []).map((el) => () => {
      const name = el.querySelector("[itemprop~=name]");
      return (name ?? el).getAttribute("content") ?? spacedText(name ?? el, MAX_BYLINE_TEXT);
    }),
    () => joined(scan.authorLinks),
    ...scan.bylineBoxes.map((el) => () => {
      const parts = textParts(el, MAX_BYLINE_TEXT);
      return parts ? (bylineFromParts(parts) ?? parts.join(" ")) : undefined;
    }),
    () => joined(scan.authorPageLinks),
    () => byUnderHeadline(scan.h1s[0]),
  ];
  for (const get of tries) {
    const t = get();
    const byline = t ? cleanByline(t) : undefined;
    if (!byline) continue;
    const authors = authorsFrom([byline]);
    if (authors.length) return { byline, authors };
  }
  return { authors: [] };
}
