import { NUM_LABELS, allowed, endOk, startOk } from "./labels.js";

const L = NUM_LABELS;
const NEG = -1e30;
// Module-local copies: imported bindings can cost a getter call per access under some loaders.
const START_OK = Uint8Array.from(startOk);
const END_OK = Uint8Array.from(endOk);
/** For each label y, the labels allowed before it: PREV[y * L .. y * L + PREV_N[y]). */
const PREV = new Uint8Array(L * L);
const PREV_N = new Uint8Array(L);
for (let y = 0; y < L; y++) for (let p = 0; p < L; p++) if (allowed[p * L + y]) PREV[y * L + PREV_N[y]!++] = p;

/** Transition weights: L*L for prev→next, then L for start, then L for end. */
export const TRANS_SIZE = L * L + 2 * L;

/** Scratch space reused across calls (grown on demand). */
export class DecodeBuffer {
  delta = new Float64Array(0);
  back = new Uint8Array(0);
  ensure(n: number): void {
    if (this.back.length >= n * L) return;
    const cap = Math.max(n, 64) * L * 2;
    this.delta = new Float64Array(cap);
    this.back = new Uint8Array(cap);
  }
}

/**
 * Viterbi over BILOU labels restricted to valid sequences. `em` holds n*L emission scores; `trans` the transition
 * weights (see TRANS_SIZE). Writes the best labels into `out`. O(n * L^2).
 */
export function viterbi(em: Float32Array, n: number, trans: Float32Array, out: Uint8Array, buf: DecodeBuffer): void {
  if (n === 0) return;
  buf.ensure(n);
  const { delta, back } = buf;
  const so = L * L;
  for (let y = 0; y < L; y++) delta[y] = START_OK[y] ? em[y]! + trans[so + y]! : NEG;
  for (let i = 1; i < n; i++) {
    const pb = (i - 1) * L;
    const cb = i * L;
    for (let y = 0; y < L; y++) {
      let best = NEG;
      let arg = 0;
      const pe = y * L + PREV_N[y]!;
      for (let q = y * L; q < pe; q++) {
        const p = PREV[q]!;
        const v = delta[pb + p]! + trans[p * L + y]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[cb + y] = best + em[cb + y]!;
      back[cb + y] = arg;
    }
  }
  const eo = so + L;
  const lb = (n - 1) * L;
  let best = NEG;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    if (!END_OK[y]) continue;
    const v = delta[lb + y]! + trans[eo + y]!;
    if (v > best) {
      best = v;
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
}
