/**
 * ROUGE-LSum as fundus-eval scores it (Google rouge_score, split_summaries=True, no stemming):
 * lowercase ASCII-alphanumeric tokens, sentences, summary-level union LCS with clipped hit counts,
 * best F over the allowed variants of the reference (optional paragraphs dropped or kept).
 */
import { harmonic, type Prf } from "./metrics.js";

/** rouge_score's default tokenizer: lowercase, runs outside [a-z0-9] separate, non-ASCII letters dropped. */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== "");
}

/**
 * Sentences: every line break splits (rouge_score splits on "\n"), and within a line a sentence ends
 * at . ! or ? followed by space and a capital, digit or opening quote — an approximation of NLTK
 * punkt that leaves common abbreviations (Mr., U.S.) alone.
 */
export function rougeSentences(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split("\n")) {
    for (const s of line.split(
      /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep|No|vs|[A-Z]))[.!?]["'”’)\]]*\s+(?=["'“‘(\[]*[A-Z0-9])/,
    )) {
      const tokens = rougeTokens(s);
      if (tokens.length > 0) out.push(tokens);
    }
  }
  return out;
}

/** Indices into `ref` of one longest common subsequence with `cand` (rouge_score's _lcs_ind). */
function lcsIndices(ref: string[], cand: string[]): number[] {
  const rows = ref.length + 1;
  const cols = cand.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        ref[i - 1] === cand[j - 1] ? table[(i - 1) * cols + j - 1]! + 1 : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const out: number[] = [];
  let i = ref.length;
  let j = cand.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[(i - 1) * cols + j]! > table[i * cols + j - 1]!) i--;
    else j--;
  }
  return out;
}

/** The tokens of `ref` that take part in an LCS with any candidate sentence, in order. */
function unionLcs(ref: string[], cands: string[][]): string[] {
  const keep = new Set<number>();
  for (const c of cands) for (const i of lcsIndices(ref, c)) keep.add(i);
  return [...keep].sort((a, b) => a - b).map((i) => ref[i]!);
}

function tokenCounts(sentences: string[][]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of sentences) for (const t of s) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * Best ROUGE-LSum over reference variants. `paragraphs` are the gold paragraphs; indices in
 * `optional` may be dropped: every subset when there are at most `maxOptional`, else all or none.
 */
export function rougeLsumBest(paragraphs: string[], optional: number[], predicted: string, maxOptional = 4): Prf {
  const cand = rougeSentences(predicted);
  const candTotal = cand.reduce((n, s) => n + s.length, 0);
  // The union LCS of a reference sentence does not depend on the other reference sentences: compute once.
  const refs = paragraphs.map((p) => rougeSentences(p).map((s) => ({ tokens: s, union: unionLcs(s, cand) })));
  const dropSets: Set<number>[] = [];
  if (optional.length <= maxOptional) {
    for (let mask = 0; mask < 1 << optional.length; mask++) {
      dropSets.push(new Set(optional.filter((_, k) => mask & (1 << k))));
    }
  } else {
    dropSets.push(new Set(), new Set(optional));
  }
  let best: Prf = { precision: 0, recall: 0, f1: 0 };
  let first = true;
  for (const drop of dropSets) {
    const sents = refs.filter((_, i) => !drop.has(i)).flat();
    const refTotal = sents.reduce((n, s) => n + s.tokens.length, 0);
    const refCounts = tokenCounts(sents.map((s) => s.tokens));
    const candCounts = tokenCounts(cand);
    let hits = 0;
    for (const s of sents) {
      for (const t of s.union) {
        const r = refCounts.get(t) ?? 0;
        const c = candCounts.get(t) ?? 0;
        if (r > 0 && c > 0) {
          hits++;
          refCounts.set(t, r - 1);
          candCounts.set(t, c - 1);
        }
      }
    }
    const precision = candTotal === 0 ? 0 : hits / candTotal;
    const recall = refTotal === 0 ? 0 : hits / refTotal;
    const f1 = harmonic(precision, recall);
    if (first || f1 > best.f1) best = { precision, recall, f1 };
    first = false;
  }
  return best;
}
