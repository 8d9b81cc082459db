import type { EntityType } from "../../model/record.js";
import { isUpper, type GazEntry, type Knowledge } from "../../knowledge/index.js";
import type { NerSpan } from "./tagger/types.js";
import { generationalName, monarchName, throughSuffix } from "./regnal.js";
import { articleOpens, keyOf, looksLikeName, oneLine, wordRange, type Doc } from "./regions.js";
import { HONORIFICS, titleAt } from "./titles.js";
import { marketIndexEnd } from "./markets.js";
import { throughArticle, throughInitial } from "./name-edges.js";
import { datelinePlace, partyHome, placeBeforeState } from "./place-context.js";
import { splitCompanyLists, withLegalForm, withoutLegalForm, withSchool } from "./corporate.js";

/** A name mention over words [a, b) of the doc, typed, maybe resolved to a gazetteer entry. */
export interface Mention {
  a: number;
  b: number;
  type: EntityType;
  entry?: GazEntry;
  /** The tagger's score for its span (absent for gazetteer hits). */
  score?: number;
  /** For a company named with its legal form ("Tesla Inc"), where the name ends without it. */
  base?: number;
  /** The tagger read the span as a person's name, whatever type the gazetteer gave it ("Jordan" of Neil Jordan). */
  taggedPerson?: boolean;
  /**
   * The words around it say it is a place: the story's dateline ("WIGAN, England"), a comma and a state
   * after it ("Warren, Michigan,"), or it is an unsure mention of the same word as such a place.
   */
  placed?: boolean;
}

/** Cities large enough to be proposed as entities without the tagger; smaller ones only type its spans. */
export const MIN_PROPOSED_CITY = 1_000_000;
/** Below this tagger score a one-word name opening a headline needs support from elsewhere in the article. */
export const LOW_SCORE = 0.5;
/** From this tagger score a name in an ALL-CAPS or Title-Case line stands without support from prose. */
export const SURE_SCORE = LOW_SCORE;
/** Words that are times, page furniture or time zones, never entities on their own. */
const STOP = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "september",
  "october",
  "november",
  "december",
  "today",
  "yesterday",
  "tomorrow",
  "ist",
  "gmt",
  "am",
  "pm",
  "utc",
  "est",
  "edt",
  "pst",
  "pdt",
  "cet",
  "cest",
  "bst",
  "jst",
  "kst",
  "aest",
  "photo",
  "file",
  "updated",
  "updated date",
  "published",
  "advertisement",
  "read more",
  "also read",
  "watch",
  // pronouns and interjections a tagger may take for names at a sentence start
  "i",
  "you",
  "we",
  "they",
  "he",
  "she",
  "it",
  "hey",
  "oh",
  "yes",
  "no",
  "ok",
  "okay",
  "well",
  "please",
  "thanks",
  "hello",
  "hi",
  "sir",
  "madam",
]);
/** Determiners and pronouns are never the start of a name ("These Black voters", "you're Black"). */
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "these",
  "those",
  "this",
  "that",
  "our",
  "their",
  "his",
  "her",
  "its",
  "my",
  "your",
  "you're",
  "we're",
  "they're",
  "i'm",
  "it's",
  "every",
  "some",
  "any",
  "no",
]);
const GEO_HEAD =
  /^(sea|ocean|river|mountains?|mount|valley|gulf|strait|straits|peninsula|islands?|lake|desert|basin|coast|bay|region|canal|plateau|range|street|avenue|road|lane|boulevard|highway|square|house|palace|bridge|airport|station|park|harbou?r|border|hills?|forest|falls|hemisphere|gardens?|lawn|center|centre|capitol|kremlin|hospital|stadium|arena|museum|cathedral|church|mosque|temple|prison|jail|hotel)$/;
