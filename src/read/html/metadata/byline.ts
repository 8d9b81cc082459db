/**
 * Bylines: cleaning a printed byline ("By Jane Roe and John Doe | March 27, 2019") and splitting
 * it into author names (people or named desks), never "By", dates or bare "Staff".
 */
import { findDates, MONTH_WORD, WEEKDAY_WORD } from "../../date-parse.js";
import { isPlaceName } from "./places.js";
import { DESK_WORDS, JOB_NOUNS, NOT_A_NAME, PARTICLES, ROLE_NOUNS, ROLE_WORDS, TITLE_WORDS } from "./name-words.js";
import { cleanText } from "./text.js";

/** Longest byline kept; longer text is a bio or a paragraph, not a byline. */
const MAX_BYLINE_CHARS = 200;
/** A day and month without a year ("Jul 11"): a date, not a name. */
const PARTIAL_DATE = new RegExp(String.raw`^(?:${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD})$`, "i");
/** A byline with more lower-case words than this is prose. */
const MAX_LOWERCASE_WORDS = 5;
/** Longest single author name, in words. */
const MAX_NAME_WORDS = 7;

/** "By" in the languages whose dates are read: German, French, Spanish and Portuguese, Dutch, Danish. */
export const BY_WORDS: readonly string[] = ["by", "von", "par", "por", "door", "af"];
/** "By", "Written by", "From", Italian "di", Swedish and Norwegian "av" before the names. */
const LEAD = new RegExp(
  String.raw`^(?:(?:this\s+(?:post|article|story)\s+(?:was\s+)?)?(?:written|posted|reported|reporting|authored|words|story|text|articles?|posts?|published|compiled|edited|analysis|photos?|interview|recipe|reviewed|insights)\s+)?` +
    String.raw`(?:${[...BY_WORDS, "from", "di", "av"].join("|")})\b\s*:?\s*`,
  "i",
);
const LABEL =
  /^(?:(?:the\s+)?authors?(?:\s*\(s\))?|writers?|autor(?:in|en)?|auteur|byline|reporter|contributors?)(?:\s*:\s*|\s+(?=\p{Lu}))/iu;
/** An author link's "more by" wording: "View all posts by", "More articles from". */
const MORE_BY =
  /^(?:(?:view|see|read|browse)\s+)?(?:all|more)\s+(?:(?:posts?|articles?|stories|content|reviews?|news|work)\s+)?(?:by|from)\s+(?=\S)/i;
/** Words that end the byline proper: what follows is a date, a time or page furniture. */
const TAIL = new RegExp(
  String.raw`\s*(?:[|•·]|\s[-–—]\s|\b(?:updated|published|posted|last\s+(?:updated|modified)|on\s+(?=\w+\s+\d)|on\s+${WEEKDAY_WORD}\b|` +
    String.raw`\d+\s+comments?\b|more\s+about\b|on\s+behalf\s+of\b|author\s+posts\b|sponsored\b|[●»]|follow\b|e-?mail\b|twitter\b|read\s+more\b|view\s+all\b|more\s+from\b|\d+\s+min(?:ute)?s?\s+read\b|\d+\s+(?:hours?|days?|minutes?)\s+ago\b)).*$`,
  "i",
);
/**
 * A full stop after a word, not after an initial ("A. B. Roe") or an abbreviation ("Prof."), ends
 * the names: what follows is the outlet or a sentence ("Ann Lee. Harbour News").
 */
const SENTENCE_END = /(?<=\p{L}\p{Ll}{2})(?<!\b(?:Prof|Capt|Mrs|Rev|Hon|Gen|Col|Sgt|Gov|Sen|Rep|Inc|Ltd|Corp|Bros))\.\s+\p{Lu}.*$/u;
/** Pieces that are only credentials (post-nominals): kept with the name they follow. */
const CREDENTIAL =
  /^(?:(?:ph\.?\s?d|m\.?d|d\.?o|r\.?n|rdn?|ld|ms|ma|ba|bs|bsc|msc|mph|mba|mpa|cpa|cfa|cfp|chfc|clu|cepf|dvm|vmd|np|pa-?c|esq|jd|llm|edd|psyd|pharmd|dds|dmd|od|lcsw|lmft|lpc|cde|cdces|facp|faan|fand|faclm|foma|dabom|dacvb|cscs|lvt|vts|cpp|psp|pmp|pe|sr|jr|ii|iii|iv|e-ryt(?:\s*\d+)?|ryt(?:\s*\d+)?|\([^)]{1,40}\))\.?®?\s*)+$/i;
