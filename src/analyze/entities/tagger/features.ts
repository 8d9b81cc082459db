import { GAZ_CLASSES } from "./gazetteer.js";
import { hashString, mix } from "./hash.js";
import type { WordInfo } from "./word.js";

/** Upper bound on features per token (the extractor below emits at most this many). */
export const MAX_FEATURES = 128;

const T = (name: string) => hashString("tpl:" + name);
const BIAS = T("bias");
const W0 = T("w0");
const L0 = T("l0");
const S0 = T("s0");
const SS0 = T("ss0");
const AFFIX = [T("p1"), T("p2"), T("p3"), T("p4"), T("x1"), T("x2"), T("x3"), T("x4")];
const LM1 = T("l-1");
const LP1 = T("l+1");
const LM2 = T("l-2");
const LP2 = T("l+2");
const SSM1 = T("ss-1");
const SSP1 = T("ss+1");
const SSM2 = T("ss-2");
const SSP2 = T("ss+2");
const SS_M1_0 = T("ss-1|ss0");
const SS_0_P1 = T("ss0|ss+1");
const SS_M1_0_P1 = T("ss-1|ss0|ss+1");
const L_M1_0 = T("l-1|l0");
const L_0_P1 = T("l0|l+1");
const L_M1_SS0 = T("l-1|ss0");
const SS0_LP1 = T("ss0|l+1");
const C0 = T("c0");
const K0 = T("k0");
const CM1 = T("c-1");
const CP1 = T("c+1");
const K_M1_0 = T("k-1|k0");
const K_0_P1 = T("k0|k+1");
const K0_SS0 = T("k0|ss0");
const START_SS = T("start|ss0");
const CAPBIN = T("capbin|ss0");
const CAPBIN_START = T("capbin|start");
const CAPBIN_M1 = T("capbin-1|capbin0");
const START_L = T("start|l0");
const CAPS_L = T("caps|l0");
const CAPS_K = T("caps|k0");
const CAPS_BIAS = T("caps");
const LEN = T("len");
const GAZ = T("gaz");
const GAZ_M1 = T("gaz-1");
const GAZ_P1 = T("gaz+1");
const GAZ_SS0 = T("gaz|ss0");
const DOC_MAJ = T("doc-maj");
const DOC_ANY = T("doc-any");
const DOC_MAJ_SS = T("doc-maj|ss0");
const DOC_MAJ_M1 = T("doc-maj-1");
const DOC_MAJ_P1 = T("doc-maj+1");
const DOC_LOWER = T("doc-lower|ss0");
const DOC_P1 = T("doc-p1");
const DOC_P1_MAJ = T("doc-p1|maj");
const UNK = hashString("<unk>");
const PAD = hashString("<pad>");

const GAZ_BITS = GAZ_CLASSES.length * 4;

/** Per-token feature ids (already reduced to buckets) for one sentence; rows of MAX_FEATURES. */
export class FeatureBuffer {
  feats = new Int32Array(0);
  counts = new Uint8Array(0);
  ensure(n: number): void {
    if (this.counts.length >= n) return;
    const cap = Math.max(n, this.counts.length * 2, 64);
    this.feats = new Int32Array(cap * MAX_FEATURES);
    this.counts = new Uint8Array(cap);
  }
}

export interface SentenceInput {
  words: readonly WordInfo[];
  /** Gazetteer bitmask per token (see Gazetteer.match). */
  gaz: Int32Array;
  /** Whether the sentence is written all in capitals (a headline): casing says nothing there. */
  caps: boolean;
  /** Training only: tokens whose identity is hidden (word dropout), so the model learns context. */
  drop?: Uint8Array | null;
  /** Second pass: per token, the document evidence code (see docEvidence), or null in the first pass. */
  doc?: Int32Array | null;
}

/**
 * Fills `buf` with the feature buckets of every token: its word features, its neighbours' features, then its context
 * features. Features are hashes of (template, value) pairs combined with integer mixing; no strings are built here.
 */
export function extractFeatures(s: SentenceInput, mask: number, buf: FeatureBuffer): void {
  const n = s.words.length;
  buf.ensure(n);
  for (let i = 0; i < n; i++) {
    const base = i * MAX_FEATURES;
    let k = wordFeatures(s.words[i]!, s.caps, s.drop ? s.drop[i] === 1 : false, mask, buf.feats, base);
    for (let side = 0; side < NEIGHBOURS.length; side++) k = neighbourFeatures(s, i + NEIGHBOURS[side]!, side, mask, buf.feats, k);
    buf.counts[i] = contextFeatures(s, i, mask, buf.feats, k) - base;
  }
}

/**
 * The features of a word itself (given whether its sentence is in capitals): the same wherever the word occurs, so
 * the tagger sums their weights once per distinct word. `dropped` hides the word's identity. Writes from f[k] on and
 * returns the end.
 */
export function wordFeatures(w: WordInfo, caps: boolean, dropped: boolean, mask: number, f: Int32Array, k: number): number {
  const l0 = dropped ? UNK : w.lower;
  const ss0 = caps ? SS0 : w.short;
  f[k++] = BIAS & mask;
  f[k++] = mix(W0, dropped ? UNK : w.word) & mask;
  f[k++] = mix(L0, l0) & mask;
  if (!caps) f[k++] = mix(S0, w.shape) & mask;
  f[k++] = mix(SS0, ss0) & mask;
  for (let a = 0; a < 8; a++) if (w.affix[a] !== 0) f[k++] = mix(AFFIX[a]!, w.affix[a]!) & mask;
  f[k++] = mix(C0, w.fine) & mask;
  f[k++] = mix(K0, w.coarse) & mask;
  f[k++] = mix(mix(K0_SS0, w.coarse), ss0) & mask;
  f[k++] = mix(mix(CAPBIN, w.capBin), ss0) & mask;
  if (caps) {
    f[k++] = CAPS_BIAS & mask;
    f[k++] = mix(CAPS_L, l0) & mask;
    f[k++] = mix(CAPS_K, w.coarse) & mask;
  }
  return k;
}

