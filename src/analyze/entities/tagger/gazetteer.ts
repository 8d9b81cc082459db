import type { WordInfo } from "./word.js";

/** Gazetteer classes; a phrase may belong to several (bit i = class i). */
export const GAZ_CLASSES = ["country", "city", "region", "demonym", "org", "person", "first", "place"] as const;
export const MAX_GAZ_LEN = 6;

/** Phrases are lower-cased tokens joined by single spaces. */
export class Gazetteer {
  private readonly firstWords = new Set<string>();
  constructor(private readonly phrases: Map<string, number>) {
    for (const p of phrases.keys()) {
      const sp = p.indexOf(" ");
      this.firstWords.add(sp < 0 ? p : p.slice(0, sp));
    }
  }

  get size(): number {
    return this.phrases.size;
  }

  /**
   * For each token, a bitmask: bit (class * 4 + part) with part 0 B, 1 I, 2 L, 3 U of every phrase match covering
   * it. Only phrases starting with a capitalised (or all-caps) token are tried: linear in sentence length.
   */
  match(words: readonly WordInfo[], out: Int32Array): void {
    const n = words.length;
    out.fill(0, 0, n);
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      if (!(w.cap || w.upper) || !this.firstWords.has(w.lowerText)) continue;
      let key = w.lowerText;
      for (let len = 1; len <= MAX_GAZ_LEN && i + len <= n; len++) {
        if (len > 1) key += " " + words[i + len - 1]!.lowerText;
        const classes = this.phrases.get(key);
        if (classes === undefined) continue;
        for (let c = 0; c < GAZ_CLASSES.length; c++) {
          if (!(classes & (1 << c))) continue;
          if (len === 1) out[i]! |= 1 << (c * 4 + 3);
          else {
            out[i]! |= 1 << (c * 4);
            for (let j = i + 1; j < i + len - 1; j++) out[j]! |= 1 << (c * 4 + 1);
            out[i + len - 1]! |= 1 << (c * 4 + 2);
          }
        }
      }
    }
  }
}