/** A story or product code ("L1N2DO1NW", Reuters' links): letters and digits mixed, digits in two places or more. */
const CODE = /^(?=[A-Z0-9]{7,}$)[A-Z]*\d+[A-Z]+\d+/;
const MONTH =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)$/;
const DATE_PREPOSITIONS = new Set(["on", "in", "since", "until", "by", "from", "before", "after"]);
/** Last words of the names of laws, treaties and other documents. */
const DOCUMENT_HEAD = /^(act|treaty|accords?|agreement|amendment|doctrine|constitution|convention|protocol|charter)$/;
/** Words that start a sentence but never a name: "Like Trump, ..." is the name "Trump". */
const NOT_NAME_START = new Set([
  "like",
  "unlike",
  "as",
  "but",
  "and",
  "or",
  "if",
  "when",
  "while",
  "after",
  "before",
  "with",
  "without",
  "for",
  "despite",
  "since",
  "although",
  "though",
  "so",
  "then",
  "now",
  "yet",
  "also",
  "still",
  "even",
  "only",
  "just",
  "meanwhile",
  "however",
  "thus",
  "because",
  "under",
  "during",
  "in",
  "on",
  "at",
  "by",
  "from",
  "to",
  "of",
  "asked",
  "says",
  "said",
  "dear",
  "thanks",
  "welcome",
  "both",
  "neither",
  "either",
  "every",
  "each",
  "some",
  "many",
  "most",
  "several",
  // "Four Minneapolis police officers"
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "dozens",
  "hundreds",
  "thousands",
]);
/** Party words that go before a politician's name and are never a given name ("Republican Trump"; "Christian Bale" is a name). */
const PARTY_WORDS = new Set(["republican", "democrat", "democratic", "conservative", "socialist", "communist"]);
/** Lower-case words that may end a name ("Hizb ut-Tahrir", "Jr" is capitalised anyway). */
const PARTICLES = new Set(["al", "el", "ul", "ud", "bin", "ibn", "de", "da", "di", "van", "von", "der"]);
/** Entry kinds each entity type can resolve to: a tagger PERSON is no city even when the name is one. */
const KINDS_OF: Record<EntityType, readonly string[]> = {
  PERSON: ["person"],
  ORG: ["org"],
  GPE: ["country", "city", "state"],
  LOC: ["region"],
  NORP: ["demonym", "group"],
  MISC: ["event"],
};
/** Masthead words a newspaper goes by alone, after "the" ("the Herald", "the Tribune"). */
const MASTHEADS = new Set([
  "herald",
  "tribune",
  "gazette",
  "chronicle",
  "telegraph",
  "guardian",
  "observer",
  "examiner",
  "inquirer",
  "globe",
  "courier",
  "bulletin",
]);
const GROUP_SUFFIX = /(ans|ians|ese|ish|ists|ites|is)$/;

function typeOf(doc: Doc, a: number, b: number, tagged: NerSpan["type"] | undefined, entry: GazEntry | undefined): EntityType {
  if (entry) {
    switch (entry.kind) {
      case "country":
        return "GPE";
      case "region":
        return "LOC";
      case "demonym":
      case "group":
        return "NORP";
      case "event":
        return "MISC";
      case "org":
        return "ORG";
      case "person":
        // A known full name ("Bashar al-Assad") is the person; one word ("Jordan") may be anything.
        return tagged && tagged !== "PER" && b - a < 2 ? fromTag(doc, a, b, tagged) : "PERSON";
      case "city":
      case "state":
        return tagged === "PER" || tagged === "ORG" ? fromTag(doc, a, b, tagged) : "GPE";
    }
  }
  return fromTag(doc, a, b, tagged ?? "MISC");
}

function fromTag(doc: Doc, a: number, b: number, tagged: NerSpan["type"]): EntityType {
  // "the Logan Act", "the Paris Agreement", "the Constitution" name documents, whatever the tagger took them for.
  const last = doc.words[b - 1]!.key;
  if (DOCUMENT_HEAD.test(last) && (b - a > 1 || last === "constitution")) return "MISC";
  // "Earth Day", "Labor Day": days named for something are events, as in CoNLL.
  if (last === "day" && b - a > 1) return "MISC";
  // "told the Herald": a newspaper named by its masthead word alone.
  if (b - a === 1 && a > 0 && doc.words[a - 1]!.key === "the" && MASTHEADS.has(last)) return "ORG";
  // "Kennedy School", "Riverside University", "Players Association", "Edison Research": schools, associations and firms are
  // organisations, whoever they are named for.
  if (
    b - a > 1 &&
    /^(school|college|university|academy|association|federation|corporation|institute|research|holdings|partners|associates)$/.test(last) &&
    START_CAPITAL.test(doc.words[b - 1]!.text)
  )
    return "ORG";
  switch (tagged) {
    case "PER":
      return "PERSON";
    case "ORG":
      return "ORG";
    case "LOC":
      // A GPE unless its head says otherwise ("Gulf of Aden", "Elmhurst Hospital"; "Ocean City" is a city).
      if (/^(city|town|village)$/.test(last)) return "GPE";
      return GEO_HEAD.test(last) || GEO_HEAD.test(doc.words[a]!.key) ? "LOC" : "GPE";
    case "MISC": {
      // An unknown group name ("Tigrayans"): one word, demonym-like ending, not a common noun at a sentence start.
      const w = doc.words[a]!;
      const group = b - a === 1 && GROUP_SUFFIX.test(w.key) && /^\p{L}+$/u.test(w.text) && !doc.initial[a] && !doc.lowerKeys.has(w.key);
      return group ? "NORP" : "MISC";
    }
  }
}

