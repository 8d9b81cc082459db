/**
 * Bylines: cleaning a printed byline ("By Jane Roe and John Doe | March 27, 2019") and splitting
 * it into author names (people or named desks), never "By", dates or bare "Staff".
 */
import { findDates } from "./dates.js";
import { cleanText } from "./text.js";

/** Longest byline kept; longer text is a bio or a paragraph, not a byline. */
export const MAX_BYLINE_CHARS = 200;
/** Longest single author name, in words. */
const MAX_NAME_WORDS = 7;

const LEAD =
  /^(?:(?:written|posted|reported|reporting|words|story|text|article|published|compiled|edited|analysis|photos?|interview)\s+)?(?:by|von|par|por|door|di|av)\b\s*:?\s*/i;
const LABEL = /^(?:authors?|writers?|autor(?:in|en)?|auteur|byline|reporter|contributors?)\s*:\s*/i;
/** Words that end the byline proper: what follows is a date, a time or page furniture. */
const TAIL =
  /\s*(?:[|•·]|\s[-–—]\s|\b(?:updated|published|posted|last\s+(?:updated|modified)|on\s+(?=\w+\s+\d)|follow\b|e-?mail\b|twitter\b|read\s+more\b|view\s+all\b|more\s+from\b|\d+\s+min(?:ute)?s?\s+read\b|\d+\s+(?:hours?|days?|minutes?)\s+ago\b)).*$/i;
/** Pieces that are only credentials or job titles, not names. */
const CREDENTIAL =
  /^(?:(?:dr|mr|mrs|ms|prof|sr|jr|phd|ph\.d|md|m\.d|rd|rdn|ld|ms|ma|ba|bs|bsc|msc|mph|mba|cpa|cfp|dvm|vmd|rn|np|pa|do|esq|facp|faan|fand|cscs|lvt|vts|cpp|psp|e-ryt(?:\s*\d+)?|\(.*\))\.?\s*)+$/i;
const TITLE_WORDS = new Set([
  "senior", "staff", "chief", "deputy", "managing", "associate", "assistant", "contributing", "freelance",
  "special", "political", "business", "foreign", "science", "health", "technology", "tech", "sports", "news",
  "editor", "editors", "reporter", "reporters", "correspondent", "correspondents", "writer", "writers", "columnist",
  "contributor", "journalist", "producer", "photographer", "analyst", "director", "president", "ceo", "founder",
  "intern", "fellow", "the", "and", "of", "at", "for", "a", "an",
]);
/** Generic words that are no author on their own. */
const NOT_A_NAME = new Set([
  "by", "staff", "admin", "administrator", "editor", "editors", "author", "authors", "anonymous", "unknown", "guest",
  "contributor", "reporter", "writer", "team", "null", "undefined", "none", "n/a", "home", "news", "share",
]);

/** A printed byline cut to its names: prefixes ("By", "Author:"), dates and furniture removed. */
export function cleanByline(raw: string): string | undefined {
  let s = cleanText(raw);
  if (!s || s.length > MAX_BYLINE_CHARS * 3) return undefined;
  s = s.replace(LABEL, "").replace(LEAD, "").replace(LABEL, "");
  const date = findDates(s, 1)[0];
  if (date) s = s.slice(0, date.index);
  s = s
    .replace(TAIL, "")
    .replace(/\S+@\S+\.\w+/g, " ")
    .replace(/(?:^|\s)@\w+/g, " ")
    .replace(/\bhttps?:\/\/\S+/gi, " ")
    .replace(/[\s,;:|–—-]+$/, "")
    .replace(/^[\s,;:|–—-]+/, "")
    .replace(/\s+(?:on|at|in)$/i, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!s || s.length > MAX_BYLINE_CHARS || /^\W+$/.test(s)) return undefined;
  if (NOT_A_NAME.has(s.toLowerCase())) return undefined;
  return s;
}

function isTitleOnly(piece: string): boolean {
  const words = piece.toLowerCase().split(/\s+/);
  return words.every((w) => TITLE_WORDS.has(w.replace(/[.,]/g, "")));
}

/** A single name piece checked: not a credential, job title, date, URL or a sentence. */
function acceptName(piece: string): string | undefined {
  const s = piece.replace(/^(?:and|&)\s+/i, "").replace(/[\s.,;:]+$/, (m) => (m.startsWith(".") ? "." : "")).trim();
  if (!s || s.length < 2) return undefined;
  if (CREDENTIAL.test(s) || isTitleOnly(s) || NOT_A_NAME.has(s.toLowerCase())) return undefined;
  if (/^https?:|www\.|\d{3,}/i.test(s)) return undefined;
  if (s.split(/\s+/).length > MAX_NAME_WORDS) return undefined;
  if (!/\p{L}/u.test(s)) return undefined;
  return s;
}

/** Splits a cleaned byline into names: "A, B and C" → [A, B, C]; credentials and job titles dropped. */
export function splitAuthors(byline: string): string[] {
  const pieces = byline.split(/\s*(?:[,;]|\s&\s|\band\b|\bund\b|\bet\b|\by\b(?=\s+\p{Lu}))\s*/u);
  const out: string[] = [];
  for (const p of pieces) {
    const name = acceptName(p);
    if (name && !out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}

/** Author names from a list of raw values (JSON-LD names, meta tags): each cleaned and split. */
export function authorsFrom(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const b = cleanByline(v);
    if (!b) continue;
    for (const n of splitAuthors(b)) if (!out.some((o) => o.toLowerCase() === n.toLowerCase())) out.push(n);
  }
  return out;
}
