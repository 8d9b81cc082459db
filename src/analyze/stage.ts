import type { ArticleRecord } from "../model/record.js";
import type { AnalyzeOptions } from "./options.js";

/** The record fields a stage may assign. `text` and `source` are never among them. */
export type Assignable = "metadata" | "blocks" | "entities" | "quotes" | "times" | "events";

export interface StageContext {
  options: AnalyzeOptions;
  /** Adds a coded warning to the record, tagged with the running stage's name. */
  warn(code: import("../model/codes.js").Code, message?: string): void;
}

/**
 * A named pipeline stage (after spaCy's factories): it declares what it reads and writes, computes
 * from the record, and returns only the fields it assigns. It never sees or changes the input bytes,
 * and it cannot change `text`, so every offset stays valid.
 */
export interface Stage<A extends Assignable = Assignable> {
  name: string;
  requires: Assignable[];
  assigns: A[];
  /** Languages the stage supports (ISO 639-1); absent means any. Others are skipped with a warning. */
  languages?: string[];
  run(record: Readonly<ArticleRecord>, ctx: StageContext): Pick<ArticleRecord, A> | Partial<Pick<ArticleRecord, A>>;
}