const lw = (s: SentenceInput, i: number) => (i < 0 || i >= s.words.length ? PAD : s.drop && s.drop[i] ? UNK : s.words[i]!.lower);
const ss = (s: SentenceInput, i: number) => (i < 0 || i >= s.words.length ? PAD : s.caps ? SS0 : s.words[i]!.short);
const cl = (s: SentenceInput, i: number) => (i < 0 || i >= s.words.length ? PAD : s.words[i]!.fine);
const co = (s: SentenceInput, i: number) => (i < 0 || i >= s.words.length ? PAD : s.words[i]!.coarse);

/** Where the neighbours are, as offsets from the token (index `side` of neighbourFeatures). */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;
const NB_L = [LM2, LM1, LP1, LP2];
const NB_SS = [SSM2, SSM1, SSP1, SSP2];

/**
 * The features that a token takes from the word at position j, its neighbour on `side` (see NEIGHBOURS), or from the
 * padding where j is outside the sentence: the same wherever that word occurs. Writes from f[k] on and returns the end.
 */
export function neighbourFeatures(s: SentenceInput, j: number, side: number, mask: number, f: Int32Array, k: number): number {
  f[k++] = mix(NB_L[side]!, lw(s, j)) & mask;
  f[k++] = mix(NB_SS[side]!, ss(s, j)) & mask;
  if (side === 1 || side === 2) f[k++] = mix(side === 1 ? CM1 : CP1, cl(s, j)) & mask;
  return k;
}

/**
 * The features of token i that depend on where it stands: pairs of it and its neighbours, sentence start and length,
 * gazetteer matches and document evidence. Writes from f[k] on and returns the end.
 */
export function contextFeatures(s: SentenceInput, i: number, mask: number, f: Int32Array, k: number): number {
  const { words, gaz, doc } = s;
  const n = words.length;
  const w = words[i]!;
  const l0 = lw(s, i);
  const lm1 = lw(s, i - 1);
  const lp1 = lw(s, i + 1);
  const ss0 = ss(s, i);
  const ssm1 = ss(s, i - 1);
  const ssp1 = ss(s, i + 1);
  const k0 = w.coarse;
  f[k++] = mix(mix(SS_M1_0, ssm1), ss0) & mask;
  f[k++] = mix(mix(SS_0_P1, ss0), ssp1) & mask;
  f[k++] = mix(mix(mix(SS_M1_0_P1, ssm1), ss0), ssp1) & mask;
  f[k++] = mix(mix(L_M1_0, lm1), l0) & mask;
  f[k++] = mix(mix(L_0_P1, l0), lp1) & mask;
  f[k++] = mix(mix(L_M1_SS0, lm1), ss0) & mask;
  f[k++] = mix(mix(SS0_LP1, ss0), lp1) & mask;
  f[k++] = mix(mix(K_M1_0, co(s, i - 1)), k0) & mask;
  f[k++] = mix(mix(K_0_P1, k0), co(s, i + 1)) & mask;
  f[k++] = mix(mix(CAPBIN_M1, i > 0 ? words[i - 1]!.capBin : 15), w.capBin) & mask;
  if (i === 0) {
    f[k++] = mix(CAPBIN_START, w.capBin) & mask;
    f[k++] = mix(START_SS, ss0) & mask;
    f[k++] = mix(START_L, l0) & mask;
  }
  if (n <= 2) f[k++] = mix(LEN, n) & mask;
  const g = gaz[i]!;
  if (g !== 0) {
    // At most 16 matches per token keep the row inside MAX_FEATURES.
    for (let b = 0, m = 0; b < GAZ_BITS && m < 16; b++) {
      if (g & (1 << b)) {
        m++;
        f[k++] = mix(GAZ, b) & mask;
        f[k++] = mix(mix(GAZ_SS0, b), ss0) & mask;
      }
    }
  }
  const gm = i > 0 ? gaz[i - 1]! : 0;
  const gp = i + 1 < n ? gaz[i + 1]! : 0;
  if (gm !== 0) f[k++] = mix(GAZ_M1, gm) & mask;
  if (gp !== 0) f[k++] = mix(GAZ_P1, gp) & mask;
  if (doc) {
    const d = doc[i]!;
    const maj = d & 7;
    if (maj !== 0) {
      f[k++] = mix(DOC_MAJ, maj) & mask;
      f[k++] = mix(mix(DOC_MAJ_SS, maj), ss0) & mask;
    }
    for (let t = 0; t < 4; t++) if (d & (8 << t)) f[k++] = mix(DOC_ANY, t) & mask;
    if (d & 128) f[k++] = mix(DOC_LOWER, ss0) & mask;
    const p1 = (d >>> 8) & 31;
    if (p1 !== 0) {
      f[k++] = mix(DOC_P1, p1) & mask;
      f[k++] = mix(mix(DOC_P1_MAJ, p1), maj) & mask;
    }
    if (i > 0 && (doc[i - 1]! & 7) !== 0) f[k++] = mix(DOC_MAJ_M1, doc[i - 1]! & 7) & mask;
    if (i + 1 < n && (doc[i + 1]! & 7) !== 0) f[k++] = mix(DOC_MAJ_P1, doc[i + 1]! & 7) & mask;
  }
  return k;
}
