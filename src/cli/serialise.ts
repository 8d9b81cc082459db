import { isErrorResult, type AnalyzeResult } from "../analyze/index.js";

/**
 * A result as JSON; a record too large for one JavaScript string (about 512 MB) becomes an error
 * line for its input, and the batch goes on.
 */
export function serialise(result: AnalyzeResult, indent: number | undefined): { result: AnalyzeResult; json: string } {
  try {
    return { result, json: JSON.stringify(result, null, indent) };
  } catch (err) {
    if (!(err instanceof RangeError) || isErrorResult(result)) throw err;
    const failed = {
      source: { ...(result.source.path ? { path: result.source.path } : {}), ...(result.source.url ? { url: result.source.url } : {}) },
      error: {
        code: "RECORD_TOO_LARGE",
        message: `the record of ${result.text.length} characters of text, ${result.blocks.length} blocks and ${result.entities.length} entities is too large to write as JSON (${err.message})`,
      },
    };
    return { result: failed, json: JSON.stringify(failed, null, indent) };
  }
}
