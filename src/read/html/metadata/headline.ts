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
  title?: string;
}

/** Picks the headline; `sites` are known site names and `url` the page address (its host is a site name too). */
export function chooseHeadline(c: HeadlineCandidates, sites: readonly string[], url?: string): string | undefined {
  const metas = [c.og, c.jsonLd, c.twitter, c.itemprop, c.title]
    .filter((x): x is string => !!x)
    .map((x) => stripSiteName(x, sites, url));
  const metaKeys = metas.map(normKey);
  for (const h of c.h1s) {
    const k = normKey(h);
    if (k.length > 3 && metaKeys.some((m) => m === k || (m.startsWith(k) && k.length >= m.length * 0.6))) return h;
  }
  return metas[0] ?? c.h1s[0];
}
