import { DecodeBuffer, TRANS_SIZE, viterbi } from "../../src/analyze/entities/tagger/decode.js";
import type { PreparedSentence } from "../../src/analyze/entities/tagger/document.js";
import { FeatureBuffer, MAX_FEATURES, extractFeatures } from "../../src/analyze/entities/tagger/features.js";
import { NUM_LABELS } from "../../src/analyze/entities/tagger/labels.js";
import { DenseScorer } from "../../src/analyze/entities/tagger/scorer.js";

const L = NUM_LABELS;

export interface Example {
  sent: PreparedSentence;
  gold: Uint8Array;
  /** Document evidence for the second pass (null in the first). */
  doc: Int32Array | null;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** Probability of hiding a capitalised token's identity in one epoch (word dropout). */
  dropout: number;
  seed: number;
  /** Called after each epoch with the averaged weights so far. */
  onEpoch?: (epoch: number, scorer: DenseScorer) => void;
}

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Averaged structured perceptron (Collins 2002) over hashed feature buckets, with Viterbi decoding under BILOU
 * constraints. Returns the averaged weights as a dense scorer.
 */
export function trainPerceptron(data: readonly Example[], o: TrainOptions): DenseScorer {
  const mask = (1 << o.bits) - 1;
  const w = new Float32Array((mask + 1) * L);
  const u = new Float32Array((mask + 1) * L);
  const t = new Float64Array(TRANS_SIZE);
  const tu = new Float64Array(TRANS_SIZE);
  const fb = new FeatureBuffer();
  const db = new DecodeBuffer();
  const scorer = new DenseScorer(w, new Float32Array(TRANS_SIZE));
  let em = new Float32Array(0);
  let pred = new Uint8Array(0);
  let drop = new Uint8Array(0);
  const random = rng(o.seed);
  const order = data.map((_, i) => i);
  let c = 1;
  const bumpT = (k: number, d: number) => {
    t[k]! += d;
    tu[k]! += c * d;
  };
  const averaged = () => {
    const aw = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) aw[k] = w[k]! - u[k]! / c;
    const at = new Float32Array(TRANS_SIZE);
    for (let k = 0; k < TRANS_SIZE; k++) at[k] = t[k]! - tu[k]! / c;
    return new DenseScorer(aw, at);
  };
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const ex = data[idx]!;
      const n = ex.gold.length;
      if (n === 0) continue;
      if (drop.length < n) {
        drop = new Uint8Array(n * 2);
        pred = new Uint8Array(n * 2);
        em = new Float32Array(n * 2 * L);
      }
      for (let i = 0; i < n; i++) {
        const wi = ex.sent.words[i]!;
        drop[i] = o.dropout > 0 && (wi.cap || wi.upper) && random() < o.dropout ? 1 : 0;
      }
      extractFeatures({ ...ex.sent, drop, doc: ex.doc }, mask, fb);
      for (let k = 0; k < TRANS_SIZE; k++) scorer.trans[k] = t[k]!;
      scorer.emissions(fb.feats, fb.counts, n, em);
      viterbi(em, n, scorer.trans, pred, db);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = ex.gold[i]!;
        const p = pred[i]!;
        if (g === p) continue;
        wrong = true;
        const base = i * MAX_FEATURES;
        for (let k = base; k < base + fb.counts[i]!; k++) {
          const r = fb.feats[k]! * L;
          w[r + g]! += 1;
          u[r + g]! += c;
          w[r + p]! -= 1;
          u[r + p]! -= c;
        }
      }
      if (wrong) {
        const so = L * L;
        bumpT(so + ex.gold[0]!, 1);
        bumpT(so + pred[0]!, -1);
        bumpT(so + L + ex.gold[n - 1]!, 1);
        bumpT(so + L + pred[n - 1]!, -1);
        for (let i = 1; i < n; i++) {
          bumpT(ex.gold[i - 1]! * L + ex.gold[i]!, 1);
          bumpT(pred[i - 1]! * L + pred[i]!, -1);
        }
      }
      c++;
    }
    o.onEpoch?.(epoch, averaged());
  }
  return averaged();
}
