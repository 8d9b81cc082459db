/**
 * Child of `npm run bench`: analyses one corpus file the way a user runs it (`newsgraph analyze
 * FILE.jsonl.gz`: streamed reading, every stage, the CLI's 512 MB heap limit) in a process of its own,
 * so its peak memory is the analyzer's alone. Prints one JSON object: articles, bytes, seconds, peakRss.
 * Usage: node --max-old-space-size=512 --import tsx bench/analyze-process.ts FILE [MAX_ARTICLES]
 */
import { analyzePaths, isErrorResult } from "../src/analyze/index.js";

const [file, max] = process.argv.slice(2);
const limit = max ? Number(max) : Infinity;
let articles = 0;
let bytes = 0;
const started = performance.now();
for await (const result of analyzePaths([file!])) {
  if (isErrorResult(result)) continue;
  articles++;
  bytes += Buffer.byteLength(result.text);
  if (articles >= limit) break;
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(JSON.stringify({ articles, bytes, seconds, peakRss: process.resourceUsage().maxRSS * 1024 }) + "\n");
