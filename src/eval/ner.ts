import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { extractEntities } from "../analyze/entities/extract.js";
import { loadTagger } from "../analyze/entities/tagger/index.js";
import { loadKnowledge } from "../knowledge/index.js";
import type { Block, EntityType } from "../model/record.js";
import type { NerSpan, Tagger } from "../analyze/entities/tagger/types.js";
import type { Sentence } from "../text/types.js";
import { parseConll, tagsToSpans, type ConllSentence } from "./conll.js";

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface NerScores extends Prf {
  perType: Record<string, Prf & { gold: number; predicted: number; correct: number }>;
  tokensPerSecond: number;
  documents: number;
  tokens: number;
  gold: number;
  predicted: number;
  correct: number;
}

/** A CoNLL document as the tagger sees it: tokens joined by spaces, one sentence per line. */
export function conllDocument(doc: readonly ConllSentence[]): { text: string; sentences: Sentence[] } {
  let text = "";
  const sentences: Sentence[] = doc.map((sent, si) => {
    if (si > 0) text += "\n";
    const tokens = sent.map((tok, ti) => {
      if (ti > 0) text += " ";
      const start = text.length;
      text += tok.text;
      return { start, end: text.length, text: tok.text };
    });
    return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens };
  });
  return { text, sentences };
}

/** [sentence, token] of the token starting, and of the token ending, at each character offset. */
export function tokenEdges(sentences: readonly Sentence[]): {
  startAt: Map<number, [number, number]>;
  endAt: Map<number, [number, number]>;
} {
  const startAt = new Map<number, [number, number]>();
  const endAt = new Map<number, [number, number]>();
  sentences.forEach((s, si) =>
    s.tokens.forEach((t, ti) => {
      startAt.set(t.start, [si, ti]);
      endAt.set(t.end, [si, ti]);
    }),
  );
  return { startAt, endAt };
}

/** Maps character spans back onto token spans ("sentence:start:end:type"); a span off token edges matches nothing. */
function spanKeys(sentences: readonly Sentence[], spans: readonly NerSpan[]): string[] {
  const { startAt, endAt } = tokenEdges(sentences);
  return spans.map((sp, k) => {
    const a = startAt.get(sp.start);
    const b = endAt.get(sp.end);
    if (!a || !b || a[0] !== b[0]) return `unaligned:${k}`;
    return `${a[0]}:${a[1]}:${b[1] + 1}:${sp.type}`;
  });
}

const prf = (correct: number, predicted: number, gold: number): Prf => {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/** newsgraph's types on the four CoNLL types (../shared/eval/README.md). */
const CONLL_TYPE: Record<EntityType, NerSpan["type"]> = { PERSON: "PER", ORG: "ORG", GPE: "LOC", LOC: "LOC", NORP: "MISC", MISC: "MISC" };

/**
 * What `newsgraph analyze` emits, as a tagger: the statistical tagger on the given tokens, then the
 * entities stage's gazetteers, coreference and typing (every line a body block). Every name mention
 * of a named entity is a prediction; role-only people and nominal mentions ("the alliance") are not
 * scored, as the README says.
 */
export function entitiesTagger(tagger: Tagger): Tagger {
  const knowledge = loadKnowledge();
  return {
    tag(text, sentences) {
      const blocks: Block[] = sentences.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), role: "body" }));
      return extractEntities(text, blocks, tagger.tag(text, sentences), knowledge)
        .filter((e) => e.named)
        .flatMap((e) =>
          e.mentions.filter((m) => m.kind === "name").map((m) => ({ start: m.start, end: m.end, type: CONLL_TYPE[e.type], score: 1 })),
        );
    },
  };
}