const START_CAPITAL = /^\p{Lu}/u;
/** An acronym entry needs upper-case text; two-letter acronyms need dots in ALL-CAPS lines ("US" there may be "us"). */
function caseFits(doc: Doc, a: number, b: number, acronym: boolean): boolean {
  if (!acronym) return looksLikeName(doc, a, b);
  const t = doc.words[a]!.text;
  if (!isUpper(t)) return false;
  return doc.regions[doc.regionOf[a]!]!.style !== "upper" || t.length > 2 || t.includes(".");
}

/** Gazetteer hits over the doc: longest first, left to right, not overlapping, in name-like case. */
function gazetteerHits(doc: Doc, k: Knowledge): Mention[] {
  const hits: Mention[] = [];
  const n = doc.words.length;
  for (let i = 0; i < n; i++) {
    // Names start with a capital (or sit in an ALL-CAPS line): most words need no lookup.
    if (!START_CAPITAL.test(doc.words[i]!.text) && doc.regions[doc.regionOf[i]!]!.style !== "upper" && !articleOpens(doc, i)) continue;
    const m = k.gazetteer.matchAt(doc.words, i);
    if (!m) continue;
    const b = i + m.words;
    if (doc.regionOf[i] !== doc.regionOf[b - 1] || !oneLine(doc, i, b) || !caseFits(doc, i, b, m.phrase.acronym)) continue;
    hits.push({ a: i, b, type: typeOf(doc, i, b, undefined, m.phrase.entry), entry: m.phrase.entry });
    i = b - 1;
  }
  return hits;
}

/**
 * "The" belongs to a name the gazetteer knows with it (The Hague, THE HAGUE, The Gambia), and to the
 * name of a place or a work the tagger read with a capital "The" inside a sentence ("at The Oval", 'the
 * film "The Crying Game"'); organisations go without it, so "The Washington Post" is the Washington Post.
 */
function articleInName(doc: Doc, a: number, b: number, type: NerSpan["type"], k: Knowledge): boolean {
  if (b - a < 2) return false;
  if (k.gazetteer.lookup(keyOf(doc, a, b))) return true;
  return (
    (type === "LOC" || type === "MISC") &&
    doc.words[a]!.text === "The" &&
    !doc.initial[a] &&
    doc.regions[doc.regionOf[a]!]!.style === "normal" &&
    !k.gazetteer.lookup(keyOf(doc, a + 1, b))
  );
}

