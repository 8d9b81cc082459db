import type { WordInfo } from "./word.js";

/** Gazetteer classes; a phrase may belong to several (bit i = class i). */
export const GAZ_CLASSES = ["country", "city", "region", "demonym", "org", "person", "first", "place"] as const;
export const MAX_GAZ_LEN = 6;

/** Phrases are lower-cased tokens joined by single spaces. */
export class Gazetteer {
  /** Every phrase and every start of one in whole words ("new", "new york" for "new york city"): keys worth growing. */
  private readonly stems = new Set<string>();
  constructor(private readonly phrases: Map<string, number>) {
    for (const p of phrases.keys()) {
      this.stems.add(p);
      for (let sp = p.indexOf(" "); sp > 0; sp = p.indexOf(" ", sp + 1)) this.stems.add(p.slice(0, sp));
    }
  }

  get size(): number {
    return this.phrases.size;
  }

  /**
   * For each token, a bitmask: bit (class * 4 + part) with part 0 B, 1 I, 2 L, 3 U of every phrase match covering
   * it. Only phrases starting with a capitalised (or all-caps) token are tried, and a phrase stops growing when no
   * phrase starts with it: linear in sentence length.
   */
  match(words: readonly WordInfo[], out: Int32Array): void {
    const n = words.length;
    out.fill(0, 0, n);
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      if (!(w.cap || w.upper)) continue;
      let key = w.lowerText;
      for (let len = 1; len <= MAX_GAZ_LEN && i + len <= n; len++) {
        if (len > 1) key += " " + words[i + len - 1]!.lowerText;
        if (!this.stems.has(key)) break;
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
