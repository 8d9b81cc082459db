import type { Gazetteer } from "./gazetteer.js";
import { labelType } from "./labels.js";
import { NER_TYPES } from "./types.js";
import type { WordInfo, WordTable } from "./word.js";

/** A sentence ready for feature extraction. */
export interface PreparedSentence {
  words: WordInfo[];
  gaz: Int32Array;
  caps: boolean;
}

/** A headline-style sentence: it has letters but no lower-case letter anywhere. */
export function isCapsSentence(words: readonly WordInfo[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (w.hasLower) return false;
    if (w.upper) letters++;
  }
  return letters > 0;
}

/**
 * A Title-Case headline: mid-sentence words that news usually writes in lower case (capitalisation bins 1-2) are
 * mostly capitalised here. Names do not count (they are capitalised everywhere), so a name-heavy sentence is not one.
 */
export function isTitleCaseSentence(words: readonly WordInfo[]): boolean {
  let common = 0;
  let capped = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.capBin !== 1 && w.capBin !== 2) continue;
    common++;
    if (w.cap && w.hasLower) capped++;
  }
  return capped >= 2 && capped >= 0.6 * common;
}

/**
 * Looks up the words of a sentence. A Title-Case headline is tagged as if it were written in capitals: the model
 * learned from all-caps headlines to rely on words, clusters and gazetteers there instead of casing.
 */
export function prepareSentence(tokens: readonly string[], table: WordTable, gazetteer: Gazetteer): PreparedSentence {
  let words = tokens.map((t) => table.get(t));
  if (isTitleCaseSentence(words)) words = tokens.map((t) => table.get(t.toUpperCase()));
  const gaz = new Int32Array(words.length);
  gazetteer.match(words, gaz);
  return { words, gaz, caps: isCapsSentence(words) };
}

const CATS = 1 + NER_TYPES.length; // O + types
const LOWERED = 128;

/**
 * Document-level evidence for the second pass. For each capitalised token, counts how the first pass labelled the
 * same (lower-cased) string elsewhere in the document, leaving this occurrence out. Code: bits 0-2 the majority
 * category among the other occurrences (0 none, 1 O, 2+ type index), bits 3-6 which types occurred at all, bit 7
 * whether the word also occurs in lower case, bits 8-12 this token's own pass-1 label + 1.
 */
export function docEvidence(sents: readonly PreparedSentence[], labels: readonly Uint8Array[]): Int32Array[] {
  const counts = new Map<string, Int32Array>();
  const catOf = (l: number) => {
    const t = labelType(l);
    return t === null ? 0 : 1 + NER_TYPES.indexOf(t);
  };
  const eligible = (w: WordInfo) => w.cap || w.upper;
  const lowered = new Set<string>();
  sents.forEach((s, si) => {
    s.words.forEach((w, i) => {
      if (!eligible(w)) {
        if (w.hasLower) lowered.add(w.lowerText);
        return;
      }
      let c = counts.get(w.lowerText);
      if (!c) counts.set(w.lowerText, (c = new Int32Array(CATS)));
      c[catOf(labels[si]![i]!)]!++;
    });
  });
  return sents.map((s, si) => {
    const out = new Int32Array(s.words.length);
    s.words.forEach((w, i) => {
      if (!eligible(w)) return;
      const c = counts.get(w.lowerText)!;
      const own = catOf(labels[si]![i]!);
      let best = -1;
      let bestN = 0;
      let any = 0;
      for (let k = 0; k < CATS; k++) {
        const m = c[k]! - (k === own ? 1 : 0);
        if (m > bestN) {
          bestN = m;
          best = k;
        }
        if (k > 0 && m > 0) any |= 8 << (k - 1);
      }
      out[i] = (best < 0 ? 0 : best + 1) | any | (lowered.has(w.lowerText) ? LOWERED : 0) | ((labels[si]![i]! + 1) << 8);
    });
    return out;
  });
}

/**
 * Whether pass 2 could change anything in a sentence: some token's document evidence disagrees with its pass-1
 * label (another category is the majority elsewhere, another type occurs elsewhere, or an entity label on a word
 * the document also writes in lower case). Sentences without disagreement keep their pass-1 labels.
 */
export function disagrees(code: Int32Array, first: Uint8Array): boolean {
  for (let i = 0; i < code.length; i++) {
    const d = code[i]!;
    if ((d & 0xff) === 0) continue;
    const l = first[i]!;
    const own = l === 0 ? 1 : 2 + (((l - 1) / 4) | 0);
    const maj = d & 7;
    if (maj !== 0 && maj !== own) return true;
    const others = (d >>> 3) & 15 & ~(own >= 2 ? 1 << (own - 2) : 0);
    if (others !== 0) return true;
    if (d & LOWERED && own >= 2) return true;
  }
  return false;
}
