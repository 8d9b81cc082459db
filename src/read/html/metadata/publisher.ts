/**
 * Publisher choice: the name the site gives itself. JSON-LD's publisher and og:site_name usually
 * agree; where they do not, the one that names the page's host wins (a syndicated story's
 * "Associated Press" or a misfilled tagline against "The Gateway Pundit" on thegatewaypundit.com).
 * A stated name is cleaned first: a copyright sign, a dangling separator ("Acme |") and a tagline
 * after a separator ("Acme - news, views and more") are taken off. A stated name that still reads
 * as a phrase (long, with long lower-case words) gives way to the `<title>`'s site part ("… |
 * Tarkett", "… - The New York Times") when that names the host. A copyright notice
 * ("© 2024 Acme Media Ltd. All rights reserved.") says who owns the site, often a parent company:
 * its holder is the publisher only when nothing else names one.
 */
import { normKey } from "./text.js";
import { SEPARATORS } from "./title-parts.js";

/** Words a site name may carry that its address leaves out ("Ironhack Blog", "Yeti LLC"). */
const SKIPPABLE = new Set(["the", "of", "and", "for", "a", "on", "in"]);
/** A site name has at most this many words; longer parts are headlines or taglines. */
const MAX_NAME_WORDS = 6;
/** Characters read of a candidate name; a longer one is no site name and is not split into words. */
const MAX_NAME_CHARS = 120;

/**
 * Whether `name` spells `label`: word for word ("Washington Post" / washingtonpost), with a suffix
 * the address leaves out ("Ironhack Blog" / ironhack), cut short by the address ("Encore Realty" /
 * encorerealtysc), or with leading words as initials ("New York Times" / nytimes, "Wall Street
 * Journal" / wsj).
 */
export function namesLabel(name: string, label: string): boolean {
  if (name.length > MAX_NAME_CHARS) return false;
  // Host labels are ASCII: "Hommés Studio" spells hommes.
  const words = normKey(name)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (!words.length || words.length > MAX_NAME_WORDS || label.length < 3) return false;
  const whole = words.join("");
  const bare = words[0] === "the" ? words.slice(1).join("") : whole;
  for (const w of [whole, bare]) {
    if (w === label || (label.length >= 4 && w.startsWith(label)) || (w.length >= 5 && label.startsWith(w))) return true;
  }
  return spells(words, label);
}

/** Whether the words, each whole, as its initial, or (if a small word) left out, make `label`. */
function spells(words: readonly string[], label: string): boolean {
  // reach[i] holds the label positions reachable after the first i words.
  let reach = new Set([0]);
  for (const w of words) {
    const next = new Set<number>();
    for (const at of reach) {
      if (label.startsWith(w, at)) next.add(at + w.length);
      if (label[at] === w[0]) next.add(at + 1);
      if (SKIPPABLE.has(w)) next.add(at);
    }
    if (!next.size) return false;
    reach = next;
  }
  return reach.has(label.length);
}

/**
 * The part of `value` that names the host: an edge part between separators ("LinkNaija | Nigeria's
 * news platform", "Title - The New York Times"), else, for a site name, the whole value.
 */
function hostPart(value: string, label: string, whole: boolean): string | undefined {
  for (const sep of SEPARATORS) {
    const parts = value.split(sep);
    if (parts.length < 2) continue;
    const edge = [parts[parts.length - 1]!, parts[0]!].find((p) => namesLabel(p, label));
    if (edge) return edge.trim();
  }
  return whole && namesLabel(value, label) ? value.trim() : undefined;
}

/** A copyright notice: "Copyright …", "© …", "(c) …". */
const NOTICE = /^\s*(?:copyright\b|©|\(c\))/i;
/** Copyright wording and years ("Copyright", "©", "2009-2024", "All rights reserved"). */
const COPYRIGHT_WORDS = /\bcopyright\b|©|\(c\)|\ball rights reserved\b|\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\b/gi;
/** The end of a notice's first sentence: a full stop after a word, not an initial ("U.S."). */
const SENTENCE_END = /(?<=\p{L}\p{L})\.(?:\s|$)/u;
/** Separators and spaces left at either end of a name ("Acme |"). */
const LOOSE_ENDS = /^[\s|:–—·•»~/-]+|[\s|:–—·•»~/-]+$/g;

/** Whether a part reads as a name: a few words and no comma. */
function nameLike(v: string): boolean {
  return !v.includes(",") && v.split(/\s+/).length <= MAX_NAME_WORDS;
}

/**
 * Whether a stated name reads as a phrase: longer than a name, with a long lower-case word
 * ("OSSystem Blog about IT news, technology and design"). Long names are title-cased or joined
 * by small words ("Meals From the Heart Cafe in New Orleans Vegan Restaurant").
 */
function phrase(v: string): boolean {
  const words = v.split(/\s+/);
  return words.length > MAX_NAME_WORDS && words.some((w) => /^\p{Ll}{5,}/u.test(w));
}

/** A stated name without a copyright sign or separators left at its ends ("Acme |", "Acme©"). */
function tidy(value: string): string {
  return value.replace(/©/g, " ").replace(LOOSE_ENDS, "").replace(/\s+/g, " ");
}

/**
 * A name without the tagline after its separator: "Acme - exploring the outdoors", "Acme | Apps,
 * Web, Cloud", "Acme - Tales of Technology and the Human Spirit" are Acme; "Acme - Home Care" stays.
 */
function withoutTagline(v: string): string {
  const sep = SEPARATORS.find((s) => v.includes(s));
  const parts = sep ? v.split(sep) : [];
  if (parts.length !== 2) return v;
  const [name, tagline] = [parts[0]!.trim(), parts[1]!.trim()];
  return nameLike(name) && (/^\p{Ll}/u.test(tagline) || !nameLike(tagline)) ? name : v;
}

/** The holder a copyright notice names ("Copyright 2014 Acme Ltd. All rights reserved." → "Acme Ltd"), if a name. */
function holder(notice: string): string | undefined {
  const end = SENTENCE_END.exec(notice)?.index ?? notice.length;
  const h = tidy(notice.slice(0, end).replace(COPYRIGHT_WORDS, " "));
  return h && nameLike(h) ? h : undefined;
}

export interface PublisherCandidates {
  /** JSON-LD's publisher name. */
  jsonLd?: string;
  /** og:site_name, application-name and kin, in order of trust; a copyright notice among them. */
  siteMeta: readonly string[];
  /** The page's `<title>`. */
  title?: string;
}

/** `label`: the page host's registered label (`siteLabel`), when the page has an address. */
export function choosePublisher(c: PublisherCandidates, label: string | undefined): string | undefined {
  const stated = [c.jsonLd, ...c.siteMeta].filter((v): v is string => !!v);
  const given = stated
    .filter((v) => !NOTICE.test(v))
    .map(tidy)
    .filter(Boolean);
  const holders = stated.filter((v) => NOTICE.test(v)).flatMap((v) => holder(v) ?? []);
  if (label) {
    for (const v of [...given, ...holders]) {
      const part = hostPart(v, label, true);
      if (part) return part;
    }
  }
  const names = given.map(withoutTagline);
  // A title is a headline first: only a part set off by a separator can be the site's name.
  const titled = label && c.title ? hostPart(c.title, label, false) : undefined;
  return names.find((v) => !phrase(v)) ?? titled ?? names[0] ?? holders[0];
}
