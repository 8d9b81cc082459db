import type { SourceKind } from "../model/record.js";

/** The header line of a crawl page dump: ` date 2023-05-24 World`. */
export const DUMP_HEADER = /^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}(?:[ \t]|$)/;

/**
 * Detects the input kind from the first characters of decoded text (content first; the file name
 * only breaks ties). Returns the kind a reader is registered for.
 */
export function detectKind(head: string, path?: string): SourceKind {
  const firstLine = head.slice(0, 500).split(/\r?\n/, 1)[0] ?? "";
  if (DUMP_HEADER.test(firstLine)) return "dump";
  return "text";
}
