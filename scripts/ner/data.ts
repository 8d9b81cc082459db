import type { PreparedSentence } from "../../src/analyze/entities/tagger/document.js";
import { spansToLabels } from "../../src/analyze/entities/tagger/labels.js";
import { NER_TYPES, type NerType } from "../../src/analyze/entities/tagger/types.js";
import { parseConll, tagsToSpans, type ConllSentence } from "../../src/eval/conll.js";

export interface LabelledSentence {
  tokens: string[];
  gold: Uint8Array;
}

/** A CoNLL sentence's gold spans of the four types, as token ranges and NER_TYPES indexes (other types are dropped). */
export function typedSpans(sent: ConllSentence): { start: number; end: number; type: number }[] {
  return tagsToSpans(sent.map((t) => t.tag))
    .map((s) => ({ start: s.start, end: s.end, type: NER_TYPES.indexOf(s.type as NerType) }))
    .filter((s) => s.type >= 0);
}

/** CoNLL documents as token strings with BILOU gold labels (types outside the four are ignored). */
export function readLabelled(content: string): LabelledSentence[][] {
  return parseConll(content).map((doc) =>
    doc.map((sent) => ({ tokens: sent.map((t) => t.text), gold: spansToLabels(sent.length, typedSpans(sent)) })),
  );
}

/** Span-level micro F1 of predicted against gold BILOU labels (the same figure conlleval gives). */
export function spanF1(
  gold: readonly Uint8Array[],
  pred: readonly Uint8Array[],
  decode: (l: Uint8Array) => { start: number; end: number; type: number }[],
): number {
  let g = 0;
  let p = 0;
  let c = 0;
  gold.forEach((gl, i) => {
    const gs = new Set(decode(gl).map((s) => `${s.start}:${s.end}:${s.type}`));
    const ps = decode(pred[i]!);
    g += gs.size;
    p += ps.length;
    for (const s of ps) if (gs.has(`${s.start}:${s.end}:${s.type}`)) c++;
  });
  return p && g && c ? (2 * c) / (p + g) : 0;
}

export type PreparedDoc = { sents: PreparedSentence[]; gold: Uint8Array[] };
