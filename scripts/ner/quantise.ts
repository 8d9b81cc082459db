import { NUM_LABELS } from "../../src/analyze/entities/tagger/labels.js";
import type { PassWeights } from "../../src/analyze/entities/tagger/model.js";
import type { DenseScorer } from "../../src/analyze/entities/tagger/scorer.js";

const L = NUM_LABELS;

/**
 * int8 weights with one float scale per row (the row's largest |w| maps to 127). A global int8 scale cost 3 F1
 * points on eng.testa; per-row scales keep the float model's score. Rows whose largest |w| is below
 * `prune` times the largest weight of the whole model are dropped.
 */
export function quantise(s: DenseScorer, prune = 0): PassWeights {
  let max = 0;
  for (let k = 0; k < s.w.length; k++) max = Math.max(max, Math.abs(s.w[k]!));
  const floor = prune * max;
  const rows = s.w.length / L;
  const keys: number[] = [];
  const scales: number[] = [];
  const q: number[] = [];
  for (let r = 0; r < rows; r++) {
    let rm = 0;
    for (let y = 0; y < L; y++) rm = Math.max(rm, Math.abs(s.w[r * L + y]!));
    if (rm === 0 || rm < floor) continue;
    const sc = rm / 127;
    keys.push(r);
    scales.push(sc);
    for (let y = 0; y < L; y++) q.push(Math.round(s.w[r * L + y]! / sc));
  }
  return { keys: Int32Array.from(keys), scale: Float32Array.from(scales), w: Int8Array.from(q), trans: Float32Array.from(s.trans) };
}
