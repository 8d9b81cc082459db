/**
 * Name recall on recent news (see scripts/ner/speakers.ts): `npx tsx scripts/ner-speakers.ts [--model DIR ...]
 * [--data FILE ...]`. Defaults: the shipped model, PolNeAR dev and train from ../shared/eval/quotes.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadTaggerFrom, MODEL_DIR } from "../src/analyze/entities/tagger/index.js";
import { loadKnowledge } from "../src/knowledge/index.js";
import { speakerRecall, type SpeakerArticle } from "./ner/speakers.js";

const QUOTES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "eval", "quotes");
const { values: opt } = parseArgs({
  options: {
    model: { type: "string", multiple: true, default: [MODEL_DIR] },
    misses: { type: "string", default: "0" },
    data: { type: "string", multiple: true, default: ["polnear.dev.jsonl", "polnear.train.jsonl"].map((f) => join(QUOTES, f)) },
  },
});
const missing = opt.data.filter((f) => !existsSync(f));
if (missing.length) {
  process.stderr.write(`ner-speakers: ${missing.join(", ")} not found (the PolNeAR files live in ../shared/eval/quotes)\n`);
  process.exit(2);
}
const articles: SpeakerArticle[] = opt.data.flatMap((f) =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SpeakerArticle),
);
const k = loadKnowledge();
const pct = (n: number, d: number) => ((100 * n) / d).toFixed(2);
for (const dir of opt.model) {
  const r = speakerRecall(articles, loadTaggerFrom(dir), k);
  const types = Object.entries(r.byType)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ");
  process.stdout.write(
    `${dir}: ${r.names} name speakers in ${articles.length} articles; exact ${pct(r.exact, r.names)}%, other edges ${pct(r.partial, r.names)}%, missed ${pct(r.names - r.exact - r.partial, r.names)}% (found as ${types})\n`,
  );
  for (const m of r.misses.slice(0, Number(opt.misses))) process.stdout.write(`  ${m.article}\t${m.name}\t${m.found ?? "-"}\n`);
}
