/**
 * The structure stage: blocks (headline, standfirst, byline, caption, body, credit, meta) and the
 * metadata they carry. Line-oriented inputs (page dumps, plain text) are classified here; blocks a
 * reader already made (HTML, feeds) are kept and only missing metadata is filled from them.
 */
import type { ArticleRecord, Metadata } from "../../model/record.js";
import type { Stage } from "../stage.js";
import { metadataFromBlocks } from "./from-blocks.js";
import { LONG_LINE, MAX_LINES, classifyLines, type LayoutMetadata } from "./layout.js";

/** Reader metadata wins; the layout only fills what is missing. */
function merge(base: Metadata, found: LayoutMetadata): Metadata {
  const out: Metadata = { ...base };
  for (const [k, v] of Object.entries(found) as [keyof LayoutMetadata, unknown][]) {
    if (v === undefined) continue;
    if (k === "authors") {
      if (!out.authors.length) out.authors = v as string[];
    } else if (out[k] === undefined || out[k] === "") {
      (out as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}

export const structureStage: Stage<"blocks" | "metadata"> = {
  name: "structure",
  requires: [],
  assigns: ["blocks", "metadata"],
  run(record: Readonly<ArticleRecord>, ctx) {
    if (record.blocks.length) return { metadata: merge(record.metadata, metadataFromBlocks(record.blocks)) };
    const layout = classifyLines(record.text, record.source.kind === "dump" ? "dump" : "text", record.metadata.headline);
    if (layout.longLines) {
      ctx.warn("LONG_LINE", `${layout.longLines} line(s) longer than ${LONG_LINE} characters were kept as body without being classified`);
    }
    if (layout.tooManyLines) {
      ctx.warn(
        "TOO_MANY_LINES",
        `the text has more than ${MAX_LINES} lines; the lines past them were kept as one body block without being classified`,
      );
    }
    return { blocks: layout.blocks, metadata: merge(record.metadata, layout.metadata) };
  },
};