/** Narrows a tagger span to the name: no article, courtesy title, office title or possessive. */
function trim(doc: Doc, a: number, b: number, type: NerSpan["type"], k: Knowledge): [number, number] {
  const w = doc.words;
  const normal = doc.regions[doc.regionOf[a]!]!.style === "normal";
  const initial = (i: number) => /^\p{Lu}$/u.test(w[i]!.text) && i + 1 < b && w[i + 1]!.text === "." && w[i + 1]!.start === w[i]!.end;
  for (;;) {
    if (a >= b || initial(a)) break;
    const key = w[a]!.key;
    if (key === "the" && articleInName(doc, a, b, type, k)) break;
    if (DETERMINERS.has(key) || /^\P{L}+$/u.test(w[a]!.text)) {
      a++;
      continue;
    }
    // "Hurricane Maria": the storm's name is Maria.
    if (STORM.test(key) && b - a > 1 && START_CAPITAL.test(w[a]!.text)) {
      a++;
      continue;
    }
    // "11:54 A.M. Comey": a clock time's A.M. or P.M. opens no name.
    if (/^[ap]\.?m\.?$/i.test(w[a]!.text) && a > 0 && /\d$/.test(w[a - 1]!.text) && a + 1 < b) {
      a += w[a + 1]!.text === "." && w[a + 1]!.start === w[a]!.end ? 2 : 1;
      continue;
    }
    if (HONORIFICS.has(key)) {
      a += a + 1 < b && w[a + 1]!.text === "." ? 2 : 1;
      continue;
    }
    // "30-year Treasury": names start with a capital (or a particle: "de Silva", "al-Sadr").
    if (
      normal &&
      b - a > 1 &&
      /^\p{Ll}/u.test(w[a]!.text) &&
      !PARTICLES.has(key) &&
      w.slice(a + 1, b).some((x) => START_CAPITAL.test(x.text))
    ) {
      a++;
      continue;
    }
    if (type === "PER") {
      const t = titleAt(w, a, b);
      if (t && t.b < b) {
        a = t.b;
        continue;
      }
      const g = k.gazetteer.matchAt(w, a);
      const kind = g?.phrase.entry.kind;
      // "Japanese Prime Minister Fumio Kishida", but "Chad Curtis" is a name.
      if (g && a + g.words < b && (kind === "demonym" || kind === "country") && titleAt(w, a + g.words, b)) {
        a += g.words;
        continue;
      }
      // "Republican Trump", "Democrat Hillary Clinton": a party or group word before a name is not part of it.
      if (g && kind === "group" && PARTY_WORDS.has(w[a]!.key) && a + g.words < b && START_CAPITAL.test(w[a + g.words]!.text)) {
        a += g.words;
        continue;
      }
    }
    break;
  }
  if (b - a > 1 && doc.initial[a] && NOT_NAME_START.has(w[a]!.key)) a++;
  // Names end in a capitalised word (or a hyphenated part: "Ban Ki-moon"), never in "wouldn't".
  for (;;) {
    if (b <= a) break;
    const t = w[b - 1]!.text;
    // "House on Dec.", "Iowa Caucuses on Feb.": a date run into the name.
    const month = t === "." && b - 2 > a ? b - 2 : b - 1;
    if (month - 1 > a && MONTH.test(w[month]!.key) && DATE_PREPOSITIONS.has(w[month - 1]!.key)) {
      b = month - 1;
      continue;
    }
    // "Inc.", "Calif.", "Jr.": an abbreviation keeps its dot.
    if (t === "." && b - 2 >= a && w[b - 1]!.start === w[b - 2]!.end && /^\p{Lu}\p{L}{0,4}$/u.test(w[b - 2]!.text)) break;
    if (t === ")" && w.slice(a, b).some((x) => x.text === "(")) break;
    if (w[b - 1]!.key === "'s" || /^[^\p{L}\p{N}]+$/u.test(t)) {
      b--;
      continue;
    }
    if (b - a > 1 && normal && /^\p{Ll}/u.test(t) && !PARTICLES.has(w[b - 1]!.key) && START_CAPITAL.test(w[a]!.text)) {
      // "Washington-backed", "U.S.-led" name a place; "Ban Ki-moon" is a person's name.
      if (w[b - 2]!.text !== "-") {
        b--;
        continue;
      }
      if (type !== "PER" && b - a > 2) {
        b -= 2;
        continue;
      }
    }
    break;
  }
  // What is left must be a name: more than one character.
  return b - a === 1 && w[a]!.text.length < 2 ? [a, a] : [a, b];
}

/** Longest name, in words: "Office of the United Nations High Commissioner for Human Rights" has 10. */
const MAX_MENTION_WORDS = 16;

/**
 * The name mentions of a doc: tagger spans, typed and resolved through the gazetteer, plus gazetteer
 * hits the tagger missed (countries, demonyms, regions, organisations, large cities, known people).
 */
