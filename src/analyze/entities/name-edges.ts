/** Where a person's name goes on past the tagger's span: through a middle initial or an Arabic article. */
import { isCapitalised } from "../../knowledge/index.js";
import { articleOpens, type Doc } from "./regions.js";

/** "Abdel Fattah" + " el-Sisi": a family name opened by a lower-case Arabic article on the same line. */
export function throughArticle(doc: Doc, a: number, b: number): number {
  const w = doc.words;
  const hi = doc.regions[doc.regionOf[a]!]!.last;
  return b < hi && w[b]!.start === w[b - 1]!.end + 1 && articleOpens(doc, b, hi) ? b + 3 : b;
}

/**
 * "Charles E" + ". Schumer", "Oscar" + " P. Quintero": a name cut at a middle initial goes on through the
 * family name.
 */
export function throughInitial(doc: Doc, a: number, b: number): number {
  const w = doc.words;
  const hi = doc.regions[doc.regionOf[a]!]!.last;
  if (
    b + 1 < hi &&
    /^\p{Lu}$/u.test(w[b - 1]!.text) &&
    w[b]!.text === "." &&
    w[b]!.start === w[b - 1]!.end &&
    isCapitalised(w[b + 1]!.text)
  ) {
    return b + 2;
  }
  if (b < hi && b - 2 >= a && w[b - 1]!.text === "." && /^\p{Lu}$/u.test(w[b - 2]!.text) && isCapitalised(w[b]!.text)) return b + 1;
  // "Oscar" + " P. Quintero": a given name the tagger ended before the middle initial.
  if (
    b + 2 < hi &&
    /^\p{Lu}$/u.test(w[b]!.text) &&
    w[b]!.start === w[b - 1]!.end + 1 &&
    w[b + 1]!.text === "." &&
    w[b + 1]!.start === w[b]!.end &&
    w[b + 2]!.start === w[b + 1]!.end + 1 &&
    isCapitalised(w[b + 2]!.text)
  )
    return b + 3;
  return b;
}
