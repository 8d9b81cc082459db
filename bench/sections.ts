import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { analyze } from "../src/analyze/index.js";
import { loadTagger } from "../src/analyze/entities/tagger/index.js";
import { segment } from "../src/text/segment.js";
import { CORPORA_DIR, type Corpus } from "./corpora.js";
import { measure, total, type Row } from "./measure.js";

/**
 * A benchmark section: a named measurement over every corpus, returning table rows. New sections
 * (NER, extraction, ...) are functions of this shape added to SECTIONS in bench/run.ts.
 */
export type Section = (corpora: Corpus[]) => Row[];

function perCorpus(name: string, corpora: Corpus[], work: (text: string) => number | undefined): Row[] {
  const rows = corpora.map((c) => measure(name, c, work));
  return rows.length > 1 ? [...rows, total(rows)] : rows;
}

/** The whole analyzer (read + every built-in stage + validation), each text as a plain-text article. */
export const analyzerSection: Section = (corpora) => {
  analyze("Warm-up.", { kind: "text" });
  return perCorpus("analyze", corpora, (text) => {
    analyze(text, { kind: "text" });
    return undefined;
  });
};

const CHILD = fileURLToPath(new URL("./analyze-process.ts", import.meta.url));

/**
 * `newsgraph analyze FILE.jsonl.gz` in a child process per corpus: the JSONL reader and every stage,
 * with peak RSS of that process alone (the table's other rows share one process holding all corpora).
 */
export const analyzerProcessSection: Section = (corpora) => {
  const rows = corpora.map((c): Row => {
    const args = ["--max-old-space-size=512", "--import", "tsx", CHILD, join(CORPORA_DIR, `${c.name}.jsonl.gz`), String(c.texts.length)];
    const r = JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8" })) as Omit<Row, "section" | "corpus">;
    return { section: "analyze (own process)", corpus: c.name, ...r };
  });
  return rows.length > 1 ? [...rows, total(rows)] : rows;
};

/** newsgraph's text layer alone: normalisation, tokens and sentences. */
export const textLayerSection: Section = (corpora) =>
  perCorpus("segment", corpora, (text) => segment(text).reduce((n, s) => n + s.tokens.length, 0));

/** The reference floor: wink-nlp (English lite model) tokenisation, sentences and POS tags. */
export const winkSection: Section = (corpora) => {
  const nlp = winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  return perCorpus("wink-nlp sbd+pos", corpora, (text) => {
    const doc = nlp.readDoc(text);
    doc.sentences().length();
    return doc.tokens().out(its.pos).length;
  });
};

/** The NER tagger over segment()'s sentences (segmenting is counted in: it is 20x faster than tagging). */
export const nerSection: Section = (corpora) => {
  const tagger = loadTagger();
  for (const text of corpora[0]?.texts.slice(0, 200) ?? []) tagger.tag(text, segment(text)); // JIT warm-up
  return perCorpus("ner (segment+tag)", corpora, (text) => {
    const sentences = segment(text);
    tagger.tag(text, sentences);
    return sentences.reduce((n, s) => n + s.tokens.length, 0);
  });
};

/** How many articles per corpus compromise gets: it is about 20x slower than the tagger. */
const COMPROMISE_ARTICLES = 200;

/** compromise's people/places/organizations, the npm NER baseline, over the first texts of each corpus. */
export const compromiseSection: Section = (corpora) => {
  const sample = corpora.map((c) => {
    const texts = c.texts.slice(0, COMPROMISE_ARTICLES);
    return { name: c.name, texts, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) };
  });
  return perCorpus("compromise ner", sample, (text) => {
    const doc = nlp(text);
    doc.people().out("array");
    doc.places().out("array");
    doc.organizations().out("array");
    return segment(text).reduce((n, s) => n + s.tokens.length, 0);
  });
};
