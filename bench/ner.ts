/**
 * NER speed on the news corpora (one core): newsgraph's tagger, beside wink-nlp tokenise+POS and compromise's
 * people/places/organizations on the same texts. Rates are in tokens of newsgraph's segment() so they compare.
 * Run alone: `node --import tsx bench/ner.ts [maxArticlesPerFile]`.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { globSync } from "tinyglobby";
import { loadTagger } from "../src/analyze/entities/tagger/index.js";
import { segment } from "../src/text/segment.js";
import type { Sentence } from "../src/text/types.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CORPORA = join(ROOT, "..", "shared", "eval", "corpora");

export interface Rate {
  tokens: number;
  seconds: number;
  tokensPerSecond: number;
}

export interface NerBench {
  articles: number;
  /** The tagger alone, on sentences from segment(). */
  ner: Rate;
  /** segment() + the tagger. */
  segmentAndNer: Rate;
  winkPos: Rate;
  /** compromise runs on the first `compromiseArticles` texts only (it is ~50x slower). */
  compromise: Rate;
  loadMs: number;
}

const rate = (tokens: number, seconds: number): Rate => ({ tokens, seconds: Math.round(seconds * 1000) / 1000, tokensPerSecond: Math.round(tokens / seconds) });
const now = () => performance.now() / 1000;

function readTexts(maxPerFile: number): string[] {
  const texts: string[] = [];
  for (const file of globSync("*.jsonl.gz", { cwd: CORPORA, absolute: true }).sort()) {
    let n = 0;
    for (const line of gunzipSync(readFileSync(file)).toString("utf8").split("\n")) {
      if (n >= maxPerFile) break;
      try {
        const t = (JSON.parse(line) as { text?: unknown }).text;
        if (typeof t === "string" && t.trim()) {
          texts.push(t);
          n++;
        }
      } catch {
        // a corrupt line is skipped
      }
    }
  }
  return texts;
}

export async function benchNer(maxArticlesPerFile = 1500, compromiseArticles = 150): Promise<NerBench> {
  const texts = readTexts(maxArticlesPerFile);
  const t0 = now();
  const tagger = loadTagger();
  const loadMs = Math.round((now() - t0) * 1000);
  const segmented: Sentence[][] = texts.map((t) => segment(t));
  const counts = segmented.map((ss) => ss.reduce((n, s) => n + s.tokens.length, 0));
  const tokens = counts.reduce((a, b) => a + b, 0);
  tagger.tag(texts[0] ?? "", segmented[0] ?? []); // warm-up
  let t = now();
  texts.forEach((text, i) => tagger.tag(text, segmented[i]!));
  const ner = rate(tokens, now() - t);
  t = now();
  for (const text of texts) tagger.tag(text, segment(text));
  const segmentAndNer = rate(tokens, now() - t);

  const { default: winkNLP } = await import("wink-nlp");
  const { default: model } = await import("wink-eng-lite-web-model");
  const wink = winkNLP(model, ["sbd", "pos"]);
  t = now();
  for (const text of texts) wink.readDoc(text).tokens().out(wink.its.pos);
  const winkPos = rate(tokens, now() - t);

  const { default: nlp } = await import("compromise");
  const sample = texts.slice(0, compromiseArticles);
  t = now();
  for (const text of sample) {
    const doc = nlp(text);
    doc.people().out("array");
    doc.places().out("array");
    doc.organizations().out("array");
  }
  const compromise = rate(counts.slice(0, compromiseArticles).reduce((a, b) => a + b, 0), now() - t);
  return { articles: texts.length, ner, segmentAndNer, winkPos, compromise, loadMs };
}

export function formatNerBench(b: NerBench): string {
  const row = (name: string, r: Rate) => `${name.padEnd(34)} ${r.tokensPerSecond.toLocaleString("en-US").padStart(11)} tokens/s  (${r.tokens.toLocaleString("en-US")} tokens, ${r.seconds}s)`;
  return [
    `NER over ${b.articles} corpus articles (model load ${b.loadMs} ms)`,
    row("newsgraph NER (tagger)", b.ner),
    row("newsgraph segment + NER", b.segmentAndNer),
    row("wink-nlp tokenise + POS", b.winkPos),
    row("compromise people/places/orgs", b.compromise),
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const max = Number(process.argv[2] ?? 1500);
  benchNer(max).then(
    (b) => process.stdout.write(formatNerBench(b) + "\n"),
    (err: unknown) => {
      process.stderr.write(`${basename(process.argv[1]!)}: ${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
