/**
 * How the NER tagger holds up on names it never saw: `npx tsx scripts/ner-robustness.ts [--model DIR] [--seeds N]
 * [--pools invented,real] [--json FILE]`.
 * On ../shared/eval/ner/eng.testa it prints tagger F1, recall on mentions with a word never seen in eng.train
 * ("unseen-word recall"), and the F1 drop when every mention is swapped for another name of its type (invented
 * names built from syllables; real names of the type drawn from eng.train). See scripts/ner/robustness.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadTaggerFrom } from "../src/analyze/entities/tagger/index.js";
import { measure, readDocs } from "./ner/robustness.js";
import { POOL_KINDS, type PoolKind } from "./ner/swap.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = join(ROOT, "..", "shared", "eval", "ner");

const { values: opt } = parseArgs({
  options: {
    model: { type: "string", default: join(ROOT, "models", "ner") },
    dev: { type: "string", default: join(SHARED, "eng.testa") },
    train: { type: "string", default: join(SHARED, "eng.train") },
    seeds: { type: "string", default: "3" },
    pools: { type: "string", default: "invented,real" },
    json: { type: "string" },
  },
});
const pools = opt.pools.split(",") as PoolKind[];
for (const p of pools) if (!POOL_KINDS.includes(p)) throw new Error(`unknown pool ${p} (${POOL_KINDS.join(", ")})`);

const tagger = loadTaggerFrom(opt.model);
const dev = readDocs(readFileSync(opt.dev, "utf8"));
const train = readDocs(readFileSync(opt.train, "utf8"));
const r = measure(tagger, dev, train, { pools, seeds: Number(opt.seeds) });

const pct = (x: number) => (100 * x).toFixed(2);
const lines = [
  `model ${opt.model}`,
  `tagger F1 ${pct(r.f1.f1)} (P ${pct(r.f1.precision)}, R ${pct(r.f1.recall)}; ${r.f1.gold} gold mentions)`,
  `unseen-word recall ${pct(r.split.unseen.recall)} (${r.split.unseen.found}/${r.split.unseen.mentions} mentions with a word not in eng.train); ` +
    `seen ${pct(r.split.seen.recall)} (${r.split.seen.found}/${r.split.seen.mentions})`,
  ...r.swaps.map(
    (s) => `name-swap ${s.pool}: F1 ${s.swapped.map(pct).join(" / ")} over ${s.swapped.length} seeds, drop ${s.drop.toFixed(2)} points`,
  ),
];
process.stdout.write(lines.join("\n") + "\n");
if (opt.json) writeFileSync(opt.json, JSON.stringify({ model: opt.model, ...r }, null, 2) + "\n");
