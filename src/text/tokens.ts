import { NUMBERED_ABBREVIATIONS, PREFIX_ABBREVIATIONS, SUFFIX_ABBREVIATIONS, isInitial } from "./abbreviations.js";
import { normalise, type Normalised } from "./normalise.js";
import type { Token } from "./types.js";

/** What the sentence splitter needs to know about a token. */
export const TokenKind = {
  Plain: 0,
  /** A title or month abbreviation ("Gen.", "Jan.", "No." before a number): never ends a sentence. */
  PrefixAbbreviation: 1,
  /** "Inc.", "U.S.", "a.m.", an initial "F.": ends a sentence only before a typical opener. */
  SuffixAbbreviation: 2,
  /** . ! ? … and their equivalents in other scripts. */
  Terminator: 3,
  /** A closing quote or bracket, which stays with the sentence it closes. */
  Closer: 4,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/**
 * Tokens over a normalised text, as parallel arrays (compact and fast on huge inputs). Offsets are
 * into the normalised text; `toTokens` maps them back to the original.
 */
export interface TokenArrays {
  starts: number[];
  ends: number[];
  kinds: TokenKind[];
}

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}\u200c\u200d]`;
/** Longest run of word characters one token takes; longer runs (no spaces at all) are cut. */
const MAX_RUN = 256;
/**
 * One token per match, tried in order. Every quantifier is bounded: V8 runs a greedy loop over a
 * Unicode class on a run of millions of non-Latin-1 characters out of stack, and bounded loops also
 * keep each attempt constant-time, so a scan is linear in the text whatever its shape.
 */
const TOKEN_RE = new RegExp(
  [
    // URLs, without trailing punctuation; a dash ends one ("www.example.com—the site").
    String.raw`(?:https?:\/\/|www\.)[^\s<>"\u2014]{0,2048}[^\s<>".,;:!?)\]'\u2014-]`,
    // Initialisms written with periods: U.S. a.m. e.g.
    String.raw`(?:\p{L}\.){2,16}`,
    // Words and numbers: hyphens, apostrophes and "&" join words; . , : / join digits (1,000.5 9:30). Dashes,
    // which normalisation writes "—", do not: "pet—and" is three tokens.
    String.raw`${WORD_CHAR}{1,${MAX_RUN}}(?:(?:[-'&]|(?<=\p{N})[.,:/](?=\p{N}))${WORD_CHAR}{1,${MAX_RUN}}){0,16}`,
    // Ellipses and dash runs.
    String.raw`\.{2,64}|-{2,64}|\u2014{2,64}`,
    // An emoji with its modifiers and joined sequence.
    String.raw`\p{Extended_Pictographic}(?:[\u{1F3FB}-\u{1F3FF}\uFE0F]|\u200D\p{Extended_Pictographic}){0,16}`,
    // Any other single character (a code point, so surrogate pairs stay whole).
    String.raw`\S`,
  ].join("|"),
  "gu",
);

/** Clitics split off a word as their own token, as in the Penn Treebank: "Japan's" -> "Japan" "'s". */
const CLITIC = /(?:n't|'(?:s|re|ve|ll|d|m))$/i;
const TERMINATORS = new Set([".", "!", "?", "…", "؟", "।", "॥", "۔", "。", "！", "？", "‼", "⁇", "⁈", "⁉"]);
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
const CLOSERS = new Set(['"', "'", ")", "]", "}", "»", "›", "」", "』", "）"]);

function wordKind(word: string, text: string, end: number): TokenKind | undefined {
  if (text.charCodeAt(end) !== 46 /* . */) return undefined;
  if (PREFIX_ABBREVIATIONS.has(word)) return TokenKind.PrefixAbbreviation;
  if (SUFFIX_ABBREVIATIONS.has(word) || isInitial(word)) return TokenKind.SuffixAbbreviation;
  if (NUMBERED_ABBREVIATIONS.has(word) && /^\s{0,3}\d/.test(text.slice(end + 1, end + 5))) return TokenKind.PrefixAbbreviation;
  return undefined;
}

/** Scans a (normalised) text into token arrays. Linear in the length of the text. */
export function scanTokens(text: string): TokenArrays {
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: TokenKind[] = [];
  const push = (s: number, e: number, k: TokenKind) => {
    starts.push(s);
    ends.push(e);
    kinds.push(k);
  };
  const re = new RegExp(TOKEN_RE);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const tok = m[0];
    const start = m.index;
    let end = start + tok.length;
    if (tok.length > 1 && tok.endsWith(".") && !tok.startsWith("..")) {
      // An initialism written with periods (U.S., a.m.); no other alternative ends with a period.
      push(start, end, TokenKind.SuffixAbbreviation);
      continue;
    }
    if (!WORD_START.test(tok)) {
      const kind =
        TERMINATORS.has(tok) || tok.startsWith("..") ? TokenKind.Terminator : CLOSERS.has(tok) ? TokenKind.Closer : TokenKind.Plain;
      push(start, end, kind);
      continue;
    }
    const clitic = tok.includes("'") ? CLITIC.exec(tok) : null;
    if (clitic && clitic.index > 0) {
      push(start, start + clitic.index, TokenKind.Plain);
      push(start + clitic.index, end, TokenKind.Plain);
      continue;
    }
    const kind = wordKind(tok, text, end);
    if (kind !== undefined) {
      end++;
      re.lastIndex = end;
    }
    push(start, end, kind ?? TokenKind.Plain);
  }
  return { starts, ends, kinds };
}

/** Token objects over the original text for token indices [from, to). */
export function toTokens(original: string, norm: Normalised, arrays: TokenArrays, from = 0, to = arrays.starts.length): Token[] {
  const out: Token[] = new Array(to - from);
  for (let i = from; i < to; i++) {
    let s = arrays.starts[i]!;
    let e = arrays.ends[i]!;
    if (!norm.identity) [s, e] = norm.toOriginal(s, e);
    out[i - from] = { start: s, end: e, text: original.slice(s, e) };
  }
  return out;
}

/** Every token of `text`, with exact offsets into it. */
export function tokenize(text: string): Token[] {
  const norm = normalise(text);
  return toTokens(text, norm, scanTokens(norm.text));
}
