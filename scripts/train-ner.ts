/**
 * Trains the shipped NER tagger: `npm run train:ner [-- --epochs N --epochs2 N --dropout P --dropout2 P --folds K --passes 1|2]
 * [--augment P --copies K --pool invented|real|both] [--silver FILE --silver-sentences N --silver-min-score S
 * --silver-passes 1|2 --silver-new --silver-confidence path|emission] [--out DIR]`.
 * Reads ../shared/eval/ner/eng.train (training) and eng.testa (tuning and the reported dev score), writes
 * models/ner/ner.bin.gz (+ gazetteer.tsv.gz, clusters.tsv.gz when missing or with --resources) and
 * models/ner/training.json (options, dev scores, sizes, date). --out writes elsewhere (copy the gazetteer and
 * clusters there first, or they are rebuilt).
 *
 * --augment P (off by default): K extra copies (--copies, default 1) of a fraction P of the training sentences that
 * hold a name, with every name swapped for another of its type (scripts/ner/swap.ts; --pool real draws names from
 * eng.train, invented builds them from syllables, both mixes), so the model learns from context and word shape
 * rather than memorised names. Swapped sentences of one document form one extra document (names stay consistent
 * in it, for the document pass) and fall in the same jackknife fold as their source.
 *
 * --silver FILE (off by default; self-training): JSONL(.gz) news tagged by the model in --silver-model (default
 * models/ner), of which N prose sentences with a name (--silver-sentences, default 10000) that the model labels
 * confidently (--silver-min-score S, default 0.7) are added as extra documents, one per article
 * (scripts/ner/silver.ts). --silver-confidence path (the default) scores each token by max-marginals of the label
 * sequence and needs every token, names and others, at S or above; emission needs every name's NerSpan.score
 * (emissions only, transitions ignored) at S and other tokens at 0.5. Silver trains pass 1 and the jackknife
 * models; with --silver-passes 1 it is left out of pass 2. --silver-new keeps only sentences with a name token that
 * never occurs in eng.train.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { docEvidence } from "../src/analyze/entities/tagger/document.js";
import { Gazetteer } from "../src/analyze/entities/tagger/gazetteer.js";
import { MODEL_FILES, loadTaggerFrom } from "../src/analyze/entities/tagger/index.js";
import { labelsToSpans, NUM_LABELS, spansToLabels } from "../src/analyze/entities/tagger/labels.js";
import { encodeWeights, readTable, writeTable } from "../src/analyze/entities/tagger/model.js";
import { DenseScorer, QuantScorer, type Scorer } from "../src/analyze/entities/tagger/scorer.js";
import { NerTagger } from "../src/analyze/entities/tagger/tagger.js";
import { WordTable } from "../src/analyze/entities/tagger/word.js";
import { formatNerScores, scoreNer } from "../src/eval/ner.js";
import { buildClusters } from "./ner/clusters.js";
import { readLabelled, spanF1, type LabelledSentence, type PreparedDoc } from "./ner/data.js";
import { buildGazetteer } from "./ner/gazetteer.js";
import { rng, trainPerceptron, type Example } from "./ner/perceptron.js";
import { quantise } from "./ner/quantise.js";
import { silverDocs } from "./ner/silver.js";
import { POOL_KINDS, RealNames, swapDocument, type PoolKind, type SwapSentence } from "./ner/swap.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = join(ROOT, "..", "shared", "eval");

const { values: opt } = parseArgs({
  options: {
    epochs: { type: "string", default: "10" },
    epochs2: { type: "string" },
    bits: { type: "string", default: "21" },
    dropout: { type: "string", default: "0.4" },
    dropout2: { type: "string", default: "0.1" },
    folds: { type: "string", default: "4" },
    passes: { type: "string", default: "2" },
    seed: { type: "string", default: "1" },
    resources: { type: "boolean", default: false },
    out: { type: "string", default: join(ROOT, "models", "ner") },
    note: { type: "string", default: "" },
    prune: { type: "string", default: "0" },
    augment: { type: "string", default: "0" },
    copies: { type: "string", default: "1" },
    pool: { type: "string", default: "real" },
    silver: { type: "string", default: "" },
    "silver-sentences": { type: "string", default: "10000" },
    "silver-min-score": { type: "string", default: "0.7" },
    "silver-passes": { type: "string", default: "2" },
    "silver-new": { type: "boolean", default: false },
    "silver-confidence": { type: "string", default: "path" },
    "silver-model": { type: "string", default: join(ROOT, "models", "ner") },
  },
});
const epochs = Number(opt.epochs);
const epochs2 = Number(opt.epochs2 ?? opt.epochs);
const bits = Number(opt.bits);
const dropout = Number(opt.dropout);
const dropout2 = Number(opt.dropout2);
const folds = Number(opt.folds);
const passes = Number(opt.passes);
const seed = Number(opt.seed);
const out = opt.out;
const augment = Number(opt.augment);
const copies = augment > 0 ? Number(opt.copies) : 0;
const pool = opt.pool as PoolKind;
const silverSentences = Number(opt["silver-sentences"]);
const silverMinScore = Number(opt["silver-min-score"]);
const silverPasses = Number(opt["silver-passes"]);
const silverConfidence = opt["silver-confidence"] as "emission" | "path";
if (!["emission", "path"].includes(silverConfidence)) throw new Error("--silver-confidence must be emission or path");
if (!POOL_KINDS.includes(pool)) throw new Error(`--pool must be one of ${POOL_KINDS.join(", ")}`);
const log = (msg: string) => process.stderr.write(`[${(performance.now() / 1000).toFixed(1)}s] ${msg}\n`);

// Resources: gazetteer from packages + PETRARCH2 lexicons; word clusters from unlabelled news.
const gazPath = join(out, MODEL_FILES.gazetteer);
if (opt.resources || !existsSync(gazPath)) {
  writeFileSync(gazPath, writeTable(buildGazetteer(join(SHARED, "lexicons", "petrarch2"))));
  log(`wrote ${gazPath}`);
}
const clusterPath = join(out, MODEL_FILES.clusters);
if (opt.resources || !existsSync(clusterPath)) {
  writeFileSync(
    clusterPath,
    writeTable(
      buildClusters(
        [
          join(SHARED, "unlabelled", "allsides_2012_2020.jsonl.gz"),
          join(SHARED, "corpora", "allsides_politics_2019_2020.jsonl.gz"),
          join(SHARED, "corpora", "bbc_news_2004_2005.jsonl.gz"),
        ],
        log,
      ),
    ),
  );
  log(`wrote ${clusterPath}`);
}
const table = new WordTable(readTable(readFileSync(clusterPath)));
const gazetteer = new Gazetteer(readTable(readFileSync(gazPath)));

const readDocs = (file: string): LabelledSentence[][] => readLabelled(readFileSync(join(SHARED, "ner", file), "utf8"));
const prepareDocs = (docs: LabelledSentence[][]): PreparedDoc[] =>
  docs.map((doc) => ({
    sents: doc.map((s) => tagger([]).prepare(s.tokens)),
    gold: doc.map((s) => s.gold),
  }));
const tagger = (scorers: Scorer[]) => new NerTagger({ table, gazetteer, bits, passes: scorers, margins: scorers.map(() => 1) });

const trainDocs = readDocs("eng.train");
/** For each training document, the index of the eng.train document it comes from (itself, or the source of a swap). */
const origin = trainDocs.map((_, i) => i);
const augmented = augmentDocs(trainDocs);
const silver = silverTraining();
const train = prepareDocs([...trainDocs, ...augmented.map((a) => a.doc), ...silver]);
origin.push(...augmented.map((a) => a.from));
/** Silver documents spread over the jackknife folds by their own index; with --silver-passes 1 pass 2 skips them. */
const firstSilver = origin.length;
silver.forEach((_, i) => origin.push(trainDocs.length + i));
const inPass2 = (i: number) => i < firstSilver || silverPasses > 1;
const dev = prepareDocs(readDocs("eng.testa"));
log(
  `train ${train.length} docs (${augmented.length} with swapped names, ${silver.length} silver), dev ${dev.length} docs; gazetteer ${gazetteer.size} phrases`,
);

