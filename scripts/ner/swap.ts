/**
 * Name swapping for NER robustness checks and training augmentation: every PER/ORG/LOC/MISC mention of a document
 * is replaced by a different name of the same type, the rest of the text is kept. Pure and seeded: the same input,
 * pool and random source give the same output.
 *
 * Pools:
 * - `invented`: words built from syllables (names no corpus has), one per capitalised token of the mention; function
 *   words, punctuation, digits and organisation designators ("Bank", "Corp", "of") are kept, so "Bank of England"
 *   becomes "Bank of Vorelia".
 * - `real`: a whole name of the same type drawn from a list (eng.train names), never one that shares a capitalised
 *   token with the sentence it goes into.
 * - `both`: each mention draws from either pool at random.
 *
 * Within a document the mapping is consistent: the same mention string (or, for invented names, the same token of a
 * type) always gets the same replacement, and a one-token person mention that was the last token of an earlier
 * person mention ("Clinton" after "Bill Clinton") gets the last token of that mention's replacement. The second
 * (document-consistency) pass of the tagger depends on such repetitions.
 */
import { NER_TYPES } from "../../src/analyze/entities/tagger/types.js";

/** An entity over token indices [start, end) with a type index into NER_TYPES (PER 0, ORG 1, LOC 2, MISC 3). */
export interface NameSpan {
  start: number;
  end: number;
  type: number;
}

export interface SwapSentence {
  tokens: string[];
  spans: NameSpan[];
}

export type PoolKind = "invented" | "real" | "both";
export const POOL_KINDS: readonly PoolKind[] = ["invented", "real", "both"];

const PER = NER_TYPES.indexOf("PER");
const ORG = NER_TYPES.indexOf("ORG");
const LOC = NER_TYPES.indexOf("LOC");
const MISC = NER_TYPES.indexOf("MISC");

/** A sentence written wholly in capitals (a headline or table line): replacements are upper-cased there. */
export const isCapsSentence = (tokens: readonly string[]): boolean => !tokens.some((t) => /\p{Ll}/u.test(t));

/** Real names by type (index into NER_TYPES), each a token list, without duplicates. */
export class RealNames {
  readonly byType: string[][][] = NER_TYPES.map(() => []);

