import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

/** ../shared relative to the repository root, where the evaluation data lives (never committed). */
export const CORPORA_DIR = fileURLToPath(new URL("../../shared/eval/corpora/", import.meta.url));

export interface Corpus {
  name: string;
  texts: string[];
  /** UTF-8 bytes of all texts. */
  bytes: number;
}

/** Each `*.jsonl.gz` in the corpora folder: one JSON object a line with a `text` field. */
export function loadCorpora(limit = Infinity, dir = CORPORA_DIR): Corpus[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl.gz"))
    .sort()
    .map((f) => {
      const texts: string[] = [];
      for (const line of gunzipSync(readFileSync(join(dir, f)))
        .toString("utf8")
        .split("\n")) {
        if (texts.length >= limit) break;
        if (!line.trim()) continue;
        const text = (JSON.parse(line) as { text?: unknown }).text;
        if (typeof text === "string" && text.trim()) texts.push(text);
      }
      return { name: f.replace(/\.jsonl\.gz$/, ""), texts, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) };
    });
}
