import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { NewsgraphError } from "../../../model/codes.js";
import { Gazetteer } from "./gazetteer.js";
import { decodeWeights, readTable } from "./model.js";
import { QuantScorer } from "./scorer.js";
import { NerTagger } from "./tagger.js";
import type { Tagger } from "./types.js";
import { WordTable } from "./word.js";

export type { NerSpan, NerType, Tagger } from "./types.js";
export { NER_TYPES } from "./types.js";
export { NerTagger } from "./tagger.js";

/** models/ner at the package root: four levels up from src/analyze/entities/tagger (and from dist/...). */
export const MODEL_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "models", "ner");
export const MODEL_FILES = { weights: "ner.bin.gz", clusters: "clusters.tsv.gz", gazetteer: "gazetteer.tsv.gz" } as const;

/** Loads the tagger from a model directory (clusters and gazetteer are optional files beside the weights). */
export function loadTaggerFrom(dir: string): NerTagger {
  const path = join(dir, MODEL_FILES.weights);
  if (!existsSync(path)) throw new NewsgraphError("MODEL_MISSING", `NER model not found at ${path}`);
  const { header, passes } = decodeWeights(readFileSync(path));
  const table = (name: string) => {
    const p = join(dir, name);
    return existsSync(p) ? readTable(readFileSync(p)) : new Map<string, number>();
  };
  return new NerTagger({
    table: new WordTable(table(MODEL_FILES.clusters)),
    gazetteer: new Gazetteer(table(MODEL_FILES.gazetteer)),
    bits: header.bits,
    passes: passes.map((p) => new QuantScorer(p)),
    margins: header.margin,
  });
}

let cached: NerTagger | undefined;

/** The shipped tagger, loaded once per process. */
export function loadTagger(): Tagger {
  cached ??= loadTaggerFrom(MODEL_DIR);
  return cached;
}
