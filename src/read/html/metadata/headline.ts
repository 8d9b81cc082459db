/**
 * Headline choice: the page's own `<h1>` when the metadata titles confirm it (an `<h2>`/`<h3>`
 * that repeats one when no `<h1>` does), else JSON-LD headline, og:title, twitter:title or
 * `<title>`, each with the site name cut off (see title-parts.ts).
 */
import { normKey } from "./text.js";
import {
  MIN_HEADLINE_WORDS,
  cutDashTail,
  cutPipeTail,
  hostWords,
  isSiteName,
  squash,
  stripLabelSuffix,
  stripSiteName,
  trimHeadline,
} from "./title-parts.js";

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

/**
 * "Machines" and "machine", "costs" and "cost" are one word to agreement: a metadata title often
 * rewords the printed one in the plural ("Best Espresso Machines" for "Top Espresso Machine").
 */
function singular(w: string): string {
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
}

function words(s: string): Set<string> {
  return new Set(
    normKey(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1)
      .map(singular),
  );
}

/**
 * Shared words over the smaller word set (0..1), scaled down when the `<h1>` is a short label
 * inside a much longer title ("Webcams" in "Webcams - Yosemite National Park"), and 0 when a
 * short one has a word the title lacks.
 */
function agreement(h1: Set<string>, title: Set<string>): number {
  if (!h1.size || !title.size) return 0;
  let n = 0;
  for (const w of h1) if (title.has(w)) n++;
  // A label-sized h1 ("Our Projects") counts only when the title has all its words.
  if (h1.size < MIN_HEADLINE_WORDS && n < h1.size) return 0;
  const score = n / Math.min(h1.size, title.size);
  return h1.size < MIN_HEADLINE_WORDS && title.size > 2 * h1.size ? (score * h1.size) / MIN_HEADLINE_WORDS : score;
}

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * An `<h1>` holding the site's name (the logo). One that only begins with the site's address
 * ("Austin Hardware Catalog" on austinhardware.example) is a headline when it has a few words.
 */
function isLogo(h: string, sites: readonly string[], hosts: readonly string[]): boolean {
  if (!isSiteName(h, sites, hosts)) return false;
  const key = squash(h);
  return words(h).size < MIN_HEADLINE_WORDS || [...sites.map(squash), ...hosts].includes(key);
}

/** An `<h1>` of more words is a standfirst set large, when the metadata offers a title. */
const MAX_HEADLINE_WORDS = 30;
/** Least word agreement with a metadata title for an `<h1>` to count as the headline. */
const MIN_H1_AGREEMENT = 0.5;
/** Least agreement for an `<h1>` that still wins when no `<h1>` reaches MIN_H1_AGREEMENT. */
const MIN_FALLBACK_AGREEMENT = 0.4;

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
    .filter((h) => h.length >= 2 && !isLogo(h, sites, hosts) && (!metas.length || h.split(/\s+/).length <= MAX_HEADLINE_WORDS));
  const metaKeys = new Set(metas.map(squash));
  const repeated = (h: string) => metaKeys.has(squash(h));
  if (!h1s.some(repeated)) {
    const sub = c.subheads?.map(trimHeadline).find(repeated);
    if (sub) return sub;
  }
  const metaWords = metas.map(words);
  let best: string | undefined;
  let bestScore = -1;
  // The first h1 the metadata confirms is the headline; a later one (related stories, "Next in
  // this guide") replaces it only when the metadata repeats all of its words.
  for (const h of h1s) {
    const hw = words(h);
    const score = metaWords.reduce((m, w) => Math.max(m, agreement(hw, w)), 0);
    if (score > bestScore && (bestScore < MIN_H1_AGREEMENT || score >= 1)) {
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
  const parts = h.split("?");
  return metas.find((m) => !m.includes("?") && fillsGaps(m, parts)) ?? h;
}

/** Line terminators, which no lost character stands for. */
const LINE_END = /[\n\r\u2028\u2029]/;

/**
 * Whether `m` is `parts` joined by gaps of 0 to 2 characters (code points, no line ends), one gap
 * per '?'. The positions reachable after each part are tracked, so it takes time polynomial in the
 * lengths; a regular expression of one `.{0,2}` per '?' backtracked exponentially on runs of '?'.
 */
function fillsGaps(m: string, parts: readonly string[]): boolean {
  let reach = m.startsWith(parts[0]!) ? [parts[0]!.length] : [];
  for (let i = 1; i < parts.length && reach.length > 0; i++) {
    const part = parts[i]!;
    const next = new Set<number>();
    for (let pos of reach) {
      for (let gap = 0; ; gap++) {
        if (m.startsWith(part, pos)) next.add(pos + part.length);
        if (gap === 2 || pos >= m.length || LINE_END.test(m[pos]!)) break;
        pos += m.codePointAt(pos)! > 0xffff ? 2 : 1;
      }
    }
    reach = [...next];
  }
  return reach.includes(m.length);
}