const devF1 = (scorers: Scorer[]) => {
  const t = tagger(scorers);
  const gold: Uint8Array[] = [];
  const pred: Uint8Array[] = [];
  for (const d of dev) {
    gold.push(...d.gold);
    pred.push(...t.labelDocument(d.sents).labels);
  }
  return spanF1(gold, pred, (l) => labelsToSpans(l));
};
const examples = (docs: PreparedDoc[], evidence?: Int32Array[][]): Example[] =>
  docs.flatMap((d, di) =>
    evidence && !evidence[di] ? [] : d.sents.map((sent, si) => ({ sent, gold: d.gold[si]!, doc: evidence ? evidence[di]![si]! : null })),
  );

const curve: Record<string, number[]> = { pass1: [], pass2: [] };
const pass1 = trainPerceptron(examples(train), {
  bits,
  epochs,
  dropout,
  seed,
  onEpoch: (e, s) => {
    const f = devF1([s]);
    curve.pass1!.push(f);
    log(`pass 1 epoch ${e}: dev F1 ${(100 * f).toFixed(2)}`);
  },
});
const scorers: Scorer[] = [pass1];

if (passes > 1) {
  // Jackknife: pass-1 labels for each training fold come from a model that did not see it, so pass 2 learns how
  // far to trust pass-1 evidence as it will be at run time.
  const evidence: Int32Array[][] = new Array(train.length);
  for (let k = 0; k < folds; k++) {
    const rest = train.filter((_, i) => origin[i]! % folds !== k);
    const m = trainPerceptron(examples(rest), { bits, epochs, dropout, seed: seed + k + 1 });
    const t = tagger([m]);
    train.forEach((d, i) => {
      if (origin[i]! % folds === k && inPass2(i)) evidence[i] = docEvidence(d.sents, t.labelDocument(d.sents).labels);
    });
    log(`fold ${k + 1}/${folds} done`);
  }
  const pass2 = trainPerceptron(examples(train, evidence), {
    bits,
    epochs: epochs2,
    dropout: dropout2,
    seed: seed + 100,
    onEpoch: (e, s) => {
      const f = devF1([pass1, s]);
      curve.pass2!.push(f);
      log(`pass 2 epoch ${e}: dev F1 ${(100 * f).toFixed(2)}`);
    },
  });
  scorers.push(pass2);
}

