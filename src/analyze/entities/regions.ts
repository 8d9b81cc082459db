import type { Block, BlockRole } from "../../model/record.js";
import { ARABIC_ARTICLES, scanWords, isCapitalised, isUpper, type Word } from "../../knowledge/index.js";

/** Block roles that carry the story. Bylines, credits and page furniture name no entities. */
export const SOURCE_ROLES: ReadonlySet<BlockRole> = new Set(["headline", "standfirst", "body", "caption"]);

/**
 * How far a region's capitals can be trusted: `normal` prose, `upper` (ALL CAPS) or `title`
 * (Title Case headline), where capitals say nothing about names.
 */
export type CaseStyle = "normal" | "upper" | "title";

export interface Region {
  start: number;
  end: number;
  role: BlockRole;
  style: CaseStyle;
  /** Index of the region's first word in `Doc.words`, and one past its last. */
  first: number;
  last: number;
}

/** The article's source text as words, with per-word region and sentence-start flags. */
export interface Doc {
  text: string;
  regions: Region[];
  words: Word[];
  regionOf: Int32Array;
  /** 1 where a word starts a sentence (after optional opening quotes). */
  initial: Uint8Array;
  /** Keys of words that occur in lower case in normal prose ("earlier", "photo"). */
  lowerKeys: Set<string>;
  /** Keys of words that occur capitalised inside a sentence (not first) in normal prose. */
  midCapKeys: Set<string>;
}

const MIN_UPPER_LETTERS = 8;
const TITLE_MIN_WORDS = 4;
const TITLE_SHARE = 0.75;
const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "«", "-", "—", "–"]);
const ENDERS = new Set([".", "!", "?", ":", ";"]);

export function caseStyle(text: string, words: readonly Word[], headline: boolean): CaseStyle {
  if (!/\p{Ll}/u.test(text)) return (text.match(/\p{Lu}/gu)?.length ?? 0) >= MIN_UPPER_LETTERS ? "upper" : "normal";
  if (!headline) return "normal";
  let longWords = 0,
    capital = 0;
  for (const w of words) {
    if (w.text.length >= 4 && /^\p{L}/u.test(w.text)) {
      longWords++;
      if (isCapitalised(w.text)) capital++;
    }
  }
  return longWords >= TITLE_MIN_WORDS && capital / longWords >= TITLE_SHARE ? "title" : "normal";
}

/** The blocks that name entities, in text order, without overlaps (words must be sorted for offset lookups). */
function storyBlocks(text: string, blocks: readonly Block[]): Block[] {
  const sorted = blocks
    .filter((b) => SOURCE_ROLES.has(b.role) && b.start >= 0 && b.end <= text.length && b.start < b.end)
    .sort((x, y) => x.start - y.start);
  const out: Block[] = [];
  for (const b of sorted) if (!out.length || b.start >= out[out.length - 1]!.end) out.push(b);
  return out;
}

/** Builds the doc over the blocks whose role names entities (all of `text` when there are no blocks). */
export function buildDoc(text: string, blocks: readonly Block[]): Doc {
  const sources = blocks.length ? storyBlocks(text, blocks) : [{ start: 0, end: text.length, role: "body" as const }];
  const regions: Region[] = [];
  const words: Word[] = [];
  for (const b of sources) {
    const ws = scanWords(text, b.start, b.end);
    // Title Case is a headline style; prose full of names is still prose.
    const style = caseStyle(text.slice(b.start, b.end), ws, b.role === "headline");
    regions.push({ start: b.start, end: b.end, role: b.role, style, first: words.length, last: words.length + ws.length });
    for (const w of ws) words.push(w);
  }
  const regionOf = new Int32Array(words.length);
  const initial = new Uint8Array(words.length);
  const lowerKeys = new Set<string>();
  const midCapKeys = new Set<string>();
  regions.forEach((r, ri) => {
    let atStart = true;
    for (let i = r.first; i < r.last; i++) {
      regionOf[i] = ri;
      const t = words[i]!.text;
      if (OPENERS.has(t)) continue;
      if (atStart) initial[i] = 1;
      if (r.style === "normal" && isLowerInitial(t)) lowerKeys.add(words[i]!.key);
      else if (r.style === "normal" && !atStart && /^\p{Lu}/u.test(t)) midCapKeys.add(words[i]!.key);
      atStart = ENDERS.has(t);
    }
  });
  return { text, regions, words, regionOf, initial, lowerKeys, midCapKeys };
}

function isLowerInitial(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(t);
}

/** True when the words [a, b) lie on one line (a name never runs over a line break). */
export function oneLine(doc: Doc, a: number, b: number): boolean {
  const nl = doc.text.indexOf("\n", doc.words[a]!.end);
  return nl < 0 || nl >= doc.words[b - 1]!.start;
}

/** The lookup key of words [a, b): their keys joined by single spaces, as gazetteer phrases are keyed. */
export const keyOf = (doc: Doc, a: number, b: number): string =>
  doc.words
    .slice(a, b)
    .map((w) => w.key)
    .join(" ");

/** True when the words [a, b) look like a name in their region's case style. */
export function looksLikeName(doc: Doc, a: number, b: number): boolean {
  const style = doc.regions[doc.regionOf[a]!]!.style;
  const last = doc.words[b - 1]!.text;
  if (style === "upper") return true;
  return (
    (isCapitalised(doc.words[a]!.text) || articleOpens(doc, a, b)) &&
    (isCapitalised(last) || isUpper(last) || /^\P{L}+$/u.test(last) || /^\p{N}/u.test(last))
  );
}

/** Arabic articles written in lower case before a hyphen: "al-Qaeda", "el-Sisi". */
const ARTICLE = new RegExp(`^(?:${ARABIC_ARTICLES})$`);

/** Word a is a lower-case Arabic article joined by a hyphen to a capitalised word ("al-Qaeda"). */
export function articleOpens(doc: Doc, a: number, b = doc.words.length): boolean {
  const w = doc.words;
  return (
    a + 2 < b &&
    ARTICLE.test(w[a]!.text) &&
    w[a + 1]!.text === "-" &&
    w[a + 1]!.start === w[a]!.end &&
    w[a + 2]!.start === w[a + 1]!.end &&
    isCapitalised(w[a + 2]!.text)
  );
}

/** The word index range covering [start, end), or undefined when it does not fall on word edges. */
export function wordRange(doc: Doc, start: number, end: number): [number, number] | undefined {
  const ws = doc.words;
  let lo = 0,
    hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const a = lo;
  let b = a;
  while (b < ws.length && ws[b]!.start < end) b++;
  if (a >= b || doc.regionOf[a] !== doc.regionOf[b - 1]) return undefined;
  return [a, b];
}
