import type { ArticleRecord } from "../model/record.js";
import type { RawInput } from "../read/article.js";
import { readInput, readLink, readPaths, readStream, type ReadPathsOptions } from "../read/index.js";
import type { AnalyzeOptions } from "./options.js";
import { Pipeline } from "./pipeline.js";
import { selectStages } from "./stages.js";

export type { AnalyzeOptions } from "./options.js";
export { Pipeline, checkPipeline, emptyRecord } from "./pipeline.js";
export type { Stage, StageContext } from "./stage.js";

/** An input that could not become a record: one line of output, the batch goes on. */
export interface ErrorResult {
  source: { path?: string; url?: string };
  error: { code: string; message: string };
}
export type AnalyzeResult = ArticleRecord | ErrorResult;

export function isErrorResult(r: AnalyzeResult): r is ErrorResult {
  return "error" in r;
}

const pipelines = new Map<string, Pipeline>();
function pipelineFor(options: AnalyzeOptions): Pipeline {
  const key = JSON.stringify([options.stages ?? null, options.disable ?? null]);
  let p = pipelines.get(key);
  if (!p) pipelines.set(key, (p = new Pipeline(selectStages(options.stages, options.disable))));
  return p;
}

/**
 * Throws if `options` names a stage that does not exist, in `stages` or in `disable`, so that a
 * caller can refuse them before any work (the pipeline itself is built at the first input).
 */
export function checkStageOptions(options: AnalyzeOptions): void {
  pipelineFor(options);
  selectStages(options.disable);
}

function toRaw(input: string | Uint8Array | RawInput): RawInput {
  if (typeof input === "string") return { bytes: new TextEncoder().encode(input) };
  if (input instanceof Uint8Array) return { bytes: input };
  return input;
}

/**
 * Analyzes raw input (a string, bytes, or bytes with their origin) and yields one result per
 * article it holds (a feed, WARC or JSONL input holds many), in input order.
 */
export function* analyzeInput(input: string | Uint8Array | RawInput, options: AnalyzeOptions = {}): Generator<AnalyzeResult> {
  const pipeline = pipelineFor(options);
  for (const r of readInput(toRaw(input), options)) {
    yield r.ok ? pipeline.run(r.article, options) : { source: r.source, error: r.error };
  }
}

/** Analyzes text or bytes holding one article and returns its record; throws if nothing can be read. */
export function analyze(input: string | Uint8Array | RawInput, options: AnalyzeOptions = {}): ArticleRecord {
  for (const r of analyzeInput(input, options)) {
    if (isErrorResult(r)) throw new Error(`newsgraph: ${r.error.code}: ${r.error.message}`);
    return r;
  }
  throw new Error("newsgraph: NO_ARTICLE: the input holds no article");
}

/**
 * Files, folders, globs, "-" and web addresses (fetched only with `options.fetcher`) to results,
 * in order; unreadable inputs become error results.
 * `sources.skip` names real paths never read from a folder or a glob (a run's own output file).
 */
export async function* analyzePaths(
  paths: readonly string[],
  options: AnalyzeOptions = {},
  sources: ReadPathsOptions = {},
): AsyncGenerator<AnalyzeResult> {
  for await (const item of readPaths(paths, sources)) {
    if (!item.ok) {
      yield { source: { path: item.path }, error: item.error };
      continue;
    }
    const pipeline = pipelineFor(options);
    for await (const r of "link" in item ? readLink(item.link, options) : readStream(item.input, options)) {
      yield r.ok ? pipeline.run(r.article, options) : { source: r.source, error: r.error };
    }
  }
}
