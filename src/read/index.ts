import { createHash } from "node:crypto";
import { warning } from "../model/codes.js";
import type { SourceKind } from "../model/record.js";
import type { Article, RawInput, ReadOptions, ReadResult } from "./article.js";
import { decode, looksBinary } from "./decode.js";
import { detectKind } from "./detect.js";
import { readLines } from "./text.js";

export type { Article, RawInput, ReadOptions, ReadResult } from "./article.js";
export { readPaths } from "./sources.js";

/** Inputs larger than this are cut (with a warning) before decoding. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Turns one raw input into articles. Never throws for bad content: unreadable input becomes an
 * error result, doubtful input an article with warnings.
 */
export function* readInput(input: RawInput, options: ReadOptions = {}): Generator<ReadResult> {
  const where = { ...(input.path ? { path: input.path } : {}), ...(input.url ? { url: input.url } : {}) };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes = input.bytes;
  const warnings = [];
  if (bytes.length > maxBytes) {
    warnings.push(warning("INPUT_TRUNCATED", `the input has ${bytes.length} bytes; only the first ${maxBytes} were read`));
    bytes = bytes.subarray(0, maxBytes);
  }
  if (looksBinary(bytes)) {
    yield { ok: false, source: where, error: { code: "BINARY_INPUT", message: `${input.path ?? "input"} looks like binary data (NUL or control bytes), not text` } };
    return;
  }
  const decoded = decode(bytes);
  warnings.push(...decoded.warnings);
  if (decoded.text.trim() === "") warnings.push(warning("EMPTY_INPUT"));
  const kind: SourceKind = options.kind ?? detectKind(decoded.text, input.path);
  const source = {
    kind,
    ...where,
    sha256: sha256(input.bytes),
    bytes: input.bytes.length,
    encoding: decoded.encoding,
  };
  const article: Article = readLines({ source, text: decoded.text, warnings });
  yield { ok: true, article };
}
