/**
 * `npm run bench` (node --expose-gc --import tsx bench/run.ts [--limit N]): throughput of the
 * analyzer over ../shared/eval/corpora/*.jsonl.gz, with newsgraph's text layer and wink-nlp
 * (tokens + sentences + POS) over the same texts as the reference floor and the NER tagger beside
 * compromise. HTML extraction beside Readability.js runs first, before the corpora fill the heap
 * (run after them, both extractors measured 30-50% slower). Prints the extraction lines, then one table.
 */
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { CORPORA_DIR, loadCorpora } from "./corpora.js";
import { formatTable, type Row } from "./measure.js";
import { benchExtraction } from "./extraction.js";
import {
  analyzerProcessSection,
  analyzerSection,
  compromiseSection,
  nerSection,
  textLayerSection,
  winkSection,
  type Section,
} from "./sections.js";

/** Sections in run order; each returns its own rows. */
const SECTIONS: Section[] = [analyzerProcessSection, analyzerSection, textLayerSection, nerSection, winkSection, compromiseSection];

const { values } = parseArgs({ options: { limit: { type: "string" } } });
const limit = values.limit === undefined ? Infinity : Number(values.limit);
if (limit !== Infinity && (!Number.isInteger(limit) || limit <= 0)) {
  process.stderr.write(`bench: --limit expects a positive whole number of articles per corpus, found "${values.limit}"\n`);
  process.exit(2);
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
process.stdout.write(
  `newsgraph bench, ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpu} (${cpus().length} cores)` +
    `${Number.isFinite(limit) ? `, at most ${limit} articles per corpus` : ""}\n\n`,
);
await benchExtraction();
process.stdout.write("\n");
const corpora = loadCorpora(limit);
if (corpora.length === 0) {
  process.stdout.write(
    `bench: skipped: no *.jsonl.gz corpora in ${CORPORA_DIR} (the evaluation data lives in ../shared, next to the repository)\n`,
  );
  process.exit(0);
}

const rows: Row[] = [];
for (const section of SECTIONS) rows.push(...section(corpora));
process.stdout.write(formatTable(rows) + "\n");
