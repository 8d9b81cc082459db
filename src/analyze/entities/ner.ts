/** The tagger contract (see src/analyze/entities/tagger/): spans over the text with a type and a 0..1 score. */
export type NerType = "PER" | "ORG" | "LOC" | "MISC";
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
  score: number;
}
export interface Tagger {
  tag(text: string, sentences: import("../../text/types.js").Sentence[]): NerSpan[];
}
