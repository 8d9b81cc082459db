export * from "./model/record.js";
export { validateRecord, isArticleRecord } from "./model/validate.js";
export { spanOf } from "./model/span.js";
export { CODES, NewsgraphError, type Code } from "./model/codes.js";
export { analyze, analyzeInput, analyzePaths, isErrorResult, Pipeline, checkPipeline } from "./analyze/index.js";
export type { AnalyzeOptions, AnalyzeResult, ErrorResult, Stage, StageContext } from "./analyze/index.js";
export { readInput, readLink, readPaths, readStream } from "./read/index.js";
export type { Article, RawInput, ReadOptions, ReadResult, StreamInput } from "./read/index.js";
export { VERSION } from "./version.js";
