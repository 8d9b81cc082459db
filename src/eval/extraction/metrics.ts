/**
 * The extraction metrics of ../shared/eval/README.md ("Extraction"), one function each, so the
 * command and the tests share them. Word tokens follow Python's `\w+` (letters, digits, underscore).
 */

const WORD = /[\p{L}\p{N}_]+/gu;

export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface PageScore {
  /** Undefined where the page has nothing to measure on that side (left out of the mean). */
  precision?: number;
  recall?: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function counts(items: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of items) m.set(s, (m.get(s) ?? 0) + 1);
  return m;
}

/** Overlap of two multisets: the sum over keys of the smaller count. */
function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [k, c] of a) n += Math.min(c, b.get(k) ?? 0);
  return n;
}

function total(m: Map<string, number>): number {
  let n = 0;
  for (const c of m.values()) n += c;
  return n;
}

/** 4-token shingles; 1–3 tokens give one shingle of all of them, none give none. */
export function shingles(text: string, size = 4): Map<string, number> {
  const tokens = wordTokens(text);
  if (tokens.length === 0) return new Map();
  if (tokens.length < size) return new Map([[tokens.join(" "), 1]]);
  const out: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) out.push(tokens.slice(i, i + size).join(" "));
  return counts(out);
}

/** zyte-aeb, one page: shingle TP/FP/FN, normalised so that every page weighs the same. */
export function shinglePage(gold: string, predicted: string): PageScore {
  const g = shingles(gold);
  const p = shingles(predicted);
  const tp = overlap(g, p);
  const fp = total(p) - tp;
  const fn = total(g) - tp;
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  const sum = tp + fp + fn;
  const [t, f, n] = [tp / sum, fp / sum, fn / sum];
  return {
    ...(t + f > 0 ? { precision: t / (t + f) } : {}),
    ...(t + n > 0 ? { recall: t / (t + n) } : {}),
  };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function harmonic(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** zyte-aeb over pages: macro precision and recall, F1 their harmonic mean (not a mean of F1s). */
export function macroPrf(pages: PageScore[]): Prf {
  const precision = mean(pages.flatMap((p) => (p.precision === undefined ? [] : [p.precision])));
  const recall = mean(pages.flatMap((p) => (p.recall === undefined ? [] : [p.recall])));
  return { precision, recall, f1: harmonic(precision, recall) };
}

/** wcxb-articles, one page: lowercase bag-of-words P/R/F1; empty gold scores 1 only against empty output. */
export function wordBagPage(gold: string, predicted: string): Prf {
  const g = counts(wordTokens(gold.toLowerCase()));
  const p = counts(wordTokens(predicted.toLowerCase()));
  const [ng, np] = [total(g), total(p)];
  if (ng === 0) return np === 0 ? { precision: 1, recall: 1, f1: 1 } : { precision: 0, recall: 0, f1: 0 };
  if (np === 0) return { precision: 0, recall: 0, f1: 0 };
  const o = overlap(g, p);
  const precision = o / np;
  const recall = o / ng;
  return { precision, recall, f1: harmonic(precision, recall) };
}

/** Mean of each field over pages (wcxb-articles and fundus-eval average per-page figures). */
export function meanPrf(pages: Prf[]): Prf {
  return {
    precision: mean(pages.map((p) => p.precision)),
    recall: mean(pages.map((p) => p.recall)),
    f1: mean(pages.map((p) => p.f1)),
  };
}

/** Unicode NFKC, whitespace collapsed, case folded: how headlines and author names are compared. */
export function normalizeExact(s: string): string {
  return s.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}

/** A gold author string ("A, B and C") as a set of normalised names. */
export function authorSet(names: string | string[]): Set<string> {
  const list = Array.isArray(names) ? names : [names];
  return new Set(
    list
      .flatMap((n) => n.split(/\s*(?:[,;&|]|\band\b)\s*/i))
      .map(normalizeExact)
      .filter((n) => n !== ""),
  );
}

export function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

export type DateOutcome = "hit" | "falsePositive" | "miss";

/**
 * Publication date compared at the gold's granularity (a day, or a month where the gold gives only
 * one). No output is a miss; a wrong output a false positive only; a null gold makes any output wrong.
 */
export function dateOutcome(gold: string | null | undefined, predicted: string | undefined): DateOutcome {
  if (!predicted) return "miss";
  if (!gold) return "falsePositive";
  return predicted.slice(0, gold.length) === gold ? "hit" : "falsePositive";
}

/** Pooled (micro) date precision, recall and F1. */
export function datePrf(outcomes: DateOutcome[]): Prf {
  const hits = outcomes.filter((o) => o === "hit").length;
  const fp = outcomes.filter((o) => o === "falsePositive").length;
  const misses = outcomes.filter((o) => o === "miss").length;
  const precision = hits + fp === 0 ? 0 : hits / (hits + fp);
  const recall = hits + misses === 0 ? 0 : hits / (hits + misses);
  return { precision, recall, f1: harmonic(precision, recall) };
}