/** conlleval-equivalent scoring of a tagger on CoNLL text: exact span and type, micro-averaged. */
export function scoreNer(content: string, tagger: Tagger): NerScores {
  const docs = parseConll(content).map((d) => ({ doc: d, ...conllDocument(d) }));
  const count = new Map<string, { gold: number; predicted: number; correct: number }>();
  const bump = (type: string, key: "gold" | "predicted" | "correct") => {
    let c = count.get(type);
    if (!c) count.set(type, (c = { gold: 0, predicted: 0, correct: 0 }));
    c[key]++;
  };
  let tokens = 0;
  let elapsed = 0;
  // Warm-up on a few documents (untimed) so tokens/s reflects steady speed rather than JIT compilation.
  for (const { text, sentences } of docs.slice(0, 20)) tagger.tag(text, sentences);
  for (const { doc, text, sentences } of docs) {
    const t0 = process.hrtime.bigint();
    const spans = tagger.tag(text, sentences);
    elapsed += Number(process.hrtime.bigint() - t0) / 1e9;
    const gold = new Set<string>();
    doc.forEach((sent, si) => {
      tokens += sent.length;
      for (const g of tagsToSpans(sent.map((t) => t.tag))) {
        gold.add(`${si}:${g.start}:${g.end}:${g.type}`);
        bump(g.type, "gold");
      }
    });
    spanKeys(sentences, spans).forEach((key, k) => {
      bump(spans[k]!.type, "predicted");
      if (gold.has(key)) bump(spans[k]!.type, "correct");
    });
  }
  let g = 0;
  let p = 0;
  let c = 0;
  const perType: NerScores["perType"] = {};
  for (const [type, n] of [...count].sort(([a], [b]) => a.localeCompare(b))) {
    perType[type] = { ...prf(n.correct, n.predicted, n.gold), ...n };
    g += n.gold;
    p += n.predicted;
    c += n.correct;
  }
  return {
    ...prf(c, p, g),
    perType,
    tokensPerSecond: elapsed > 0 ? Math.round(tokens / elapsed) : 0,
    documents: docs.length,
    tokens,
    gold: g,
    predicted: p,
    correct: c,
  };
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

export function formatNerScores(s: NerScores): string {
  const rows = [
    `${"type".padEnd(6)} ${"prec".padStart(6)} ${"rec".padStart(6)} ${"F1".padStart(6)} ${"gold".padStart(6)} ${"pred".padStart(6)}`,
  ];
  for (const [type, t] of Object.entries(s.perType)) {
    rows.push(
      `${type.padEnd(6)} ${pct(t.precision)} ${pct(t.recall)} ${pct(t.f1)} ${String(t.gold).padStart(6)} ${String(t.predicted).padStart(6)}`,
    );
  }
  rows.push(
    `${"all".padEnd(6)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.gold).padStart(6)} ${String(s.predicted).padStart(6)}`,
  );
  rows.push(`${s.documents} documents, ${s.tokens} tokens, ${s.tokensPerSecond.toLocaleString("en-US")} tokens/s`);
  return rows.join("\n");
}

const HELP = `Usage: newsgraph eval ner --conll FILE [--tagger] [--format table|json]

Runs every -DOCSTART- document of a CoNLL-style file (token first column, IOB1/IOB2 tag last) through the
entities stage, as newsgraph analyze does (tagger, gazetteers, coreference; types mapped PERSON->PER,
GPE/LOC->LOC, NORP/MISC->MISC), and prints conlleval-equivalent precision, recall and F1 per type and
overall, and tokens/s (after an untimed warm-up on the first 20 documents).

  --tagger    score the statistical tagger alone (the model in models/ner)`;

export async function runNerEval(args: string[]): Promise<number> {
  let values: { conll?: string; format?: string; tagger?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        conll: { type: "string" },
        format: { type: "string", default: "table" },
        tagger: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (err) {
    process.stderr.write(`newsgraph eval ner: ${(err as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP + "\n");
    return 0;
  }
  if (!values.conll || (values.format !== "table" && values.format !== "json")) {
    process.stderr.write(`${HELP}\n`);
    return 2;
  }
  const mode = values.tagger ? "tagger" : "entities";
  const scores = scoreNer(readFileSync(values.conll, "utf8"), values.tagger ? loadTagger() : entitiesTagger(loadTagger()));
  if (values.format === "json") {
    const { precision, recall, f1, tokensPerSecond } = scores;
    const perType = Object.fromEntries(
      Object.entries(scores.perType).map(([t, v]) => [t, { precision: v.precision, recall: v.recall, f1: v.f1 }]),
    );
    process.stdout.write(JSON.stringify({ mode, precision, recall, f1, perType, tokensPerSecond }) + "\n");
  } else
    process.stdout.write(
      `mode: ${mode === "tagger" ? "tagger alone" : "entities stage (what analyze emits)"}\n${formatNerScores(scores)}\n`,
    );
  return 0;
}
