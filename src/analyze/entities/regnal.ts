import type { Doc } from "./regions.js";

/** Regnal and papal numerals from II to XXXIX: "Elizabeth II", "Benedict XVI", "Louis XIV". */
const NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
/** Generational suffixes, part of the name as in CoNLL ("Ken Griffey Jr"): "Donald Trump Jr." is not Donald Trump. */
const GENERATIONAL = new Set(["jr", "sr"]);
/** Titles after which even "I" is a numeral: "Queen Elizabeth I", "Tsar Nicholas I". */
const MONARCHS = new Set(["king", "queen", "pope", "emperor", "empress", "tsar", "czar", "sultan", "shah", "kaiser"]);

/** Word i is a regnal numeral ("I" only when a monarch's title comes before the name that starts at a). */
function numeralAt(doc: Doc, i: number, a: number): boolean {
  const t = doc.words[i]!.text;
  if (t === "I") return a > 0 && MONARCHS.has(doc.words[a - 1]!.key);
  return t.length > 1 && NUMERAL.test(t);
}

/**
 * Where a name [a, b) ends once the suffix after it joins: a numeral after a name of up to three words
 * ("Elizabeth" + " II"), or "Jr"/"Sr" with its dot ("Joseph R. Biden" + " Jr."). The suffix must follow
 * on the same line after one space.
 */
export function throughSuffix(doc: Doc, a: number, b: number): number {
  const w = doc.words;
  if (b >= w.length || doc.regionOf[b] !== doc.regionOf[a]) return b;
  if (w[b]!.start !== w[b - 1]!.end + 1 || doc.text[w[b - 1]!.end] !== " ") return b;
  if (GENERATIONAL.has(w[b]!.key)) {
    const dot = b + 1 < w.length && w[b + 1]!.text === "." && w[b + 1]!.start === w[b]!.end;
    return dot ? b + 2 : b + 1;
  }
  return b - a <= 3 && numeralAt(doc, b, a) ? b + 1 : b;
}

/**
 * A monarch's or a pope's name, whatever the tagger read: a title of theirs opens the span or comes just
 * before it, and a numeral ends it ("Pope Benedict XVI"; "World War II" is no person).
 */
export function monarchName(doc: Doc, a: number, b: number): boolean {
  const titled = MONARCHS.has(doc.words[a]!.key) || (a > 0 && MONARCHS.has(doc.words[a - 1]!.key));
  return titled && ((b - a >= 2 && numeralAt(doc, b - 1, a)) || throughSuffix(doc, a, b) > b);
}

/** A name that ends in "Jr"/"Sr" (with or without its dot) is a person's: "Trump Jr." is no organisation. */
export function generationalName(doc: Doc, a: number, b: number): boolean {
  const last = doc.words[b - 1]!.text === "." && b - 2 > a ? b - 2 : b - 1;
  return last > a && GENERATIONAL.has(doc.words[last]!.key);
}

/** A name's last chunk that is no family name: "II" of Elizabeth II, "Jr." of Donald Trump Jr. */
export const isSuffixKey = (key: string): boolean =>
  (key !== "i" && NUMERAL.test(key.toUpperCase())) || GENERATIONAL.has(key.replace(/ \.$/, ""));
