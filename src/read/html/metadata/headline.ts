/**
 * Headline choice: the page's own `<h1>` when the metadata titles confirm it, else og:title,
 * JSON-LD headline, twitter:title or `<title>`, each with the site name cut off
 * ("Title | Site", "Site - Title").
 */
import { normKey } from "./text.js";

/** Separators between a title and a site name, longest first. */
const SEPARATORS = [" :: ", " | ", " || ", " – ", " — ", " - ", " · ", " • ", " » ", " ~ ", " / ", ": "];
/** A site-name part has at most this many words. */
const MAX_SITE_WORDS = 6;

function squash(s: string): string {
  return normKey(s).replace(/[^\p{L}\p{N}]+/gu, "");
}

function hostWords(url: string | undefined): string[] {
  if (!url) return [];
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:www\d?\.)?([^/:?#]+)/i.exec(url);
  if (!m) return [];
  const parts = m[1]!.toLowerCase().split(".");
  const out = [parts.join("")];
  if (parts.length > 1) out.push(parts.slice(0, -1).join(""), parts[parts.length - 2]!);
  return out.filter((p) => p.length >= 3);
}

function isSiteName(part: string, sites: readonly string[], hosts: readonly string[]): boolean {
  const key = squash(part);
  if (!key || part.trim().split(/\s+/).length > MAX_SITE_WORDS) return false;
  for (const s of sites) {
    const sk = squash(s);
    if (sk && (sk === key || (sk.length >= 4 && key.startsWith(sk)) || (key.length >= 4 && sk.startsWith(key)))) return true;
  }
  return hosts.some((h) => h === key || (key.length >= 4 && h.startsWith(key)) || key.startsWith(h));
}

/** Removes a leading or trailing site name; the title itself is kept whole. */
export function stripSiteName(title: string, sites: readonly string[], url?: string): string {
  const hosts = hostWords(url);
  let t = title.trim();
  // The site's address run into the title: "example.com Vibe Coding".
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:www\.)?([^/:?#]+)/i.exec(url ?? "")?.[1];
  if (host && t.toLowerCase().startsWith(`${host.toLowerCase()} `)) t = t.slice(host.length + 1).trim();
  for (let round = 0; round < 2; round++) {
    let changed = false;
    for (const sep of SEPARATORS) {
      const last = t.lastIndexOf(sep);
      if (last > 0 && isSiteName(t.slice(last + sep.length), sites, hosts) && sep !== ": ") {
        t = t.slice(0, last).trim();
        changed = true;
        break;
      }
      const first = t.indexOf(sep);
      if (first > 0 && isSiteName(t.slice(0, first), sites, hosts)) {
        t = t.slice(first + sep.length).trim();
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }
  return t || title.trim();
}

export interface HeadlineCandidates {
  jsonLd?: string;
  og?: string;
  twitter?: string;
  itemprop?: string;
  h1s: string[];
  /** `<h2>`/`<h3>` texts, used only when one repeats a metadata title that no `<h1>` repeats. */
  subheads?: string[];
  title?: string;
}

function words(s: string): Set<string> {
  return new Set(
    normKey(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
}

/**
 * Shared words over the smaller word set (0..1), scaled down when the `<h1>` is a short label
 * inside a much longer title ("Webcams" in "Webcams - Yosemite National Park").
 */
function agreement(h1: Set<string>, title: Set<string>): number {
  if (!h1.size || !title.size) return 0;
  let n = 0;
  for (const w of h1) if (title.has(w)) n++;
  const score = n / Math.min(h1.size, title.size);
  return h1.size < MIN_HEADLINE_WORDS && title.size > 2 * h1.size ? (score * h1.size) / MIN_HEADLINE_WORDS : score;
}

const MONTH_WORD = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
/** A date or "Posted on … by …" run into the end of an `<h1>`'s text by the page template. */
const TRAILING_FURNITURE = new RegExp(
  `\\s+(?:(?:posted|published|updated)\\s+(?:on|by)\\b.*|${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_WORD}\\s+\\d{4})$`,
  "i",
);
/** A kind label set before the headline ("Blog: …", "Title: …"). */
const LEADING_LABEL = /^(?:blog|title|article|news|opinion|analysis|podcast|video)\s*:\s*(?=\S+\s+\S+\s+\S)/i;
const LEADING_DATE = new RegExp(`^(?:${MONTH_WORD}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s+(?=\\S)`, "i");

/** Cuts template furniture (dates, "Posted on … by …") from the ends of a printed headline. */
export function trimHeadline(h: string): string {
  const t = h.replace(TRAILING_FURNITURE, "").replace(LEADING_DATE, "").replace(LEADING_LABEL, "").trim();
  return t.length >= 2 ? t : h;
}

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * An `<h1>` printed as "Headline | Section" (as the `<title>` often is): trailing "|" parts of
 * at most MAX_LABEL_WORDS words are cut.
 */
function cutPipeTail(h: string): string {
  let t = h;
  for (let i = t.lastIndexOf(" | "); i > 0; i = t.lastIndexOf(" | ")) {
    if (
      t
        .slice(i + 3)
        .trim()
        .split(/\s+/).length > MAX_LABEL_WORDS
    )
      break;
    t = t.slice(0, i).trim();
  }
  return t;
}

/** Most words in a trailing " - Label" of an `<h1>` taken for a site or section name. */
const MAX_DASH_LABEL_WORDS = 3;

/**
 * "Headline - Site" in an `<h1>`: a spaced hyphen before a short last part marks a label, when
 * the head keeps at least MIN_HEADLINE_WORDS words.
 */
function cutDashTail(h: string, sites: readonly string[], hosts: readonly string[]): string {
  const m = /^(.+)\s([-–—])\s(.+)$/.exec(h);
  if (!m) return h;
  const head = m[1]!.trim();
  if (isSiteName(m[3]!, sites, hosts)) return head;
  const short = m[3]!.trim().split(/\s+/).length <= MAX_DASH_LABEL_WORDS && head.split(/\s+/).length >= MIN_HEADLINE_WORDS;
  return m[2] === "-" && short ? head : h;
}

/** Least word agreement with a metadata title for an `<h1>` to count as the headline. */
const MIN_H1_AGREEMENT = 0.5;
/** Least agreement for an `<h1>` that still wins when no `<h1>` reaches MIN_H1_AGREEMENT. */
const MIN_FALLBACK_AGREEMENT = 0.4;
/** An `<h1>` with fewer words is a label ("Planning") unless the metadata agrees with it. */
const MIN_HEADLINE_WORDS = 3;

/**
 * Picks the headline: the `<h1>` that agrees best with the metadata titles (the page's visible
 * headline, as printed), else the first metadata title with the site name cut off. `sites` are
 * known site names and `url` the page address (its host is a site name too).
 */
export function chooseHeadline(c: HeadlineCandidates, sites: readonly string[], url?: string): string | undefined {
  const metas = [c.jsonLd, c.og, c.twitter, c.itemprop, c.title].filter((x): x is string => !!x).map((x) => stripSiteName(x, sites, url));
  const hosts = hostWords(url);
  const h1s = c.h1s
    .map((h) => cutDashTail(cutPipeTail(trimHeadline(h)), sites, hosts))
    .filter((h) => h.length >= 2 && !isSiteName(h, sites, hosts));
  const metaKeys = new Set(metas.map(squash));
  const repeated = (h: string) => metaKeys.has(squash(h));
  if (!h1s.some(repeated)) {
    const sub = c.subheads?.map(trimHeadline).find(repeated);
    if (sub) return sub;
  }
  const metaWords = metas.map(words);
  let best: string | undefined;
  let bestScore = -1;
  for (const h of h1s) {
    const hw = words(h);
    const score = metaWords.reduce((m, w) => Math.max(m, agreement(hw, w)), 0);
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  if (best && (bestScore >= MIN_H1_AGREEMENT || !metas.length)) {
    // An h1 set in capitals is styling, unless a metadata title is written in the same capitals.
    if (isAllCaps(best) && !metas.includes(best)) return metas.find((m) => agreement(words(best!), words(m)) >= MIN_H1_AGREEMENT) ?? best;
    return undamaged(best, metas);
  }
  // No metadata title agrees well: the page's own best headline still beats them, unless it is a
  // label or shares no word with them (menus and logos set in <h1>).
  if (best && bestScore >= MIN_FALLBACK_AGREEMENT && words(best).size >= MIN_HEADLINE_WORDS) return best;
  return metas[0] ? stripLabelSuffix(metas[0]) : best;
}

/**
 * An `<h1>` whose '?' stand for characters lost to a wrong encoding ("Event Planning? Beginner?
 * Guide"): a metadata title without '?' that has the same text around them is taken instead.
 */
function undamaged(h: string, metas: readonly string[]): string {
  if (!/\?.*\p{L}/u.test(h)) return h;
  const lost = new RegExp(
    `^${h
      .split("?")
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".{0,2}")}$`,
    "u",
  );
  return metas.find((m) => !m.includes("?") && lost.test(m)) ?? h;
}

/** Most words in a trailing " | Label" taken for a site or section name. */
const MAX_LABEL_WORDS = 4;

/**
 * A metadata title ends in an unknown site or section label more often than not
 * ("Homestead gardening grows | District"): a short last segment after "|", "–" or "—" is cut.
 */
function stripLabelSuffix(title: string): string {
  const m = /^(.{12,}?)\s(?:\||–|—)\s([^|–—]{2,40})$/.exec(title);
  return m && m[2]!.trim().split(/\s+/).length <= MAX_LABEL_WORDS ? m[1]!.trim() : title;
}