/** Words that announce a date, not a name ("Posted on", "Published:"). */
const DATE_LABEL = /^\s*(?:(?:posted|published|updated|last\s+updated|written|created)(?:\s+on)?|on)\s*:?\s*$/i;

/** A printed byline cut to its names: prefixes ("By", "Author:"), dates and furniture removed. */
export function cleanByline(raw: string): string | undefined {
  let s = cleanText(raw);
  if (!s || s.length > MAX_BYLINE_CHARS * 3) return undefined;
  // A label with nothing after it ("Jul 11 Written By") names no one.
  if (/\b(?:written|posted|authored)\s+by\s*:?\s*$/i.test(s)) return undefined;
  // "Jul 11 · Written by Ann Lee": what precedes an explicit "written by" is not the byline.
  const writtenBy = /\b(?:written|posted|authored|reported)\s+by\s*:?\s+(?=\S)/i.exec(s);
  if (writtenBy) s = s.slice(writtenBy.index + writtenBy[0].length);
  // The names come before the date ("Ann Lee, March 3, 2024"), or after it when only a label
  // leads it ("Dec. 19, 2025 · Ann Lee", "Posted on March 3, 2024 by Ann Lee").
  const date = findDates(s, 1)[0];
  if (date) {
    const before = s.slice(0, date.index);
    s = /\p{L}/u.test(before) && !DATE_LABEL.test(before) ? before : s.slice(date.index + date.length).replace(/^[\s|•·,;:–—-]+/, "");
  }
  s = s.replace(MORE_BY, "").replace(LABEL, "").replace(LEAD, "").replace(LABEL, "");
  s = s
    .replace(TAIL, "")
    .replace(SENTENCE_END, "")
    // An address, tried from the start of a word only (from every character it took cubic time).
    .replace(/(?<!\S)[^\s@]+@[^\s@]+\.\w+/g, " ")
    .replace(/(?:^|\s)@\w+/g, " ")
    .replace(/\bhttps?:\/\/\S+/gi, " ")
    .replace(/[\s,;:|–—-]+$/, "")
    .replace(/^[\s,;:|–—-]+/, "")
    .replace(/\s+(?:on|at|in)$/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!s || s.length > MAX_BYLINE_CHARS || /^\W+$/.test(s)) return undefined;
  // A credits list ("text: A, design: B, code: C") names contributors by task, not a byline.
  if ((s.match(/(?:^|[,;|]\s*)\p{L}+:\s/gu)?.length ?? 0) >= 2) return undefined;
  // Prose, not a byline: many lower-case words ("we call these short requests queries, and …").
  if ((s.match(/(?:^|\s)\p{Ll}{2,}/gu)?.length ?? 0) > MAX_LOWERCASE_WORDS) return undefined;
  if (NOT_A_NAME.has(s.toLowerCase()) || PARTIAL_DATE.test(s)) return undefined;
  return s;
}

function isTitleOnly(piece: string): boolean {
  const words = piece.toLowerCase().split(/\s+/);
  return words.every((w) => TITLE_WORDS.has(w.replace(/[.,]/g, "")));
}

