import { MAX_FEATURES } from "./features.js";
import { NUM_LABELS } from "./labels.js";
import type { PassWeights } from "./model.js";

const L = NUM_LABELS;
if (L !== 17) throw new Error("QuantScorer.emissions is unrolled for 17 BILOU labels");

/** Turns per-token feature buckets into per-label emission scores. */
export interface Scorer {
  readonly trans: Float32Array;
  emissions(feats: Int32Array, counts: Uint8Array, n: number, out: Float32Array): void;
}

/** The shipped form: int8 rows with a scale each, looked up by bucket id in an open-addressing table. */
export class QuantScorer implements Scorer {
  readonly trans: Float32Array;
  constructor(private readonly p: PassWeights) {
    this.trans = p.trans;
  }

  /** Unrolled over the 17 labels with local accumulators: twice as fast as an inner loop writing to `out`. */
  emissions(feats: Int32Array, counts: Uint8Array, n: number, out: Float32Array): void {
    const { slots, keys, scale, w } = this.p;
    const m = slots.length - 1;
    for (let i = 0; i < n; i++) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0;
      let a9 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0, a14 = 0, a15 = 0, a16 = 0;
      const end = i * MAX_FEATURES + counts[i]!;
      for (let k = i * MAX_FEATURES; k < end; k++) {
        const f = feats[k]!;
        let h = f & m;
        let r = slots[h]!;
        while (r !== 0 && keys[r - 1] !== f) {
          h = (h + 1) & m;
          r = slots[h]!;
        }
        if (r === 0) continue;
        const s = scale[r - 1]!;
        const b = (r - 1) * L;
        a0 += s * w[b]!; a1 += s * w[b + 1]!; a2 += s * w[b + 2]!; a3 += s * w[b + 3]!;
        a4 += s * w[b + 4]!; a5 += s * w[b + 5]!; a6 += s * w[b + 6]!; a7 += s * w[b + 7]!;
        a8 += s * w[b + 8]!; a9 += s * w[b + 9]!; a10 += s * w[b + 10]!; a11 += s * w[b + 11]!;
        a12 += s * w[b + 12]!; a13 += s * w[b + 13]!; a14 += s * w[b + 14]!; a15 += s * w[b + 15]!;
        a16 += s * w[b + 16]!;
      }
      const o = i * L;
      out[o] = a0; out[o + 1] = a1; out[o + 2] = a2; out[o + 3] = a3; out[o + 4] = a4; out[o + 5] = a5;
      out[o + 6] = a6; out[o + 7] = a7; out[o + 8] = a8; out[o + 9] = a9; out[o + 10] = a10; out[o + 11] = a11;
      out[o + 12] = a12; out[o + 13] = a13; out[o + 14] = a14; out[o + 15] = a15; out[o + 16] = a16;
    }
  }
}

/** The training form: dense float weights over every bucket. */
export class DenseScorer implements Scorer {
  constructor(
    readonly w: Float32Array,
    readonly trans: Float32Array,
  ) {}

  emissions(feats: Int32Array, counts: Uint8Array, n: number, out: Float32Array): void {
    const w = this.w;
    out.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      const o = i * L;
      const base = i * MAX_FEATURES;
      const end = base + counts[i]!;
      for (let k = base; k < end; k++) {
        const rb = feats[k]! * L;
        for (let y = 0; y < L; y++) out[o + y]! += w[rb + y]!;
      }
    }
  }
}
