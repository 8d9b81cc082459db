import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { segment } from "../../src/text/segment.js";
import { packCluster } from "../../src/analyze/entities/tagger/word.js";
import { rng } from "./perceptron.js";

export interface ClusterOptions {
  /** Words clustered: the most frequent ones seen at least minCount times. */
  vocab: number;
  minCount: number;
  /** Context words: the most frequent ones (each relative position is its own set of dimensions). */
  contexts: number;
  /** Neighbours up to this distance on each side. */
  window: number;
  coarse: number;
  fine: number;
  maxTokens: number;
}

// Dev F1 of pass 1 (eng.testa): window 1, 50k words, 1000 fine clusters 91.95; window 2, 100k words (71k seen
// 3+ times), 1500 fine clusters 92.36; random-indexing clusters 90.83 (no better than none, 90.99).
const DEFAULTS: ClusterOptions = { vocab: 100000, minCount: 3, contexts: 3000, window: 2, coarse: 64, fine: 1500, maxTokens: 40_000_000 };

const norm = (s: string) => s.toLowerCase().replace(/\d/g, "0");

/** A sparse matrix in compressed rows. */
interface Csr {
  ptr: Int32Array;
  idx: Int32Array;
  val: Float32Array;
  cols: number;
}

/**
 * Word clusters from unlabelled news. Each word is described by its neighbours up to `window` positions away
 * (positive PMI with context-distribution smoothing, rows L2-normalised, kept sparse); spherical k-means gives coarse clusters, then
 * fine clusters inside each coarse one. Returns lower-cased word -> packed (fine, coarse) ids, both 1-based.
 * Linear in corpus size apart from one sort of the co-occurrence pairs; a minute or two on one core.
 */
export function buildClusters(files: string[], log: (m: string) => void, o: ClusterOptions = DEFAULTS): Map<string, number> {
  const sentences: Int32Array[] = [];
  let total = 0;
  const typeId = new Map<string, number>();
  const counts: number[] = [];
  // Per type: mid-sentence occurrences, and how many of those were capitalised.
  const mid: number[] = [];
  const capMid: number[] = [];
  for (const file of files) {
    for (const line of gunzipSync(readFileSync(file)).toString("utf8").split("\n")) {
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
            mid.push(0);
            capMid.push(0);
          }
          counts[id]!++;
          if (i > 0) {
            mid[id]!++;
            if (t.text[0] !== w[0]) capMid[id]!++;
          }
          ids[i] = id;
        });
        sentences.push(ids);
        total += ids.length;
      }
    }
  }
  log(`clusters: ${total} tokens, ${counts.length} types`);
  const words = [...typeId.keys()];
  const ranked = counts
    .map((n, id) => [id, n] as const)
    .filter(([, n]) => n >= o.minCount)
    .sort((a, b) => b[1] - a[1]);
  const vocab = ranked.slice(0, o.vocab).map(([id]) => words[id]!);
  const vid = new Int32Array(counts.length).fill(-1);
  const cid = new Int32Array(counts.length).fill(-1);
  ranked.slice(0, o.vocab).forEach(([id], i) => (vid[id] = i));
  ranked.slice(0, o.contexts).forEach(([id], i) => (cid[id] = i));
  const M = buildPpmi(sentences, vid, cid, vocab.length, o.contexts, o.window);
  log(`clusters: PPMI ${vocab.length} x ${M.cols}, ${M.idx.length} non-zeros`);
  const random = rng(7);
  const all = Int32Array.from(vocab.keys());
  const coarse = kmeans(M, all, o.coarse, 12, random);
  const out = new Map<string, number>();
  let fineId = 1;
  for (let c = 0; c < o.coarse; c++) {
    const members = all.filter((i) => coarse[i] === c);
    if (!members.length) continue;
    const k = Math.max(1, Math.round((o.fine * members.length) / vocab.length));
    const fine = kmeans(M, members, k, 10, random);
    members.forEach((v, j) => {
      const id = ranked[v]![0];
      out.set(vocab[v]!, packCluster(fineId + fine[j]!, c + 1, capBin(capMid[id]!, mid[id]!)));
    });
    fineId += k;
  }
  log(`clusters: ${o.coarse} coarse, ${fineId - 1} fine`);
  return out;
}

