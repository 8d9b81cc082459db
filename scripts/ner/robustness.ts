/**
 * Robustness measures for the NER tagger on labelled CoNLL text, aimed at names the training data never had:
 * - unseen-word recall: recall on gold mentions with a token (exact string) that never occurs in the training file;
 * - name-swap drop: F1 on the text as it is minus F1 after every mention is swapped for another name of the same
 *   type (scripts/ner/swap.ts), averaged over seeds. A model that reads context and word shape loses little; one
 *   that memorised names loses a lot.
 * Tagging goes through Tagger.tag on the text `newsgraph eval ner --tagger` builds (conllDocument), so F1 here is
 * the figure that command prints.
 */
import type { Tagger } from "../../src/analyze/entities/tagger/types.js";
import { NER_TYPES } from "../../src/analyze/entities/tagger/types.js";
import { parseConll } from "../../src/eval/conll.js";
import { conllDocument, tokenEdges } from "../../src/eval/ner.js";
import { typedSpans } from "./data.js";
import { rng } from "./perceptron.js";
import { RealNames, swapDocument, type NameSpan, type PoolKind, type SwapSentence } from "./swap.js";

export type Doc = SwapSentence[];

/** CoNLL documents as tokens with token spans of the four types (other types are dropped). */
export function readDocs(content: string): Doc[] {
  return parseConll(content).map((doc) => doc.map((sent) => ({ tokens: sent.map((t) => t.text), spans: typedSpans(sent) })));
}

/** Every token string (case kept) of the documents. */
export function vocabulary(docs: readonly Doc[]): Set<string> {
  const v = new Set<string>();
  for (const d of docs) for (const s of d) for (const t of s.tokens) v.add(t);
  return v;
}

/** Predicted token spans per document and sentence; a predicted span off token edges is dropped (it matches nothing). */
export function tagDocs(tagger: Tagger, docs: readonly Doc[]): NameSpan[][][] {
  return docs.map((doc) => {
    const { text, sentences } = conllDocument(doc.map((s) => s.tokens.map((text) => ({ text, tag: "O" }))));
    const { startAt, endAt } = tokenEdges(sentences);
    const out: NameSpan[][] = doc.map(() => []);
    for (const sp of tagger.tag(text, sentences)) {
      const a = startAt.get(sp.start);
      const b = endAt.get(sp.end);
      if (!a || !b || a[0] !== b[0]) continue;
      out[a[0]]!.push({ start: a[1], end: b[1] + 1, type: NER_TYPES.indexOf(sp.type) });
    }
    return out;
  });
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

const key = (s: NameSpan) => `${s.start}:${s.end}:${s.type}`;

/** conlleval-style micro P/R/F1: exact span and type. */
export function score(docs: readonly Doc[], pred: readonly NameSpan[][][]): Prf {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  docs.forEach((doc, di) =>
    doc.forEach((s, si) => {
      const g = new Set(s.spans.map(key));
      const p = pred[di]![si]!;
      gold += g.size;
      predicted += p.length;
      for (const sp of p) if (g.has(key(sp))) correct++;
    }),
  );
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gold, predicted, correct };
}

export interface SplitRecall {
  /** Mentions with a token not in the training vocabulary, and how many of them were found exactly. */
  unseen: { mentions: number; found: number; recall: number };
  /** Mentions whose tokens all occur in training. */
  seen: { mentions: number; found: number; recall: number };
}

/** Recall split by whether a gold mention has a token (exact string) the training text never contains. */
export function unseenRecall(docs: readonly Doc[], pred: readonly NameSpan[][][], trainVocab: ReadonlySet<string>): SplitRecall {
  const r = { unseen: { mentions: 0, found: 0, recall: 0 }, seen: { mentions: 0, found: 0, recall: 0 } };
  docs.forEach((doc, di) =>
    doc.forEach((s, si) => {
      const p = new Set(pred[di]![si]!.map(key));
      for (const sp of s.spans) {
        const bucket = s.tokens.slice(sp.start, sp.end).every((t) => trainVocab.has(t)) ? r.seen : r.unseen;
        bucket.mentions++;
        if (p.has(key(sp))) bucket.found++;
      }
    }),
  );
  r.unseen.recall = r.unseen.mentions ? r.unseen.found / r.unseen.mentions : 0;
  r.seen.recall = r.seen.mentions ? r.seen.found / r.seen.mentions : 0;
  return r;
}

/** The documents with every mention swapped (one seeded random stream over all documents, in order). */
export function swapDocs(docs: readonly Doc[], pool: PoolKind, seed: number, real?: RealNames): Doc[] {
  const rand = rng(seed);
  return docs.map((d) => swapDocument(d, { pool, real, rand }));
}

export interface SwapResult {
  pool: PoolKind;
  base: number;
  /** F1 after swapping, one per seed. */
  swapped: number[];
  /** base - mean(swapped), in F1 points (x100). */
  drop: number;
}

/** F1 drop (points) when every mention is swapped for a name from the pool, averaged over seeds 1..seeds. */
export function swapDrop(tagger: Tagger, docs: readonly Doc[], base: number, pool: PoolKind, seeds: number, real?: RealNames): SwapResult {
  const swapped: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const sw = swapDocs(docs, pool, seed, real);
    swapped.push(score(sw, tagDocs(tagger, sw)).f1);
  }
  const mean = swapped.reduce((a, b) => a + b, 0) / swapped.length;
  return { pool, base, swapped, drop: 100 * (base - mean) };
}

export interface Robustness {
  f1: Prf;
  split: SplitRecall;
  swaps: SwapResult[];
}

/** All measures for one tagger: F1, unseen-word recall, and the swap drop for each pool. */
export function measure(
  tagger: Tagger,
  dev: readonly Doc[],
  train: readonly Doc[],
  o: { pools: readonly PoolKind[]; seeds: number },
): Robustness {
  const f1 = score(dev, tagDocs(tagger, dev));
  const split = unseenRecall(dev, tagDocs(tagger, dev), vocabulary(train));
  const real = RealNames.fromSentences(train.flat());
  const swaps = o.pools.map((pool) => swapDrop(tagger, dev, f1.f1, pool, o.seeds, real));
  return { f1, split, swaps };
}