// Quantise, calibrate span scores on dev (one temperature per model), write, then score what was written.
const q = scorers.map((s) => quantise(s as DenseScorer, Number(opt.prune)));
const margins = calibrate(tagger(q.map((x) => new QuantScorer(x))));
const header = {
  format: "NGNER003" as const,
  bits,
  labels: NUM_LABELS,
  rows: q.map((x) => x.keys.length),
  margin: q.map(() => margins),
  meta: {
    trainedOn: "CoNLL-2003 eng.train",
    tunedOn: "CoNLL-2003 eng.testa",
    date: new Date().toISOString(),
    epochs,
    epochs2,
    dropout,
    dropout2,
    folds,
    passes,
    seed,
    ...(augment > 0 ? { augment, copies, pool } : {}),
    ...(opt.silver
      ? { silver: basename(opt.silver), silverSentences, silverMinScore, silverPasses, silverNew: opt["silver-new"], silverConfidence }
      : {}),
    note: opt.note,
  },
};
const weightsPath = join(out, MODEL_FILES.weights);
writeFileSync(weightsPath, encodeWeights({ header, passes: q }));
const t0 = performance.now();
const shipped = loadTaggerFrom(out);
const loadMs = performance.now() - t0;
const scores = scoreNer(readFileSync(join(SHARED, "ner", "eng.testa"), "utf8"), shipped);
process.stdout.write(formatNerScores(scores) + "\n");
const report = {
  date: header.meta.date,
  options: header.meta,
  devCurve: curve,
  dev: {
    precision: scores.precision,
    recall: scores.recall,
    f1: scores.f1,
    perType: scores.perType,
    tokensPerSecond: scores.tokensPerSecond,
  },
  rows: header.rows,
  bytes: statSync(weightsPath).size,
  loadMs: Math.round(loadMs),
};
writeFileSync(join(out, "training.json"), JSON.stringify(report, null, 2) + "\n");
log(
  `wrote ${weightsPath} (${report.bytes} bytes, ${header.rows.join("+")} rows); load ${report.loadMs} ms; dev F1 ${(100 * scores.f1).toFixed(2)}`,
);