  /**
   * Names from labelled sentences; all-capitals sentences (headlines, datelines) and names written in capitals are
   * skipped so names keep their usual case (a replacement is upper-cased again inside a capitals line).
   */
  static fromSentences(sents: Iterable<SwapSentence>): RealNames {
    const names = new RealNames();
    const seen = new Set<string>();
    for (const s of sents) {
      if (isCapsSentence(s.tokens)) continue;
      for (const sp of s.spans) {
        const toks = s.tokens.slice(sp.start, sp.end);
        // Capitals-only words longer than an acronym come from datelines and tables ("COMMACK"): not the usual case.
        if (toks.some((t) => /^[\p{Lu}\p{N}.'&-]{5,}$/u.test(t) && /\p{Lu}{5}/u.test(t))) continue;
        const key = `${sp.type}\u0000${toks.join(" ")}`;
        if (seen.has(key)) continue;
        seen.add(key);
        names.byType[sp.type]!.push(toks);
      }
    }
    return names;
  }

  get size(): number {
    return this.byType.reduce((n, l) => n + l.length, 0);
  }
}

// Syllables for invented words: mostly CV(C), so the words look pronounceable but match no lexicon.
const ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "sh", "ch"];
const VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ou", "ei"];
const CODAS = ["", "", "", "n", "r", "l", "s", "k", "m", "th"];
/** Type-flavoured endings for one-token invented names (empty = none). */
const ENDINGS: Record<number, string[]> = {
  [PER]: ["", "", "", "son", "ez", "ski", "ova"],
  [ORG]: ["", "", "tech", "corp"],
  [LOC]: ["", "", "ia", "burg", "stan", "ville", "ton"],
  [MISC]: ["ian", "ese", "ish", "ic", ""],
};
/** Tokens kept as they are inside invented names: they say what kind of name it is, not which one. */
const KEEP = new Set(
  (
    "Inc Inc. Corp Corp. Co Co. Ltd Ltd. Plc PLC AG SA NV GmbH LLC Group Bank Party Union Council Club United City " +
    "FC Association Federation Ministry University Airlines Motors Holdings International National Foundation " +
    "Institute Agency Committee Court Exchange Fund News Times Post Journal Airways Cup Open League Championship " +
    "Republic Kingdom State States North South East West New St. Saint Lake River Mount Island Islands"
  )
    .toLowerCase()
    .split(" "),
);
const FUNCTION_WORDS = new Set("of the and for de la le du der von van al el & to on in at".split(" "));
/** Kept: designators, function words, tokens without letters, and (outside capitals lines) lower-case tokens. */
const keepToken = (t: string, caps: boolean): boolean => {
  const lower = t.toLowerCase();
  return KEEP.has(lower) || FUNCTION_WORDS.has(lower) || !/\p{L}/u.test(t) || (!caps && !/^\p{Lu}/u.test(t));
};

/** An invented word: 2-3 syllables, capitalised, with a type-flavoured ending when it stands alone. */
export function inventWord(type: number, rand: () => number, alone: boolean): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const n = rand() < 0.6 ? 2 : 3;
  let w = "";
  for (let i = 0; i < n; i++) w += pick(ONSETS) + pick(VOWELS) + (i === n - 1 ? pick(CODAS) : "");
  if (alone) w += pick(ENDINGS[type] ?? [""]);
  return w[0]!.toUpperCase() + w.slice(1);
}

export interface SwapOptions {
  pool: PoolKind;
  /** Needed for `real` and `both`. */
  real?: RealNames;
  rand: () => number;
}

const capsOf = (toks: string[], caps: boolean) => (caps ? toks.map((t) => t.toUpperCase()) : toks);

/**
 * Swaps every mention of a document (its sentences in order) for another name of the same type; returns new
 * sentences (the input is not changed) whose spans point at the replacements.
 */
export function swapDocument(doc: readonly SwapSentence[], o: SwapOptions): SwapSentence[] {
  if (o.pool !== "invented" && !o.real) throw new Error(`pool ${o.pool} needs real names`);
  const byMention = new Map<string, string[] | "invented">();
  const byToken = new Map<string, string>();
  const surname = new Map<string, string[]>();
  const inventToken = (t: string, type: number, alone: boolean): string => {
    const key = `${type}\u0000${t.toLowerCase()}`;
    let r = byToken.get(key);
    if (r === undefined) {
      r = inventWord(type, o.rand, alone);
      byToken.set(key, r);
    }
    return r;
  };
  const inventTokens = (toks: readonly string[], type: number, caps: boolean): string[] => {
    const alone = toks.length === 1;
    const out = toks.map((t) => (keepToken(t, caps) ? t : inventToken(t, type, alone)));
    // A name made only of kept words ("United States", "North") still changes: all its words but function words.
    if (out.every((t, i) => t === toks[i])) {
      return toks.map((t) => (FUNCTION_WORDS.has(t.toLowerCase()) || !/\p{L}/u.test(t) ? t : inventToken(t, type, alone)));
    }
    return out;
  };
  const drawReal = (type: number, avoid: Set<string>): string[] | null => {
    const list = o.real!.byType[type]!;
    for (let tries = 0; tries < 30 && list.length; tries++) {
      const cand = list[Math.floor(o.rand() * list.length)]!;
      if (!cand.some((t) => avoid.has(t.toLowerCase()))) return cand;
    }
    return null;
  };

  return doc.map((sent) => {
    const caps = isCapsSentence(sent.tokens);
    // Capitalised tokens of the sentence: a real replacement must share none of them (not the same name again).
    const avoid = new Set(sent.tokens.filter((t) => /^\p{Lu}/u.test(t)).map((t) => t.toLowerCase()));
    const tokens: string[] = [];
    const spans: NameSpan[] = [];
    const ordered = [...sent.spans].sort((a, b) => a.start - b.start);
    let at = 0;
    for (const sp of ordered) {
      tokens.push(...sent.tokens.slice(at, sp.start));
      const orig = sent.tokens.slice(sp.start, sp.end);
      const key = `${sp.type}\u0000${orig.join(" ").toLowerCase()}`;
      // Real replacements are remembered per mention; invented ones per token (byToken), so they stay consistent
      // across capitals lines and partial mentions by themselves.
      let choice = byMention.get(key);
      if (!choice && sp.type === PER && orig.length === 1) choice = surname.get(orig[0]!.toLowerCase());
      if (!choice) {
        const real = o.pool === "real" || (o.pool === "both" && o.rand() < 0.5);
        choice = (real ? drawReal(sp.type, avoid) : null) ?? "invented";
        byMention.set(key, choice);
        if (choice !== "invented" && sp.type === PER && orig.length > 1 && choice.length > 1) {
          surname.set(orig[orig.length - 1]!.toLowerCase(), [choice[choice.length - 1]!]);
        }
      }
      const rep = choice === "invented" ? inventTokens(orig, sp.type, caps) : choice;
      const start = tokens.length;
      tokens.push(...capsOf(rep, caps));
      spans.push({ start, end: tokens.length, type: sp.type });
      at = sp.end;
    }
    tokens.push(...sent.tokens.slice(at));
    return { tokens, spans };
  });
}

export { ORG, LOC, MISC, PER };
