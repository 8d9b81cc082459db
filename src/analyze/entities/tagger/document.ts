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

export function prepareSentence(tokens: readonly string[], table: WordTable, gazetteer: Gazetteer): PreparedSentence {
  const words = tokens.map((t) => table.get(t));
  const gaz = new Int32Array(words.length);
  gazetteer.match(words, gaz);
  return { words, gaz, caps: isCapsSentence(words) };
}

const CATS = 1 + NER_TYPES.length; // O + types

/**
 * Document-level evidence for the second pass. For each capitalised token, counts how the first pass labelled the
 * same (lower-cased) string elsewhere in the document, leaving this occurrence out. Code: bits 0-2 the majority
 * category among the other occurrences (0 none, 1 O, 2+ type index), bits 3-6 which types occurred at all.
 */
export function docEvidence(sents: readonly PreparedSentence[], labels: readonly Uint8Array[]): Int32Array[] {
  const counts = new Map<string, Int32Array>();
  const catOf = (l: number) => {
    const t = labelType(l);
    return t === null ? 0 : 1 + NER_TYPES.indexOf(t);
  };
  const eligible = (w: WordInfo) => w.cap || w.upper;
  sents.forEach((s, si) => {
    s.words.forEach((w, i) => {
      if (!eligible(w)) return;
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
      out[i] = (best < 0 ? 0 : best + 1) | any;
    });
    return out;
  });
}
