/**
 * HTML extraction speed: newsgraph's readHtml beside Readability.js on linkedom, measured in the
 * same run on the same pages (../shared/eval/extraction/zyte-aeb by default), one core.
 * Run alone: `node --import tsx bench/extraction.ts [DIR]`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { DOMParser } from "linkedom";
import { decode } from "../src/read/decode.js";
import { readHtml } from "../src/read/html/index.js";

export const DEFAULT_EXTRACTION_SET = resolve(fileURLToPath(new URL("..", import.meta.url)), "../shared/eval/extraction/zyte-aeb");

export interface ExtractionBench {
  pages: number;
  /** readHtml pages per second. */
  newsgraph: number;
  /** Readability.js 0.6 on linkedom, pages per second (undefined when the dev dependency is missing). */
  readability?: number;
}

function loadPages(dir: string): string[] {
  const pagesDir = join(dir, "pages");
  return readdirSync(pagesDir)
    .filter((f) => f.endsWith(".html.gz"))
    .sort()
    .map((f) => decode(gunzipSync(readFileSync(join(pagesDir, f))), undefined, { html: true }).text);
}

/**
 * Pages per second of `fn` over all pages: one warm-up pass, then `rounds` timed passes, of which
 * the median is reported (a pass that a neighbour on a shared machine slowed down moves it less
 * than it moves the mean).
 */
function measure(pages: string[], rounds: number, fn: (html: string) => unknown): number {
  for (const p of pages) fn(p);
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const p of pages) fn(p);
    rates.push(pages.length / ((performance.now() - t0) / 1000));
  }
  return rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)]!;
}

/** Measures both extractors and prints one line each; undefined when the set is missing. */
export async function benchExtraction(dir = DEFAULT_EXTRACTION_SET, rounds = 5): Promise<ExtractionBench | undefined> {
  if (!existsSync(join(dir, "pages"))) {
    process.stdout.write(`extraction: skipped, no pages at ${dir}\n`);
    return undefined;
  }
  const pages = loadPages(dir);
  const newsgraph = measure(pages, rounds, (html) => readHtml(html));
  let readability: number | undefined;
  try {
    const { Readability } = await import("@mozilla/readability");
    readability = measure(pages, rounds, (html) => {
      const doc = new DOMParser().parseFromString(html, "text/html");
      return new Readability(doc as unknown as Document).parse();
    });
  } catch {
    readability = undefined;
  }
  const fmt = (v: number | undefined) => (v === undefined ? "n/a" : v.toFixed(1));
  process.stdout.write(
    `extraction (${pages.length} pages of ${dir.split("/").slice(-1)[0]}, median of ${rounds} rounds, one core):\n` +
      `  newsgraph readHtml           ${fmt(newsgraph)} pages/s\n` +
      `  Readability.js on linkedom   ${fmt(readability)} pages/s\n`,
  );
  return { pages: pages.length, newsgraph, ...(readability === undefined ? {} : { readability }) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await benchExtraction(process.argv[2] ? resolve(process.argv[2]) : undefined);
}
