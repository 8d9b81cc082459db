/**
 * Parts of printed and metadata titles that are not the headline: site names ("Title | Site",
 * "Site - Title"), section labels, and template furniture (dates, "Posted on … by …").
 */
import { MONTH_WORD } from "../../date-parse.js";
import { normKey } from "./text.js";

/** Separators between a title and a site name, longest first. */
export const SEPARATORS = [" :: ", " | ", " || ", " – ", " — ", " - ", " · ", " • ", " » ", " ~ ", " / ", ": "];
/** A site-name part has at most this many words. */
const MAX_SITE_WORDS = 6;

export function squash(s: string): string {
  return normKey(s).replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Second-level labels under a country code that are not the site's own name (bbc.co.uk). */
const GENERIC_SLD = new Set(["co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go", "gv"]);

/** The host's labels, without "www": ["news", "bbc", "co", "uk"]. */
function hostParts(url: string | undefined): string[] {
  const m = url ? /^[a-z][a-z0-9+.-]*:\/\/(?:www\d?\.)?([^/:?#]+)/i.exec(url) : null;
  return m ? m[1]!.toLowerCase().split(".").filter(Boolean) : [];
}

/** Index of the label a site registers: "bbc" in news.bbc.co.uk, "nytimes" in nytimes.com. */
function labelIndex(parts: readonly string[]): number {
  const n = parts.length;
  return n >= 3 && parts[n - 1]!.length === 2 && GENERIC_SLD.has(parts[n - 2]!) ? n - 3 : n - 2;
}

/** The label a site registers, letters and digits only: "nytimes", "bbc", "valleymail". */
export function siteLabel(url: string | undefined): string | undefined {
  const parts = hostParts(url);
  if (parts.length < 2) return undefined;
  return parts[labelIndex(parts)]!.replace(/[^a-z0-9]/g, "") || undefined;
}

/** The host run together, without its suffix, and its registered label: what a site name may spell. */
export function hostWords(url: string | undefined): string[] {
  const parts = hostParts(url);
  if (!parts.length) return [];
  const out = [parts.join("")];
  if (parts.length > 1) {
    const at = labelIndex(parts);
    out.push(parts.slice(0, at + 1).join(""), parts[at]!);
  }
  return out.filter((p) => p.length >= 3);
}

/**
 * Whether `part`'s first whole words spell `name` ("BBC News" leads with bbc, "Newsom signs" does
 * not lead with news).
 */
function leadsWith(part: string, name: string): boolean {
  let spelled = "";
  for (const w of normKey(part).split(/[^\p{L}\p{N}]+/u)) {
    spelled += w;
    if (spelled.length >= name.length) return spelled === name;
  }
  return false;
}

export function isSiteName(part: string, sites: readonly string[], hosts: readonly string[]): boolean {
  const key = squash(part);
  if (!key || part.trim().split(/\s+/).length > MAX_SITE_WORDS) return false;
  for (const s of sites) {
    const sk = squash(s);
    if (sk && (sk === key || (sk.length >= 4 && leadsWith(part, sk)) || (key.length >= 4 && sk.startsWith(key)))) return true;
  }
  return hosts.some((h) => h === key || (key.length >= 4 && h.startsWith(key)) || leadsWith(part, h));
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

/** An `<h1>` with fewer words is a label ("Planning") unless the metadata agrees with it. */
export const MIN_HEADLINE_WORDS = 3;

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

/**
 * An `<h1>` printed as "Headline | Section" (as the `<title>` often is): trailing "|" parts of
 * at most MAX_LABEL_WORDS words are cut.
 */
export function cutPipeTail(h: string): string {
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
export function cutDashTail(h: string, sites: readonly string[], hosts: readonly string[]): string {
  const m = /^(.+)\s([-–—])\s(.+)$/.exec(h);
  if (!m) return h;
  const head = m[1]!.trim();
  if (isSiteName(m[3]!, sites, hosts)) return head;
  const short = m[3]!.trim().split(/\s+/).length <= MAX_DASH_LABEL_WORDS && head.split(/\s+/).length >= MIN_HEADLINE_WORDS;
  return m[2] === "-" && short ? head : h;
}

/** Most words in a trailing " | Label" taken for a site or section name. */
const MAX_LABEL_WORDS = 4;

/**
 * A metadata title ends in an unknown site or section label more often than not
 * ("Homestead gardening grows | District"): a short last segment after "|", "–" or "—" is cut,
 * and after a spaced hyphen one as short as cutDashTail cuts from an `<h1>` ("… - Infographic").
 */
export function stripLabelSuffix(title: string): string {
  const m = /^(.{12,}?)\s(\||–|—|-)\s([^|–—]{2,40})$/.exec(title);
  if (!m) return title;
  const n = m[3]!.trim().split(/\s+/).length;
  return n <= (m[2] === "-" ? MAX_DASH_LABEL_WORDS : MAX_LABEL_WORDS) ? m[1]!.trim() : title;
}
