import type { NerSpan } from "./tagger/types.js";
import { isCapitalised } from "../../knowledge/index.js";
import type { Doc } from "./regions.js";

/** Legal-form words that end a company's name: "Tesla Inc", "Boeing Co", "BioNTech SE", "HSBC Holdings plc". */
const SUFFIX = new Set(["inc", "corp", "co", "ltd", "plc", "llc", "lp", "se", "ag", "sa", "nv", "spa", "gmbh", "asa", "oyj", "bhd"]);
const SUFFIX_WORD = "(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|LP|SE|AG|SA|NV|SpA|GmbH|ASA|Oyj|Bhd)\\.?";
/** "Oracle Corp and Walmart Inc": two companies the tagger ran together at an "and" after a legal form. */
const LIST_JOIN = new RegExp(`(?<=\\b${SUFFIX_WORD}),? and (?=\\p{Lu})`, "gu");

const isSuffix = (doc: Doc, i: number) => SUFFIX.has(doc.words[i]!.key) && /^\p{Lu}/u.test(doc.words[i]!.text);

/** Splits organisation spans that list companies ("Oracle Corp and Walmart Inc") into one span each. */
export function splitCompanyLists(text: string, spans: readonly NerSpan[]): NerSpan[] {
  return spans.flatMap((s) => {
    if (s.type !== "ORG") return [s];
    const out: NerSpan[] = [];
    let start = s.start;
    for (const m of text.slice(s.start, s.end).matchAll(LIST_JOIN)) {
      out.push({ ...s, start, end: s.start + m.index! });
      start = s.start + m.index! + m[0].length;
    }
    out.push({ ...s, start });
    return out;
  });
}

/** "BioNTech" + " SE": a legal form right after a company's name belongs to the name. */
export function withLegalForm(doc: Doc, a: number, b: number): number {
  const hi = doc.regions[doc.regionOf[a]!]!.last;
  return b < hi && isSuffix(doc, b) && doc.words[b]!.start === doc.words[b - 1]!.end + 1 ? b + 1 : b;
}

/** The end of a company's name without its legal form ("Tesla" of "Tesla Inc."), for lookups and coreference. */
export function withoutLegalForm(doc: Doc, a: number, b: number): number {
  let e = b;
  if (e - a > 2 && doc.words[e - 1]!.text === "." && isSuffix(doc, e - 2)) e -= 2;
  else if (e - a > 1 && isSuffix(doc, e - 1)) e--;
  else return b;
  if (e - a > 1 && doc.words[e - 1]!.text === ",") e--;
  return e;
}

/** Capitalised heads that make a school (or a school district: "Dallas Independent School District") of the name before them. */
const SCHOOL_TAILS = [
  ["high", "school"],
  ["middle", "school"],
  ["elementary", "school"],
  ["school", "district"],
  ["school"],
  ["college"],
  ["academy"],
];

/**
 * "Hamilton" + " High School", "Northwood" + " Academy", "Dallas Independent" + " School District": a name the
 * tagger ended before the school it names goes on through it. Returns the new end, or b.
 */
export function withSchool(doc: Doc, a: number, b: number): number {
  const w = doc.words;
  const hi = doc.regions[doc.regionOf[a]!]!.last;
  if (b >= hi || w[b]!.start !== w[b - 1]!.end + 1) return b;
  for (const tail of SCHOOL_TAILS) {
    const e = b + tail.length;
    if (e <= hi && tail.every((k, i) => w[b + i]!.key === k && isCapitalised(w[b + i]!.text))) return e;
  }
  return b;
}
