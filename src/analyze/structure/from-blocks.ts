/**
 * Metadata from blocks a reader already classified (HTML, feeds): the headline, standfirst and
 * byline as printed, authors, publication times from byline and meta blocks, and the dateline
 * of the first body block. The blocks themselves are left as they are.
 */
import type { Block } from "../../model/record.js";
import { parseByline } from "./byline.js";
import { parseDateline } from "./dateline.js";
import type { LayoutMetadata } from "./layout.js";
import { parseStampLine } from "./stamps.js";
import { findTimestamp } from "./timestamps.js";

export function metadataFromBlocks(blocks: readonly Block[]): LayoutMetadata {
  const m: LayoutMetadata = {};
  const first = (role: Block["role"]) => blocks.find((b) => b.role === role);
  const headline = first("headline");
  if (headline) m.headline = headline.text;
  const standfirst = first("standfirst");
  if (standfirst) m.standfirst = standfirst.text;
  const byline = first("byline");
  if (byline) {
    const by = parseByline(byline.text, true);
    m.byline = by?.byline ?? byline.text;
    if (by) m.authors = by.authors;
  }
  for (const b of blocks) {
    if (b.role !== "byline" && b.role !== "meta") continue;
    const stamps = parseStampLine(b.text);
    const ts = stamps ? undefined : findTimestamp(b.text);
    if (stamps?.published ?? ts) m.published ??= (stamps?.published ?? ts)!.iso;
    if (stamps?.updated) m.updated ??= stamps.updated.iso;
  }
  const body = first("body");
  const d = body ? parseDateline(body.text) : undefined;
  if (d) m.dateline = { ...(d.place ? { place: d.place } : {}), ...(d.agency ? { agency: d.agency } : {}) };
  return m;
}
