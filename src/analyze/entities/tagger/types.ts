import type { Sentence } from "../../../text/types.js";

export const NER_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type NerType = (typeof NER_TYPES)[number];

/** A named-entity span: char offsets [start, end) into the tagged text, and a confidence in 0..1. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
  score: number;
}

export interface Tagger {
  /** Tags the tokens of `sentences` (offsets into `text`); the whole text is one document for label consistency. */
  tag(text: string, sentences: Sentence[]): NerSpan[];
}
