import { MAX_FEATURES } from "./features.js";
import { NUM_LABELS } from "./labels.js";
import type { PassWeights } from "./model.js";

const L = NUM_LABELS;
if (L !== 17) throw new Error("QuantScorer.accumulate is unrolled for 17 BILOU labels");

/** Turns feature buckets into per-label emission scores. */
export interface Scorer {
  readonly trans: Float32Array;
  /** Adds the weights of the features feats[start, end) to acc[at, at + NUM_LABELS), summing in doubles. */
  accumulate(feats: Int32Array, start: number, end: number, acc: Float64Array, at: number): void;
}

/** Bytes per slot of the lookup table: key + 1 (int32, 0 = empty), scale (float32), 17 int8 weights, padding. */
const SLOT = 32;

/**
 * The shipped form: an open-addressing table (linear probing on the bucket id's low bits, at most 2/3 full) whose
 * slots hold the key, the row scale and the int8 weights together, so a lookup touches one cache line. A bitset over
 * bucket ids says which have a row, so the many features without weights cost one bit test instead of a probe.
 *
 * Every weight is a float32 scale times an int8: with this model's scales (2^-18 .. 2^-2) the doubles summed are
 * multiples of 2^-41, and they stay below 2^12 (at most ~330 on the bench corpora), so each sum is exact and does
 * not depend on the order features are added in.
 */
export class QuantScorer implements Scorer {
  readonly trans: Float32Array;
  private readonly k32: Int32Array;
  private readonly f32: Float32Array;
  private readonly i8: Int8Array;
  private readonly mask: number;
  private readonly present: Int32Array;

  constructor(p: PassWeights) {
    this.trans = p.trans;
    let size = 1024;
    while (size < p.keys.length * 1.5) size *= 2;
    const buf = new ArrayBuffer(size * SLOT);
    this.k32 = new Int32Array(buf);
    this.f32 = new Float32Array(buf);
    this.i8 = new Int8Array(buf);
    this.mask = size - 1;
    this.present = new Int32Array((p.keys.reduce((m, k) => Math.max(m, k), 0) >>> 5) + 1);
    const step = SLOT / 4;
    for (let r = 0; r < p.keys.length; r++) {
      const key = p.keys[r]!;
      this.present[key >>> 5]! |= 1 << (key & 31);
      let h = key & this.mask;
      while (this.k32[h * step] !== 0) h = (h + 1) & this.mask;
      this.k32[h * step] = key + 1;
      this.f32[h * step + 1] = p.scale[r]!;
      this.i8.set(p.w.subarray(r * L, r * L + L), h * SLOT + 8);
    }
  }

  /** Unrolled over the 17 labels with local accumulators: twice as fast as an inner loop writing to `acc`. */
  accumulate(feats: Int32Array, start: number, end: number, acc: Float64Array, at: number): void {
    const { k32, f32, i8, mask, present } = this;
    let a0 = acc[at]!,
      a1 = acc[at + 1]!,
      a2 = acc[at + 2]!,
      a3 = acc[at + 3]!,
      a4 = acc[at + 4]!,
      a5 = acc[at + 5]!,
      a6 = acc[at + 6]!,
      a7 = acc[at + 7]!,
      a8 = acc[at + 8]!;
    let a9 = acc[at + 9]!,
      a10 = acc[at + 10]!,
      a11 = acc[at + 11]!,
      a12 = acc[at + 12]!,
      a13 = acc[at + 13]!,
      a14 = acc[at + 14]!,
      a15 = acc[at + 15]!,
      a16 = acc[at + 16]!;
    for (let k = start; k < end; k++) {
      const id = feats[k]!;
      if (((present[id >>> 5]! >>> (id & 31)) & 1) === 0) continue;
      let h = id & mask;
      while (k32[h << 3] !== id + 1) h = (h + 1) & mask;
      const s = f32[(h << 3) + 1]!;
      const b = (h << 5) + 8;
      a0 += s * i8[b]!;
      a1 += s * i8[b + 1]!;
      a2 += s * i8[b + 2]!;
      a3 += s * i8[b + 3]!;
      a4 += s * i8[b + 4]!;
      a5 += s * i8[b + 5]!;
      a6 += s * i8[b + 6]!;
      a7 += s * i8[b + 7]!;
      a8 += s * i8[b + 8]!;
      a9 += s * i8[b + 9]!;
      a10 += s * i8[b + 10]!;
      a11 += s * i8[b + 11]!;
      a12 += s * i8[b + 12]!;
      a13 += s * i8[b + 13]!;
      a14 += s * i8[b + 14]!;
      a15 += s * i8[b + 15]!;
      a16 += s * i8[b + 16]!;
    }
    acc[at] = a0;
    acc[at + 1] = a1;
    acc[at + 2] = a2;
    acc[at + 3] = a3;
    acc[at + 4] = a4;
    acc[at + 5] = a5;
    acc[at + 6] = a6;
    acc[at + 7] = a7;
    acc[at + 8] = a8;
    acc[at + 9] = a9;
    acc[at + 10] = a10;
    acc[at + 11] = a11;
    acc[at + 12] = a12;
    acc[at + 13] = a13;
    acc[at + 14] = a14;
    acc[at + 15] = a15;
    acc[at + 16] = a16;
  }
}

/** The training form: dense float weights over every bucket. */
export class DenseScorer implements Scorer {
  constructor(
    readonly w: Float32Array,
    readonly trans: Float32Array,
  ) {}

  accumulate(feats: Int32Array, start: number, end: number, acc: Float64Array, at: number): void {
    const w = this.w;
    for (let k = start; k < end; k++) {
      const rb = feats[k]! * L;
      for (let y = 0; y < L; y++) acc[at + y]! += w[rb + y]!;
    }
  }

  /** Training: all tokens' emissions at once, summed in float32 (features in rows of MAX_FEATURES, see FeatureBuffer). */
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
