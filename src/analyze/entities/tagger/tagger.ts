import type { Sentence, Token } from "../../../text/types.js";
import { DecodeBuffer, viterbi } from "./decode.js";
import { disagrees, docEvidence, prepareSentence, type PreparedSentence } from "./document.js";
import { MAX_FEATURES, NEIGHBOURS, contextFeatures, neighbourFeatures, wordFeatures, type SentenceInput } from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { NUM_LABELS, labelsToSpans } from "./labels.js";
import { RowMemo } from "./memo.js";
import type { Scorer } from "./scorer.js";
import { NER_TYPES, type NerSpan, type Tagger } from "./types.js";
import { trainingTokens } from "./tokens.js";
import type { WordInfo, WordTable } from "./word.js";

const L = NUM_LABELS;
/** Longest token run tagged as one sequence; feature and decode buffers grow with it. */
export const MAX_SENTENCE = 1000;
/**
 * Words whose feature weights are kept summed, per pass and casing (at most 2.8 MB each; see RowMemo). 4k words tag
 * as fast as 16k on the bench corpora, and the analyzer's peak memory stays ~10 MB lower.
 */
const MEMO_WORDS = 1 << 12;
/** A memo row: the weights a word gives itself, then those it gives the token on each side of NEIGHBOURS. */
const ROW = (1 + NEIGHBOURS.length) * L;
const [NB0, NB1, NB2, NB3] = NEIGHBOURS;

export interface TaggerParts {
  table: WordTable;
  gazetteer: Gazetteer;
  bits: number;
  /** One scorer per pass; pass 2 (if any) sees document evidence from pass 1. */
  passes: Scorer[];
  /** Per pass: the margin (weight units) that maps to a span score of ~0.73. */
  margins: number[];
}

/** A token span with its type index, sentence index and score, before mapping to characters. */
export interface TaggedSpan {
  sentence: number;
  start: number;
  end: number;
  type: number;
  score: number;
  /** The smallest per-token emission margin (weight units) the score was computed from. */
  margin: number;
}

/** Averaged-perceptron BILOU tagger with Viterbi decoding and an optional document-consistency second pass. */
export class NerTagger implements Tagger {
  private readonly mask: number;
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly acc = new Float64Array(L);
  /** Per sentence, at[j + 2]: the memo row of the word at j, for j = -2 .. n + 1 (padding outside the sentence). */
  private at = new Int32Array(0);
  private readonly db = new DecodeBuffer();
  private em = new Float32Array(0);
  /** Per pass, then per casing (index 2p for mixed case, 2p + 1 for capitals); null is the padding. */
  private readonly memos: RowMemo<WordInfo | null>[] = [];

  /** Run pass 2 only on sentences where document evidence disagrees with pass 1 (see disagrees). */
  selective = true;

  constructor(readonly parts: TaggerParts) {
    this.mask = (1 << parts.bits) - 1;
  }

  prepare(tokens: readonly string[]): PreparedSentence {
    return prepareSentence(tokens, this.parts.table, this.parts.gazetteer);
  }

  /** Labels a document (its sentences in order); returns the final labels and the token spans with scores. */
  labelDocument(sents: readonly PreparedSentence[], passes = this.parts.passes.length): { labels: Uint8Array[]; spans: TaggedSpan[] } {
    let labels = sents.map((s) => new Uint8Array(s.words.length));
    let doc: Int32Array[] | null = null;
    const spans: TaggedSpan[] = [];
    let prev = labels;
    const scores: TaggedSpan[][] = [];
    for (let p = 0; p < passes; p++) {
      const last = p === passes - 1;
      if (p > 0) {
        prev = labels;
        doc = docEvidence(sents, labels);
        labels = sents.map((s) => new Uint8Array(s.words.length));
      }
      sents.forEach((s, si) => {
        const n = s.words.length;
        if (n === 0) return;
        if (p > 0 && this.selective && !disagrees(doc![si]!, prev[si]!)) {
          labels[si] = prev[si]!;
          if (last) spans.push(...(scores[si] ?? []));
          return;
        }
        this.decode(p, s, doc ? doc[si]! : null, labels[si]!);
        if (last) this.collect(si, labels[si]!, n, this.parts.margins[p] ?? 1, spans);
        else if (this.selective) this.collect(si, labels[si]!, n, this.parts.margins[p] ?? 1, (scores[si] = []));
      });
    }
    return { labels, spans };
  }

