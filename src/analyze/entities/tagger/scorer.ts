import { MAX_FEATURES } from "./features.js";
import { NUM_LABELS } from "./labels.js";
import type { PassWeights } from "./model.js";

const L = NUM_LABELS;

/** Turns per-token feature buckets into per-label emission scores. */
export interface Scorer {
  readonly trans: Float32Array;
  emissions(feats: Int32Array, counts: Uint8Array, n: number, out: Float32Array): void;
}

/** The shipped form: sparse rows of int16 weights. */
export class QuantScorer implements Scorer {
  readonly trans: Float32Array;
  constructor(private readonly p: PassWeights) {
    this.trans = p.trans;
  }

  emissions(feats: Int32Array, counts: Uint8Array, n: number, out: Float32Array): void {
    const { rowOf, w } = this.p;
    out.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      const o = i * L;
      const base = i * MAX_FEATURES;
      const end = base + counts[i]!;
      for (let k = base; k < end; k++) {
        const r = rowOf[feats[k]!]!;
        if (r < 0) continue;
        const rb = r * L;
        for (let y = 0; y < L; y++) out[o + y]! += w[rb + y]!;
      }
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
