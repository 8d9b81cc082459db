import type { ReadOptions } from "../read/article.js";

export interface AnalyzeOptions extends ReadOptions {
  /** Stage names to run, in order; default: every registered stage. */
  stages?: string[];
  /** Stage names to skip. */
  disable?: string[];
  /** Validate each record against the schema and the offset invariant (default true). */
  validate?: boolean;
}

export const DEFAULT_OPTIONS: Required<Pick<AnalyzeOptions, "validate">> = { validate: true };