/** Temperature T (weight units) for score = logistic(margin / T), chosen by log-loss of span correctness on dev. */
function calibrate(t: NerTagger): number {
  const pts: [number, boolean][] = [];
  for (const d of dev) {
    const gold = d.gold.map((g) => new Set(labelsToSpans(g).map((s) => `${s.start}:${s.end}:${s.type}`)));
    for (const sp of t.labelDocument(d.sents).spans) pts.push([sp.margin, gold[sp.sentence]!.has(`${sp.start}:${sp.end}:${sp.type}`)]);
  }
  let best = 1;
  let bestLoss = Infinity;
  for (let T = 1; T <= 400; T *= 1.1) {
    let loss = 0;
    for (const [m, ok] of pts) {
      const p = Math.min(1 - 1e-6, Math.max(1e-6, 1 / (1 + Math.exp(-m / T))));
      loss -= Math.log(ok ? p : 1 - p);
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = T;
    }
  }
  return best;
}

/** --augment: `copies` swapped copies of a fraction `augment` of the sentences with names, one document per source. */
function augmentDocs(docs: readonly LabelledSentence[][]): { doc: LabelledSentence[]; from: number }[] {
  if (!(augment > 0)) return [];
  const asSwap = (s: LabelledSentence): SwapSentence => ({ tokens: s.tokens, spans: labelsToSpans(s.gold) });
  const real = pool === "invented" ? undefined : RealNames.fromSentences(docs.flat().map(asSwap));
  const rand = rng(seed + 1000);
  const outDocs: { doc: LabelledSentence[]; from: number }[] = [];
  let sentences = 0;
  for (let c = 0; c < copies; c++) {
    docs.forEach((doc, from) => {
      const picked = doc.map(asSwap).filter((s) => s.spans.length > 0 && rand() < augment);
      if (!picked.length) return;
      const swapped = swapDocument(picked, { pool, real, rand });
      outDocs.push({ doc: swapped.map((s) => ({ tokens: s.tokens, gold: spansToLabels(s.tokens.length, s.spans) })), from });
      sentences += swapped.length;
    });
  }
  log(`augment: ${sentences} sentences with swapped names (${copies} x ${augment} of those with names, pool ${pool})`);
  return outDocs;
}

/** --silver: confident sentences of unlabelled news tagged by --silver-model, one document per article. */
function silverTraining(): LabelledSentence[][] {
  if (!opt.silver) return [];
  const { docs, stats } = silverDocs(opt.silver, loadTaggerFrom(opt["silver-model"]), {
    sentences: silverSentences,
    minScore: silverMinScore,
    minTokenScore: silverConfidence === "path" ? silverMinScore : 0.5,
    confidence: silverConfidence,
    seed: seed + 2000,
    seen: opt["silver-new"] ? new Set(trainDocs.flat().flatMap((s) => s.tokens)) : undefined,
  });
  const rejected = Object.entries(stats.rejected)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  log(
    `silver: ${stats.kept} sentences with names in ${docs.length} docs from ${stats.articles} articles, ${stats.sentences} sentences read; rejected ${rejected}`,
  );
  return docs;
}
