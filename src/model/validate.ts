import { TypeCompiler } from "@sinclair/typebox/compiler";
import { ArticleRecordSchema, type ArticleRecord } from "./record.js";
import { allSpans } from "./span.js";

const checker = TypeCompiler.Compile(ArticleRecordSchema);

export interface ValidationProblem {
  path: string;
  message: string;
}

/** Schema errors plus the offset invariant: `text.slice(start, end) === span.text` for every span. */
export function validateRecord(record: unknown): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  // The compiled check is fast; the error walk, a tenth of analyze's time on long records, runs
  // only when the check fails.
  if (!checker.Check(record)) {
    for (const e of checker.Errors(record)) {
      problems.push({ path: e.path || "/", message: e.message });
      if (problems.length >= 20) break;
    }
    return problems;
  }
  const r = record as ArticleRecord;
  const { text } = r;
  for (const { path, span } of allSpans({ blocks: r.blocks, entities: r.entities, quotes: r.quotes, times: r.times, events: r.events })) {
    if (span.end < span.start || span.end > text.length || text.slice(span.start, span.end) !== span.text) {
      problems.push({
        path,
        message: `span [${span.start}, ${span.end}) has text ${JSON.stringify(span.text.slice(0, 40))} but the record's text there is ${JSON.stringify(text.slice(span.start, Math.min(span.end, span.start + 40)))}`,
      });
    }
  }
  return problems;
}

export function isArticleRecord(record: unknown): record is ArticleRecord {
  return validateRecord(record).length === 0;
}
