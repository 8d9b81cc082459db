/**
 * Blocks to the article's text: blocks joined by blank lines, each block a span of the text.
 */
import type { Block } from "../../model/record.js";
import type { TextBlock } from "./emit.js";

export function assemble(blocks: TextBlock[]): { text: string; blocks: Block[] } {
  let text = "";
  const out: Block[] = [];
  for (const b of blocks) {
    if (text !== "") text += "\n\n";
    const start = text.length;
    text += b.text;
    out.push({ role: b.role, start, end: text.length, text: b.text });
  }
  return { text, blocks: out };
}
