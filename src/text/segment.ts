import type { Sentence, Token } from "./types.js";

const TOKEN = /[\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*|\S/gu;
const SENTENCE_END = /[.!?]["'”’)]*$/;

/**
 * Baseline segmentation: word-ish tokens and punctuation over the original text, sentences at
 * sentence-final punctuation and at line breaks. Offsets are indices into `text`.
 */
export function segment(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    let tokens: Token[] = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(line[0]); m; m = TOKEN.exec(line[0])) {
      const start = line.index + m.index;
      tokens.push({ start, end: start + m[0].length, text: m[0] });
      if (SENTENCE_END.test(m[0]) && m[0].length <= 2) {
        sentences.push(toSentence(tokens));
        tokens = [];
      }
    }
    if (tokens.length) sentences.push(toSentence(tokens));
  }
  return sentences;
}

function toSentence(tokens: Token[]): Sentence {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens };
}
