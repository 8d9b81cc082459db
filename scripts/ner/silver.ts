import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { docEvidence } from "../../src/analyze/entities/tagger/document.js";
import { NUM_LABELS, allowed, endOk, startOk } from "../../src/analyze/entities/tagger/labels.js";
import type { NerTagger } from "../../src/analyze/entities/tagger/tagger.js";
import { trainingTokens } from "../../src/analyze/entities/tagger/tokens.js";
import { segment } from "../../src/text/segment.js";
import type { LabelledSentence } from "./data.js";
import { rng } from "./perceptron.js";

/**
 * Self-training data ("silver"): unlabelled news tagged by a trained model, keeping only sentences that look like
 * running prose (surfaceReason), hold at least one name (most confident sentences have none, and they teach
 * nothing about names) and that the model labels confidently (every name's score at least minScore, no token outside the names below
 * minTokenScore).
 */
export interface SilverOptions {
  /** Sentences to collect (whole articles are taken in a seeded order until this many are kept). */
  sentences: number;
  /** Lowest span score (the tagger's NerSpan.score: logistic(margin / T) of the span's least certain token). */
  minScore: number;
  /** Lowest score of a token outside the spans (default 0.5: the label Viterbi chose is the token's local best). */
  minTokenScore?: number;
  /**
   * Token margins: "emission" (as NerSpan.score: the label's emission over the best other, transitions ignored) or
   * "path" (the best valid label sequence over the best one giving the token another label: max-marginals).
   */
  confidence?: "emission" | "path";
  seed: number;
  /** When given, only sentences with a name token (exact string) outside this vocabulary (the training words). */
  seen?: ReadonlySet<string>;
  minTokens?: number;
  maxTokens?: number;
}

/** Words news writes in lower case mid-sentence; two of them capitalised there mark a Title-Case line. */
const FUNCTION_WORDS = new Set("a an and as at by for from in into of on or over the to with after is are was will says".split(" "));
const CREDIT_START =
  /^(by|photo|image|credit|source|reporting|editing|writing|additional reporting|follow|contact|email|read|click|subscribe|sign up|watch|related|copyright|advertisement|listen|share)\b/i;
const CREDIT_ANY =
  /(@|https?:|www\.|\.com\b|getty images|ap photo|photo by|file photo|all rights reserved|contributed to this report|\bcaption\b|\bpic\.)/i;
const END = /^[.?!]$/;
const CLOSERS = new Set(['"', "'", ")", "''"]);

/**
 * Why a sentence (training-style tokens) is no running prose, or null when it is: too short or long, no final . ? !,
 * a lower-case or punctuation start (a cut sentence), ALL CAPS or Title Case (headlines), a byline, photo credit,
 * link or sign-up line.
 */
export function surfaceReason(tokens: readonly string[], minTokens = 6, maxTokens = 50): string | null {
  const n = tokens.length;
  if (n < minTokens) return "short";
  if (n > maxTokens) return "long";
  let last = n - 1;
  while (last > 0 && CLOSERS.has(tokens[last]!)) last--;
  if (!END.test(tokens[last]!)) return "no end";
  const first = tokens.find((t) => !CLOSERS.has(t) && t !== "``") ?? "";
  if (!/^[\p{Lu}\p{N}]/u.test(first)) return "start";
  let words = 0;
  let upper = 0;
  let cappedFunction = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (!/\p{L}/u.test(t)) continue;
    words++;
    if (t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase()) upper++;
    if (i > 0 && FUNCTION_WORDS.has(t.toLowerCase()) && /^\p{Lu}/u.test(t)) cappedFunction++;
  }
  if (upper >= 3 && upper >= 0.5 * words) return "caps";
  if (cappedFunction >= 2) return "title";
  const text = tokens.join(" ");
  if (CREDIT_START.test(text) || CREDIT_ANY.test(text)) return "credit";
  return null;
}

const L = NUM_LABELS;
const NEG = -1e30;

/** Per token: the emission of its label minus that of the best other label (what NerSpan.score is made from). */
export function emissionMargins(em: Float32Array, labels: Uint8Array): Float32Array {
  const out = new Float32Array(labels.length);
  labels.forEach((l, i) => {
    let other = -Infinity;
    for (let y = 0; y < L; y++) if (y !== l) other = Math.max(other, em[i * L + y]!);
    out[i] = em[i * L + l]! - other;
  });
  return out;
}

/**
 * Per token: the score of the best valid BILOU sequence (the Viterbi labels `labels`) minus that of the best valid
 * sequence with another label at the token (forward and backward max-products over emissions and transitions, laid
 * out as in decode.ts: L*L, then start, then end). Never negative; small where a boundary or type is in doubt.
 */