export function findMentions(doc: Doc, spans: readonly NerSpan[], k: Knowledge): Mention[] {
  const hits = gazetteerHits(doc, k);
  const used = new Uint8Array(hits.length);
  const out: Mention[] = [];
  // Gazetteer hits by their first word, for overlap checks.
  const hitAt = new Int32Array(doc.words.length).fill(-1);
  hits.forEach((h, i) => {
    for (let j = h.a; j < h.b; j++) hitAt[j] = i;
  });
  let lastEnd = 0;
  /** Keeps a mention: the gazetteer hits over its words are spent, and no later span may start inside it. */
  const take = (m: Mention) => {
    for (let j = m.a; j < m.b; j++) if (hitAt[j]! >= 0) used[hitAt[j]!] = 1;
    lastEnd = Math.max(lastEnd, m.b);
    out.push(m);
  };
  for (const s of joinSplitNames(doc, splitCompanyLists(doc.text, spans), k)) {
    const r = wordRange(doc, s.start, s.end);
    if (!r) continue;
    // "(R-Charlotte)", ", D-Calif.,": a legislator's party and home, the place alone is the name.
    const home = partyHome(doc, r[0]);
    if (home > r[0]) r[0] = home;
    const inState = placeBeforeState(doc, r[0], r[1], s.type, k);
    const type = home >= 0 || inState ? "LOC" : monarchName(doc, r[0], r[1]) || generationalName(doc, r[0], r[1]) ? "PER" : s.type;
    let [a, b] = trim(doc, r[0], r[1], type, k);
    // A run of capitalised words longer than any name (a line of repeated names, a title in capitals).
    if (a >= b || a < lastEnd || b - a > MAX_MENTION_WORDS) continue;
    const index = marketIndexEnd(doc, a, b);
    if (index > 0) {
      take({ a, b: index, type: "MISC", score: s.score });
      continue;
    }
    if (type === "PER") b = throughSuffix(doc, a, throughArticle(doc, a, throughInitial(doc, a, b)));
    if (type === "ORG") b = withLegalForm(doc, a, b);
    const school = withSchool(doc, a, b);
    if (school > b) {
      take({ a, b: school, type: "ORG", score: s.score });
      continue;
    }
    // "Calif" + ".", "Moody" + "'s": a known name takes back the dot or the 's the tagger left off (after a
    // person "'s" stays a possessive: "Wendy's husband").
    const tail = b < doc.words.length && doc.words[b]!.start === doc.words[b - 1]!.end ? doc.words[b]!.key : undefined;
    if ((tail === "." || (tail === "'s" && type !== "PER")) && k.gazetteer.lookup(`${keyOf(doc, a, b)} ${tail}`)) b++;
    lastEnd = b;
    const key = keyOf(doc, a, b);
    if (STOP.has(key) || (b - a === 1 && CODE.test(doc.words[a]!.text))) continue;
    const region = doc.regions[doc.regionOf[a]!]!;
    // A one-word name has a capital letter ("bank" is no name; "interior ministry" may be one).
    if (b - a === 1 && region.style === "normal" && !/\p{Lu}/u.test(doc.words[a]!.text)) continue;
    // "Additionally, ...": a one-word guess opening a sentence before a comma, never capitalised mid-sentence
    // (an ALL-CAPS word there is a dateline's place or an acronym: "KHASAVYURT, Russia").
    if (
      b - a === 1 &&
      doc.initial[a] &&
      !isUpper(doc.words[a]!.text) &&
      b < doc.words.length &&
      doc.words[b]!.text === "," &&
      !doc.midCapKeys.has(key) &&
      !k.gazetteer.lookup(key)
    )
      continue;
    // An unsure one-word guess opening a headline ("Heatwave pushes ...") stands only if the word is a name elsewhere.
    if (
      b - a === 1 &&
      region.role === "headline" &&
      doc.initial[a] &&
      s.score < LOW_SCORE &&
      !doc.midCapKeys.has(key) &&
      !k.gazetteer.lookup(key)
    )
      continue;
    // A bare title ("Col.", "President") names nobody.
    const bare = titleAt(doc.words, a, b);
    if (bare && bare.b >= b - (doc.words[b - 1]!.text === "." ? 1 : 0)) continue;
    if (b - a === 1 && doc.initial[a] && doc.lowerKeys.has(key)) continue;
    // A gazetteer hit holding the span ("Bosnia" of "Bosnia and Herzegovina") is the name, unless a city or state.
    let containing: Mention | undefined;
    for (let j = a; j < b; j++) {
      const h = hitAt[j]!;
      const hit = h < 0 || used[h] ? undefined : hits[h]!;
      if (hit && hit.a <= a && hit.b >= b && (hit.a < a || hit.b > b)) containing = hit;
    }
    if (containing && containing.entry!.kind !== "city" && containing.entry!.kind !== "state") {
      take(containing);
      continue;
    }
    if (stormBefore(doc, a)) {
      take({ a, b, type: "MISC", score: s.score });
      continue;
    }
    // "Apple Inc" is Apple: the name without its legal form is looked up and clustered.
    const base = type === "ORG" ? withoutLegalForm(doc, a, b) : b;
    const phrase = k.gazetteer.lookup(key) ?? (base < b ? k.gazetteer.lookup(keyOf(doc, a, base)) : undefined);
    const entry = phrase && caseFits(doc, a, base, phrase.acronym) ? phrase.entry : undefined;
    // "Mr. Trump", "Dr. Jordan", "the Obama administration": a person, whatever the tagger says.
    const addressed = courtesyBefore(doc, a) || (b - a === 1 && !entry && leaderOf(doc, b));
    const dateline = !addressed && datelinePlace(doc, a, b);
    const tagged = addressed ? "PER" : dateline ? "LOC" : type;
    const m: Mention = { a, b, type: addressed ? "PERSON" : typeOf(doc, a, b, tagged, entry), score: s.score };
    if (base < b) m.base = base;
    if (tagged === "PER" && m.type !== "PERSON") m.taggedPerson = true;
    if (dateline || inState) m.placed = true;
    if (entry && KINDS_OF[m.type].includes(entry.kind)) m.entry = entry;
    take(m);
  }
  hits.forEach((h, i) => {
    if (used[i] || !proposable(doc, h)) return;
    out.push(h);
  });
  return out.sort((x, y) => x.a - y.a || y.b - x.b);
}