  /**
   * Features, emissions and Viterbi for one sentence in pass p; leaves emissions in this.em. A token's emissions sum
   * the memoised weights its word gives itself, those its neighbours' words give it, and its context features' weights.
   * A sentence may have at most MEMO_WORDS - 1 tokens (tag() cuts them at MAX_SENTENCE).
   */
  decode(p: number, s: PreparedSentence, doc: Int32Array | null, out: Uint8Array): void {
    const n = s.words.length;
    if (this.em.length < n * L) this.em = new Float32Array(Math.max(n * L, this.em.length * 2));
    if (this.at.length < n + 4) this.at = new Int32Array(Math.max(n + 4, this.at.length * 2));
    const { feats, acc, em, at, mask } = this;
    const scorer = this.parts.passes[p]!;
    const memo = (this.memos[2 * p + (s.caps ? 1 : 0)] ??= new RowMemo(MEMO_WORDS, ROW));
    const input = { words: s.words, gaz: s.gaz, caps: s.caps, doc };
    memo.reserve(n + 1);
    for (let j = -2; j < n + 2; j++) at[j + 2] = this.wordRow(memo, scorer, input, j);
    const rows = memo.rows;
    for (let i = 0; i < n; i++) {
      // The word's own row, then for each side of NEIGHBOURS the row the neighbour there gives this side.
      const w = at[i + 2]!;
      const n0 = at[i + 2 + NB0]! + L;
      const n1 = at[i + 2 + NB1]! + 2 * L;
      const n2 = at[i + 2 + NB2]! + 3 * L;
      const n3 = at[i + 2 + NB3]! + 4 * L;
      for (let y = 0; y < L; y++) acc[y] = rows[w + y]! + rows[n0 + y]! + rows[n1 + y]! + rows[n2 + y]! + rows[n3 + y]!;
      scorer.accumulate(feats, 0, contextFeatures(input, i, mask, feats, 0), acc, 0);
      for (let y = 0; y < L; y++) em[i * L + y] = acc[y]!;
    }
    viterbi(em, n, scorer.trans, out, this.db);
  }

  /** The emissions (n tokens x NUM_LABELS, weight units) of the sentence decode() labelled last; a copy. */
  lastEmissions(n: number): Float32Array {
    return this.em.slice(0, n * L);
  }

  /** The memo row of the word at position j, or of the padding outside the sentence; summed on first sight. */
  private wordRow(memo: RowMemo<WordInfo | null>, scorer: Scorer, s: SentenceInput, j: number): number {
    const w = j >= 0 && j < s.words.length ? s.words[j]! : null;
    let at = memo.find(w);
    if (at >= 0) return at;
    at = memo.claim(w);
    const { feats, mask } = this;
    if (w) scorer.accumulate(feats, 0, wordFeatures(w, s.caps, false, mask, feats, 0), memo.rows, at);
    for (let side = 0; side < NEIGHBOURS.length; side++) {
      scorer.accumulate(feats, 0, neighbourFeatures(s, j, side, mask, feats, 0), memo.rows, at + (side + 1) * L);
    }
    return at;
  }

  /** Span score: logistic of the smallest per-token emission margin of the chosen label over the best other label. */
  private collect(si: number, labels: Uint8Array, n: number, margin: number, spans: TaggedSpan[]): void {
    const em = this.em;
    for (const sp of labelsToSpans(labels, n)) {
      let min = Infinity;
      for (let i = sp.start; i < sp.end; i++) {
        const o = i * L;
        const chosen = em[o + labels[i]!]!;
        let other = -Infinity;
        for (let y = 0; y < L; y++) if (y !== labels[i] && em[o + y]! > other) other = em[o + y]!;
        min = Math.min(min, chosen - other);
      }
      const score = 1 / (1 + Math.exp(-min / margin));
      spans.push({ sentence: si, start: sp.start, end: sp.end, type: sp.type, score: Math.round(score * 1000) / 1000, margin: min });
    }
  }

  tag(text: string, sentences: Sentence[]): NerSpan[] {
    const tokens: Token[][] = [];
    for (const s of sentences) {
      const toks = trainingTokens(s.tokens);
      // Very long "sentences" (text without punctuation) are tagged in windows so buffers stay small.
      for (let i = 0; i < toks.length; i += MAX_SENTENCE) tokens.push(toks.slice(i, i + MAX_SENTENCE));
    }
    const prepared = tokens.map((toks) => this.prepare(toks.map((t) => t.text)));
    const { spans } = this.labelDocument(prepared);
    return spans.map((sp) => {
      const toks = tokens[sp.sentence]!;
      return { start: toks[sp.start]!.start, end: toks[sp.end - 1]!.end, type: NER_TYPES[sp.type]!, score: sp.score };
    });
  }
}