export function pathMargins(em: Float32Array, trans: Float32Array, labels: Uint8Array): Float32Array {
  const n = labels.length;
  const fw = new Float64Array(n * L);
  const bw = new Float64Array(n * L);
  for (let y = 0; y < L; y++) fw[y] = startOk[y] ? em[y]! + trans[L * L + y]! : NEG;
  for (let i = 1; i < n; i++)
    for (let y = 0; y < L; y++) {
      let best = NEG;
      for (let p = 0; p < L; p++) if (allowed[p * L + y]) best = Math.max(best, fw[(i - 1) * L + p]! + trans[p * L + y]!);
      fw[i * L + y] = best + em[i * L + y]!;
    }
  for (let y = 0; y < L; y++) bw[(n - 1) * L + y] = endOk[y] ? trans[L * L + L + y]! : NEG;
  for (let i = n - 2; i >= 0; i--)
    for (let y = 0; y < L; y++) {
      let best = NEG;
      for (let q = 0; q < L; q++)
        if (allowed[y * L + q]) best = Math.max(best, trans[y * L + q]! + em[(i + 1) * L + q]! + bw[(i + 1) * L + q]!);
      bw[i * L + y] = best;
    }
  const out = new Float32Array(n);
  labels.forEach((l, i) => {
    let other = NEG;
    for (let y = 0; y < L; y++) if (y !== l) other = Math.max(other, fw[i * L + y]! + bw[i * L + y]!);
    out[i] = fw[i * L + l]! + bw[i * L + l]! - other;
  });
  return out;
}

/** Lowest score over the tokens in names (spans) and over the others (O): logistic(margin / temperature). */
export function lowestScores(labels: Uint8Array, margins: Float32Array, temperature: number): { span: number; other: number } {
  let span = Infinity;
  let other = Infinity;
  labels.forEach((l, i) => {
    if (l) span = Math.min(span, margins[i]!);
    else other = Math.min(other, margins[i]!);
  });
  const score = (m: number) => (m === Infinity ? 1 : 1 / (1 + Math.exp(-m / temperature)));
  return { span: score(span), other: score(other) };
}

export interface SilverStats {
  articles: number;
  sentences: number;
  kept: number;
  rejected: Record<string, number>;
}

/**
 * Reads JSONL(.gz) articles (`text`), segments them (segment() then trainingTokens(), as tag() does), labels each
 * article as one document with both passes of `tagger` (pass 2 on every sentence, with pass-1 document evidence),
 * and keeps the prose sentences it labels confidently. Articles come in a seeded order; each
 * article with a kept sentence becomes one silver document (its kept sentences in order) until `sentences` are kept.
 */
export function silverDocs(file: string, tagger: NerTagger, o: SilverOptions): { docs: LabelledSentence[][]; stats: SilverStats } {
  const raw = readFileSync(file);
  const lines = (file.endsWith(".gz") ? gunzipSync(raw) : raw)
    .toString("utf8")
    .split("\n")
    .filter((l) => l.trim());
  const rand = rng(o.seed);
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }
  const passes = tagger.parts.passes.length;
  const temperature = tagger.parts.margins[passes - 1] ?? 1;
  const stats: SilverStats = { articles: 0, sentences: 0, kept: 0, rejected: {} };
  const reject = (why: string) => (stats.rejected[why] = (stats.rejected[why] ?? 0) + 1);
  const docs: LabelledSentence[][] = [];
  for (const line of lines) {
    if (stats.kept >= o.sentences) break;
    let text: string;
    try {
      text = String((JSON.parse(line) as { text?: unknown }).text ?? "");
    } catch {
      continue;
    }
    stats.articles++;
    const tokens = segment(text)
      .map((s) => trainingTokens(s.tokens).map((t) => t.text))
      .filter((t) => t.length > 0 && t.length < 1000);
    const sents = tokens.map((t) => tagger.prepare(t));
    const first = tagger.labelDocument(sents, 1).labels;
    const evidence = passes > 1 ? docEvidence(sents, first) : null;
    const doc: LabelledSentence[] = [];
    sents.forEach((s, si) => {
      stats.sentences++;
      const why = s.caps ? "caps" : surfaceReason(tokens[si]!, o.minTokens, o.maxTokens);
      if (why) return void reject(why);
      const n = s.words.length;
      const labels = new Uint8Array(n);
      tagger.decode(passes - 1, s, evidence ? evidence[si]! : null, labels);
      if (labels.every((l) => l === 0)) return void reject("no names");
      if (o.seen && labels.every((l, i) => l === 0 || o.seen!.has(tokens[si]![i]!))) return void reject("known names");
      const em = tagger.lastEmissions(n);
      const trans = tagger.parts.passes[passes - 1]!.trans;
      const margins = o.confidence === "path" ? pathMargins(em, trans, labels) : emissionMargins(em, labels);
      const low = lowestScores(labels, margins, temperature);
      if (low.span < o.minScore) return void reject("unsure name");
      if (low.other < (o.minTokenScore ?? 0.5)) return void reject("unsure other");
      if (stats.kept + doc.length >= o.sentences) return;
      doc.push({ tokens: tokens[si]!, gold: labels });
    });
    if (doc.length) docs.push(doc);
    stats.kept += doc.length;
  }
  return { docs, stats };
}
