/**
 * How right are the labels the self-training filter trusts? `npx tsx scripts/ner-silver-check.ts [--model DIR]` tags
 * ../shared/eval/ner/eng.testa with the model (both passes, pass 2 on every sentence, as scripts/ner/silver.ts does),
 * applies the silver sentence filter with each confidence setting and prints span F1 and the share of exactly right
 * sentences among those kept. eng.testa is the model's tuning set, so the figures are optimistic.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { docEvidence } from "../src/analyze/entities/tagger/document.js";
import { loadTaggerFrom } from "../src/analyze/entities/tagger/index.js";
import { labelsToSpans } from "../src/analyze/entities/tagger/labels.js";
import { readLabelled, spanF1 } from "./ner/data.js";
import { emissionMargins, lowestScores, pathMargins, surfaceReason } from "./ner/silver.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values: opt } = parseArgs({ options: { model: { type: "string", default: join(ROOT, "models", "ner") } } });
const t = loadTaggerFrom(opt.model);
const T = t.parts.margins[1]!;
const docs = readLabelled(readFileSync(join(ROOT, "..", "shared", "eval", "ner", "eng.testa"), "utf8"));
const rows: {
  gold: Uint8Array;
  pred: Uint8Array;
  path: { span: number; other: number };
  emis: { span: number; other: number };
  prose: boolean;
}[] = [];
for (const d of docs) {
  const sents = d.map((s) => t.prepare(s.tokens));
  const ev = docEvidence(sents, t.labelDocument(sents, 1).labels);
  sents.forEach((s, si) => {
    const n = s.words.length;
    if (!n) return;
    const out = new Uint8Array(n);
    t.decode(1, s, ev[si]!, out);
    const em = t.lastEmissions(n);
    rows.push({
      gold: d[si]!.gold,
      pred: out,
      path: lowestScores(out, pathMargins(em, t.parts.passes[1]!.trans, out), T),
      emis: lowestScores(out, emissionMargins(em, out), T),
      prose: !s.caps && !surfaceReason(d[si]!.tokens),
    });
  });
}
const dec = (l: Uint8Array) => labelsToSpans(l);
const report = (name: string, keep: (r: (typeof rows)[number]) => boolean) => {
  const k = rows.filter((r) => r.prose && r.pred.some((x) => x) && keep(r));
  const exact = k.filter((r) => r.gold.every((g, i) => g === r.pred[i])).length;
  console.log(
    name,
    "kept",
    k.length,
    "span F1",
    (
      100 *
      spanF1(
        k.map((r) => r.gold),
        k.map((r) => r.pred),
        dec,
      )
    ).toFixed(2),
    "sentences exactly right",
    ((100 * exact) / k.length).toFixed(1),
  );
};
report("all prose with names", () => true);
for (const s of [0.5, 0.7]) report(`emission S=${s}`, (r) => r.emis.span >= s && r.emis.other >= 0.5);
for (const s of [0.7, 0.9]) report(`path S=${s}`, (r) => r.path.span >= s && r.path.other >= s);
