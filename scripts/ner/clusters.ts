import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { segment } from "../../src/text/segment.js";
import { packCluster } from "../../src/analyze/entities/tagger/word.js";
import { rng } from "./perceptron.js";

export interface ClusterOptions {
  /** Words clustered: the most frequent ones seen at least minCount times. */
  vocab: number;
  minCount: number;
  /** Context words: the most frequent ones. */
  contexts: number;
  dims: number;
  coarse: number;
  fine: number;
  maxTokens: number;
}

const DEFAULTS: ClusterOptions = { vocab: 60000, minCount: 5, contexts: 3000, dims: 96, coarse: 48, fine: 1000, maxTokens: 25_000_000 };

const norm = (s: string) => s.toLowerCase().replace(/\d/g, "0");

/**
 * Word clusters from unlabelled news: each word's contexts (the words at -2, -1, +1, +2) are summed as random
 * vectors (random indexing, frequent contexts down-weighted), and k-means on the normalised sums gives coarse
 * clusters, then fine clusters inside each coarse one. Returns lower-cased word -> packed (fine, coarse) ids, both
 * 1-based. Linear in corpus size; a few minutes on one core.
 */
export function buildClusters(files: string[], log: (m: string) => void, o: ClusterOptions = DEFAULTS): Map<string, number> {
  const sentences: Int32Array[] = [];
  let total = 0;
  const typeId = new Map<string, number>();
  const counts: number[] = [];
  for (const file of files) {
    const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
    for (const line of lines) {
      if (!line.trim() || total >= o.maxTokens) continue;
      let text: string;
      try {
        text = String((JSON.parse(line) as { text?: unknown }).text ?? "");
      } catch {
        continue;
      }
      for (const s of segment(text)) {
        const ids = new Int32Array(s.tokens.length);
        s.tokens.forEach((t, i) => {
          const w = norm(t.text);
          let id = typeId.get(w);
          if (id === undefined) {
            typeId.set(w, (id = counts.length));
            counts.push(0);
          }
          counts[id]!++;
          ids[i] = id;
        });
        sentences.push(ids);
        total += ids.length;
      }
    }
  }
  log(`clusters: ${total} tokens, ${counts.length} types`);
  const words = [...typeId.keys()];
  const ranked = counts.map((n, id) => [id, n] as const).filter(([, n]) => n >= o.minCount).sort((a, b) => b[1] - a[1]);
  const vocab = ranked.slice(0, o.vocab).map(([id]) => words[id]!);
  // Type id -> vocabulary row / context row (-1: not one).
  const vid = new Int32Array(counts.length).fill(-1);
  const cid = new Int32Array(counts.length).fill(-1);
  ranked.slice(0, o.vocab).forEach(([id], i) => (vid[id] = i));
  ranked.slice(0, o.contexts).forEach(([id], i) => (cid[id] = i));
  const d = o.dims;
  const random = rng(7);
  // One random +-1 vector per (context word, relative position); weight 1/sqrt(count) damps function words.
  const R = new Float32Array(o.contexts * 4 * d);
  for (let k = 0; k < R.length; k++) R[k] = random() < 0.5 ? -1 : 1;
  const cw = new Float32Array(o.contexts);
  ranked.slice(0, o.contexts).forEach(([, n], i) => (cw[i] = 1 / Math.sqrt(n)));
  const E = new Float32Array(vocab.length * d);
  for (const toks of sentences) {
    for (let i = 0; i < toks.length; i++) {
      const v = vid[toks[i]!]!;
      if (v < 0) continue;
      const eb = v * d;
      for (let off = -2, p = 0; off <= 2; off++) {
        if (off === 0) continue;
        const c = i + off >= 0 && i + off < toks.length ? cid[toks[i + off]!]! : -1;
        if (c >= 0) {
          const rb = (c * 4 + p) * d;
          const wgt = cw[c]!;
          for (let k = 0; k < d; k++) E[eb + k]! += wgt * R[rb + k]!;
        }
        p++;
      }
    }
  }
  for (let v = 0; v < vocab.length; v++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += E[v * d + k]! ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let k = 0; k < d; k++) E[v * d + k]! *= inv;
  }
  log(`clusters: embedded ${vocab.length} words`);
  const all = vocab.map((_, i) => i);
  const coarse = kmeans(E, d, all, o.coarse, 15, random);
  const out = new Map<string, number>();
  let fineId = 1;
  for (let c = 0; c < o.coarse; c++) {
    const members = all.filter((i) => coarse[i] === c);
    if (!members.length) continue;
    const k = Math.max(1, Math.round((o.fine * members.length) / vocab.length));
    const fine = kmeans(E, d, members, k, 10, random);
    members.forEach((v, j) => out.set(vocab[v]!, packCluster(fineId + fine[j]!, c + 1)));
    fineId += k;
  }
  log(`clusters: ${o.coarse} coarse, ${fineId - 1} fine`);
  return out;
}

/** Spherical k-means over the rows `members` of E; returns the cluster of each member (by position). */
function kmeans(E: Float32Array, d: number, members: number[], k: number, iters: number, random: () => number): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (k <= 1) return assign;
  const C = new Float32Array(k * d);
  for (let c = 0; c < k; c++) {
    const v = members[Math.floor(random() * n)]!;
    C.set(E.subarray(v * d, v * d + d), c * d);
  }
  for (let it = 0; it < iters; it++) {
    for (let j = 0; j < n; j++) {
      const eb = members[j]! * d;
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const cb = c * d;
        for (let q = 0; q < d; q++) dot += E[eb + q]! * C[cb + q]!;
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[j] = arg;
    }
    C.fill(0);
    for (let j = 0; j < n; j++) {
      const eb = members[j]! * d;
      const cb = assign[j]! * d;
      for (let q = 0; q < d; q++) C[cb + q]! += E[eb + q]!;
    }
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let q = 0; q < d; q++) s += C[c * d + q]! ** 2;
      if (s === 0) {
        const v = members[Math.floor(random() * n)]!;
        C.set(E.subarray(v * d, v * d + d), c * d);
        continue;
      }
      const inv = 1 / Math.sqrt(s);
      for (let q = 0; q < d; q++) C[c * d + q]! *= inv;
    }
  }
  return assign;
}