/** Share of mid-sentence occurrences that are capitalised, in 5 bins (1 = never ... 5 = always). */
function capBin(cap: number, total: number): number {
  if (total === 0) return 0;
  const r = cap / total;
  return r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
}

/** Neighbour co-occurrences (per relative position) -> PPMI (context counts smoothed by ^0.75), rows L2-normalised. */
function buildPpmi(sentences: Int32Array[], vid: Int32Array, cid: Int32Array, rows: number, contexts: number, window: number): Csr {
  const offsets = 2 * window;
  const cols = offsets * contexts;
  let n = 0;
  for (const s of sentences) n += offsets * s.length;
  const codes = new Float64Array(n);
  n = 0;
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const v = vid[s[i]!]!;
      if (v < 0) continue;
      for (let off = -window, p = 0; off <= window; off++) {
        if (off === 0) continue;
        const j = i + off;
        const c = j >= 0 && j < s.length ? cid[s[j]!]! : -1;
        if (c >= 0) codes[n++] = v * cols + offsets * c + p;
        p++;
      }
    }
  }
  const sorted = codes.subarray(0, n).sort();
  const ptr = new Int32Array(rows + 1);
  const idx: number[] = [];
  const cnt: number[] = [];
  for (let k = 0; k < n;) {
    const code = sorted[k]!;
    let j = k;
    while (j < n && sorted[j] === code) j++;
    const row = Math.floor(code / cols);
    ptr[row + 1]!++;
    idx.push(code - row * cols);
    cnt.push(j - k);
    k = j;
  }
  for (let r = 0; r < rows; r++) ptr[r + 1]! += ptr[r]!;
  const rowSum = new Float64Array(rows);
  const colSum = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    for (let k = ptr[r]!; k < ptr[r + 1]!; k++) {
      rowSum[r]! += cnt[k]!;
      colSum[idx[k]!]! += cnt[k]!;
    }
  }
  let smoothed = 0;
  for (let c = 0; c < cols; c++) smoothed += colSum[c] = colSum[c]! ** 0.75;
  const val = new Float32Array(idx.length);
  for (let r = 0; r < rows; r++) {
    let norm2 = 0;
    for (let k = ptr[r]!; k < ptr[r + 1]!; k++) {
      const pmi = Math.log((cnt[k]! * smoothed) / (rowSum[r]! * colSum[idx[k]!]!));
      val[k] = pmi > 0 ? pmi : 0;
      norm2 += val[k]! ** 2;
    }
    const inv = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
    for (let k = ptr[r]!; k < ptr[r + 1]!; k++) val[k]! *= inv;
  }
  return { ptr, idx: Int32Array.from(idx), val, cols };
}

/** Spherical k-means over the sparse rows `members` of M; returns the cluster of each member (by position). */
function kmeans(M: Csr, members: Int32Array, k: number, iters: number, random: () => number): Int32Array {
  const n = members.length;
  const d = M.cols;
  const assign = new Int32Array(n);
  if (k <= 1) return assign;
  const C = new Float32Array(k * d);
  const seed = (c: number) => {
    const v = members[Math.floor(random() * n)]!;
    C.fill(0, c * d, c * d + d);
    for (let q = M.ptr[v]!; q < M.ptr[v + 1]!; q++) C[c * d + M.idx[q]!] = M.val[q]!;
  };
  for (let c = 0; c < k; c++) seed(c);
  for (let it = 0; it < iters; it++) {
    for (let j = 0; j < n; j++) {
      const v = members[j]!;
      const a = M.ptr[v]!;
      const b = M.ptr[v + 1]!;
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        const cb = c * d;
        let dot = 0;
        for (let q = a; q < b; q++) dot += M.val[q]! * C[cb + M.idx[q]!]!;
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[j] = arg;
    }
    C.fill(0);
    for (let j = 0; j < n; j++) {
      const v = members[j]!;
      const cb = assign[j]! * d;
      for (let q = M.ptr[v]!; q < M.ptr[v + 1]!; q++) C[cb + M.idx[q]!]! += M.val[q]!;
    }
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let q = 0; q < d; q++) s += C[c * d + q]! ** 2;
      if (s === 0) {
        seed(c);
        continue;
      }
      const inv = 1 / Math.sqrt(s);
      for (let q = 0; q < d; q++) C[c * d + q]! *= inv;
    }
  }
  return assign;
}
