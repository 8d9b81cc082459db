/**
 * The word scanner shared by gazetteer phrases and the text they are matched against, so both split
 * alike: dotted acronyms (`U.S.`) are one word, hyphens and a possessive `'s` are words of their own
 * (`Asia-Pacific` -> Asia - Pacific, `Kishida's` -> Kishida 's), other punctuation is one word per mark.
 */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case, no diacritics, no dots, straight apostrophes: the lookup key. */
  key: string;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{M}]))[\p{L}\p{M}]+)*|['’][sS](?![\p{L}\p{M}])|\S/gu;

const PLAIN = /^[a-z0-9]*$/;

export function wordKey(s: string): string {
  const lower = s.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\.(?=.)/g, "")
    .replace(/(.)\.$/, "$1");
}

/** The words of text[start, end). Linear in the range's length. */
export function scanWords(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const e = Math.min(m.index + m[0].length, end);
    const t = text.slice(m.index, e);
    out.push({ start: m.index, end: e, text: t, key: wordKey(t) });
  }
  return out;
}

/** The lookup key of a phrase: its words' keys joined by single spaces. */
export function phraseKey(s: string): string {
  return scanWords(s)
    .map((w) => w.key)
    .join(" ");
}

export const isUpper = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
export const isCapitalised = (s: string) => /^\p{Lu}/u.test(s);

/** Arabic articles that names write in lower case ("al-Assad", "el-Sisi", "Bashar al Assad"). */
export const ARABIC_ARTICLES = "al|el|ad|as|an|ash|at|ar|az";