/** Words of a name: capitalised, or particles, or (at the end) a desk word; a lone lower-case handle is allowed. */
function nameShaped(words: string[]): boolean {
  if (words.length === 1) return /^[\p{L}\p{N}][\p{L}\p{N}._'’-]{0,39}$/u.test(words[0]!) && /\p{L}/u.test(words[0]!);
  const desk = DESK_WORDS.has(words[words.length - 1]!.toLowerCase());
  return words.every(
    (w, i) =>
      (i === 0 && desk && w.toLowerCase() === "the") ||
      /^[\p{Lu}\p{N}("“]/u.test(w) ||
      PARTICLES.has(w.toLowerCase()) ||
      (i === words.length - 1 && DESK_WORDS.has(w.toLowerCase())) ||
      /^\p{Lu}/u.test(w.replace(/^[^\p{L}]+/u, "")),
  );
}

/**
 * "Ann Lee For The Mail", "Ann Lee for Harbour News": two or three capitalised words, then the
 * publication the person wrote for, which is not part of the name.
 */
const FOR_PUBLICATION = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,2}\p{Lu}[\p{L}'’.-]*)\s+[Ff]or\s+(?=\p{Lu})/u;
/** Words that make such a head an organisation's name ("National Center for Health Statistics"). */
const ORG_HEAD =
  /\b(?:center|centre|institute|association|society|council|committee|foundation|campaign|alliance|coalition|office|department|agency|bureau|fund|network|partnership|project|school|college|university|league|union|board|commission|group)\b/i;

/** An organisation's name up to an "of" or "for" ("Center for Drug Evaluation"): an "and" after it is inside the name. */
const ORG_OF = new RegExp(String.raw`${ORG_HEAD.source}\s+(?:for|of|on)\s+\S`, "i");

/** A single name piece checked: not a job title, date, URL, credit or a sentence; job descriptions cut off. */
function acceptName(piece: string, strict: boolean): string | undefined {
  let s = piece
    .replace(/^(?:and|&)\s+/i, "")
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, "")
    .replace(/[\s.,;:]+$/, (m) => (m.startsWith(".") ? "." : ""))
    .trim();
  if (!s || s.length < 2) return undefined;
  if (isTitleOnly(s) || NOT_A_NAME.has(s.toLowerCase())) return undefined;
  if (/^https?:|www\.|\d{3,}|\/|:|\?|^courtesy\b|\bon\s+(?:facebook|twitter|instagram|linkedin|x|bluesky|threads)$/i.test(s)) {
    return undefined;
  }
  const forPublication = FOR_PUBLICATION.exec(s);
  if (forPublication && !ORG_HEAD.test(forPublication[1]!)) s = forPublication[1]!;
  let words = s.split(/\s+/);
  // A role word after the name ("Ann Lee Former Consultant"); as the last of three words it is
  // more often part of a pen name ("Luxury Travel Expert").
  const role = words.findIndex((w, i) => i >= 2 && ROLE_WORDS.has(w.toLowerCase()) && (i < words.length - 1 || i >= 3));
  if (role > 0) words = words.slice(0, role);
  if (words.length > MAX_NAME_WORDS || (strict && !nameShaped(words))) return undefined;
  s = words.join(" ");
  if (!/\p{L}/u.test(s) || NOT_A_NAME.has(s.toLowerCase())) return undefined;
  return s;
}

/**
 * Splits a cleaned byline into names: "A, B and C" → [A, B, C]. Post-nominals stay with their
 * name ("Ann Lee, MD, PhD"); job titles ("Senior Editor") are dropped.
 */
export function splitAuthors(byline: string, strict = true): string[] {
  // Separators kept (odd indices) to tell "A, B" from a role's own "and": "Head of Sales and Marketing".
  const pieces = byline.split(/(\s*(?:[,;]|\s[&/]\s|\b[Aa][Nn][Dd]\b|\bwith\b|\bund\b|\bet\b|\by\b(?=\s+\p{Lu}))\s*)/u);
  // "Center for Drug Evaluation and Research": one organisation (the next "and" joins authors again).
  for (let i = 2; i < pieces.length; i += 2) {
    if (/^\s*(?:and|&)\s*$/i.test(pieces[i - 1]!) && ORG_OF.test(pieces[i - 2]!))
      pieces.splice(i - 2, 3, pieces[i - 2]! + pieces[i - 1]! + pieces[i]!);
  }
  const out: string[] = [];
  let inRole = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const p = pieces[i]!;
    const joinedByAnd = i > 0 && /^\s*(?:&|and|with|und|et|y)\s*$/i.test(pieces[i - 1]!);
    if (CREDENTIAL.test(p.trim())) {
      if (out.length) out[out.length - 1] += `, ${p.trim()}`;
      continue;
    }
    if (inRole && joinedByAnd) continue;
    // "Ann Lee, Print Managing Editor": a piece after a name that ends in a job noun is her job;
    // "Ann Lee, The Gazette": one that starts with "The" is where she works (no name does).
    if (out.length && (endsInJob(p) || /^\s*the\s/i.test(p))) {
      inRole = true;
      continue;
    }
    const name = acceptName(p.replace(ROLE_IN_BRACKETS, ""), strict);
    inRole = !name && out.length > 0 && isRoleDescription(p);
    if (name && !out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}

/** Honorifics that one source prints and another leaves out ("Dr Ann Lee" / "Ann Lee"). */
const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame|rev)\.?\s+/i;

/** A name reduced for matching across sources: case, honorific and post-nominals ignored. */
export function nameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(HONORIFIC, "").split(",")[0]!.replace(/\s+/g, " ").trim();
}

/**
 * Whether `other` credits everyone in `chosen` and more: one source (often JSON-LD or a meta tag)
 * names only the first of several co-authors that another prints.
 */
export function creditsMore(chosen: readonly string[], other: readonly string[]): boolean {
  if (other.length <= chosen.length || !chosen.length) return false;
  const keys = new Set(other.map(nameKey));
  return chosen.every((n) => keys.has(nameKey(n)));
}

/** A job in brackets after a name: "Ann Lee (Senior Reporter)". */
const ROLE_IN_BRACKETS =
  /\s*\((?:[^()]{0,40}\s)?(?:editor|reporter|writer|correspondent|columnist|contributor|producer|photographer|journalist|intern|director|manager|analyst)s?\)\s*$/i;

/** What follows a job noun in a compound title: "Editor-at-large", "Editor-in-Chief". */
const JOB_SUFFIX = /-(?:at-large|in-chief)$/;

/** Whether a piece of at most a few words ends in a job noun ("CNN Editor-at-large", "Dietitian"). */
function endsInJob(piece: string): boolean {
  const words = piece.trim().toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!.replace(/[.,;:]+$/, "").replace(JOB_SUFFIX, "");
  return words.length <= 5 && (JOB_NOUNS.has(last) || ROLE_NOUNS.has(last));
}

/** A job description after a name ("Head of Marketing", "Trial Attorney at Acme"). */
function isRoleDescription(piece: string): boolean {
  const words = piece.trim().toLowerCase().split(/\s+/);
  return words.length <= 8 && words.some((w) => ROLE_WORDS.has(w) || ROLE_NOUNS.has(w));
}

/**
 * A place after a comma at the end of a byline of several names is where it was filed from
 * ("Reuters, Washington"); after "and" it is more likely a first name ("Ann Lee and Charlotte").
 */
function endsWithPlace(byline: string, names: readonly string[]): boolean {
  const last = names[names.length - 1];
  if (names.length < 2 || !last) return false;
  const before = byline.slice(0, byline.toLowerCase().lastIndexOf(last.toLowerCase())).trimEnd();
  return before.endsWith(",") && isPlaceName(last);
}

/** Raw author values read at most (a paper's citation_author tags run to a hundred or so). */
const MAX_AUTHOR_VALUES = 200;

/**
 * Author names from a list of raw values, each cleaned and split. `strict` (for text read off the
 * page) also requires names to be shaped like names; structured metadata (JSON-LD, meta tags)
 * is trusted to hold names, lower-case ones included.
 */
export function authorsFrom(values: readonly string[], strict = true): string[] {
  const out: string[] = [];
  for (const v of values.slice(0, MAX_AUTHOR_VALUES)) {
    const b = cleanByline(v);
    if (!b) continue;
    const names = splitAuthors(b, strict);
    if (endsWithPlace(b, names)) names.pop();
    for (const n of names) if (!out.some((o) => o.toLowerCase() === n.toLowerCase())) out.push(n);
  }
  return out;
}