/** "the Trump administration", "the Biden campaign": what a leader's one-word name comes before. */
const LED = new Set(["administration", "campaign", "presidency"]);
const leaderOf = (doc: Doc, b: number) =>
  !/(ian|ese|ish)$/.test(doc.words[b - 1]!.key) &&
  b < doc.words.length &&
  LED.has(doc.words[b]!.text) &&
  doc.regionOf[b] === doc.regionOf[b - 1];

/** Words that name a storm ("Hurricane Maria", "Tropical Storm Ana", "Typhoon Hagibis"). */
const STORM = /^(hurricane|typhoon|cyclone|storm)$/;
/** Word i follows a capitalised storm word: the name is a storm's, MISC as in CoNLL-2003 ("Hurricane Edouard"). */
const stormBefore = (doc: Doc, i: number) =>
  i > 0 && STORM.test(doc.words[i - 1]!.key) && START_CAPITAL.test(doc.words[i - 1]!.text) && doc.regionOf[i - 1] === doc.regionOf[i];

/** Courtesy titles that only ever address a person ("Miss", "Lord" and "Sir" also name horses, grounds and teams). */
const COURTESY = new Set(["mr", "mrs", "ms", "dr", "mx"]);

/** Word i follows a capitalised courtesy title: "Mr. Trump", "Dr Jordan". */
function courtesyBefore(doc: Doc, i: number): boolean {
  const w = doc.words;
  const at = i >= 2 && w[i - 1]!.text === "." && w[i - 1]!.start === w[i - 2]!.end ? i - 2 : i - 1;
  return at >= doc.regions[doc.regionOf[i]!]!.first && COURTESY.has(w[at]!.key) && /^\p{Lu}\p{Ll}/u.test(w[at]!.text);
}

/**
 * "U.S." + " Senate": a country the tagger set apart from the institution after it is part of its name, as
 * CoNLL writes "U.S. Senate" and "U.S. Treasury" (a demonym stays apart: "Russian" + "Foreign Ministry"); and
 * two spans that together make a known name are one ("Santa" + " Monica"). Returns the spans in text order.
 */
function joinSplitNames(doc: Doc, spans: readonly NerSpan[], k: Knowledge): NerSpan[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const out: NerSpan[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i]!;
    const next = sorted[i + 1];
    if (next && next.start === s.end + 1 && doc.text[s.end] === " ") {
      const r = wordRange(doc, s.start, s.end);
      if (s.type === "LOC" && next.type === "ORG" && r && k.gazetteer.lookup(keyOf(doc, r[0], r[1]))?.entry.kind === "country") {
        out.push({ start: s.start, end: next.end, type: "ORG", score: Math.min(s.score, next.score) });
        i++;
        continue;
      }
      // "Santa" + " Monica-based": two spans that together make a name the gazetteer knows are that name (the
      // name may end before a hyphenated tail, which the trim drops later).
      const both = wordRange(doc, s.start, next.end);
      const afterNextWord = r ? r[1] + 1 : -1;
      const end = both && doc.words[afterNextWord]?.text === "-" && afterNextWord < both[1] ? afterNextWord : both?.[1];
      const joined = both && end !== undefined ? k.gazetteer.lookup(keyOf(doc, both[0], end)) : undefined;
      if (joined && joined.words > 1 && joined.entry.kind !== "person") {
        out.push({ start: s.start, end: next.end, type: s.type, score: Math.max(s.score, next.score) });
        i++;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

function proposable(doc: Doc, h: Mention): boolean {
  const e = h.entry!;
  switch (e.kind) {
    case "state":
      return false;
    case "city":
      return (e.population ?? 0) >= MIN_PROPOSED_CITY && !(doc.initial[h.a] && h.b - h.a === 1);
    case "person":
      return h.b - h.a >= 2;
    default:
      return true;
  }
}
