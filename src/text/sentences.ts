import { SENTENCE_OPENERS } from "./abbreviations.js";
import { TokenKind, type TokenArrays } from "./tokens.js";

/** Characters that, right after a terminator, show the sentence goes on: `"Why?" he asked`, `Yahoo!, Inc.`, `"Why?"—he asked` */
const CONTINUES = /^[\p{Ll},;:%)\]}\u2014-]/u;

/**
 * Splits scanned tokens into sentences, as [firstToken, lastToken + 1) index pairs. A sentence ends
 * at a line break, or at a terminator (with the closing quotes and brackets right after it) unless
 * the next word starts in lower case or is a comma or the like. A SUFFIX abbreviation ("Inc.",
 * "U.S.") ends one only before a typical sentence opener; PREFIX abbreviations ("Gen.") never do.
 * One pass over the tokens, with a moving pointer for line breaks, so linear in the text.
 */
export function splitSentences(text: string, { starts, ends, kinds }: TokenArrays): [number, number][] {
  const n = starts.length;
  const out: [number, number][] = [];
  let nextNewline = text.indexOf("\n");
  /** True when a line break lies in [from, to); the pointer only moves forward. */
  const lineBreakIn = (from: number, to: number): boolean => {
    while (nextNewline !== -1 && nextNewline < from) nextNewline = text.indexOf("\n", from);
    return nextNewline !== -1 && nextNewline < to;
  };
  let first = 0;
  for (let i = 0; i < n; i++) {
    if (i > first && lineBreakIn(ends[i - 1]!, starts[i]!)) {
      out.push([first, i]);
      first = i;
    }
    const kind = kinds[i]!;
    if (kind !== TokenKind.Terminator && kind !== TokenKind.SuffixAbbreviation) continue;
    // Closing quotes, brackets and further terminators written right after stay in the sentence.
    let j = i + 1;
    while (j < n && starts[j] === ends[j - 1] && (kinds[j] === TokenKind.Closer || kinds[j] === TokenKind.Terminator)) j++;
    if (j === n) break;
    const next = text.slice(starts[j]!, ends[j]!);
    const ends_ = kind === TokenKind.Terminator ? !CONTINUES.test(next) : SENTENCE_OPENERS.has(next);
    if (ends_) {
      out.push([first, j]);
      first = j;
    }
    i = j - 1;
  }
  if (first < n) out.push([first, n]);
  return out;
}
