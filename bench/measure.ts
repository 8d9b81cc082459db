import type { Corpus } from "./corpora.js";

/** One line of the benchmark table. */
export interface Row {
  section: string;
  corpus: string;
  articles: number;
  bytes: number;
  seconds: number;
  /** Tokens produced, where the section counts them. */
  tokens?: number;
  /** Highest resident set size seen while the section ran, in bytes. */
  peakRss: number;
}

/** How often (in articles) the resident set size is sampled. */
const RSS_EVERY = 25;

/**
 * Runs `work` over every text of a corpus and times it. `work` returns the number of tokens it made
 * (or undefined). Memory is collected first (node --expose-gc) so each section starts clean.
 */
export function measure(section: string, corpus: Corpus, work: (text: string) => number | undefined): Row {
  (globalThis as { gc?: () => void }).gc?.();
  let peakRss = process.memoryUsage.rss();
  let tokens: number | undefined;
  const started = performance.now();
  corpus.texts.forEach((text, i) => {
    const n = work(text);
    if (n !== undefined) tokens = (tokens ?? 0) + n;
    if (i % RSS_EVERY === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
  });
  const seconds = (performance.now() - started) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  return {
    section,
    corpus: corpus.name,
    articles: corpus.texts.length,
    bytes: corpus.bytes,
    seconds,
    ...(tokens !== undefined ? { tokens } : {}),
    peakRss,
  };
}

/** Sums a section's rows into one "all" row. */
export function total(rows: Row[]): Row {
  const tokens = rows.every((r) => r.tokens !== undefined) ? rows.reduce((n, r) => n + r.tokens!, 0) : undefined;
  return {
    section: rows[0]?.section ?? "",
    corpus: "all",
    articles: rows.reduce((n, r) => n + r.articles, 0),
    bytes: rows.reduce((n, r) => n + r.bytes, 0),
    seconds: rows.reduce((n, r) => n + r.seconds, 0),
    ...(tokens !== undefined ? { tokens } : {}),
    peakRss: Math.max(0, ...rows.map((r) => r.peakRss)),
  };
}

/** The rows as an aligned text table. */
export function formatTable(rows: Row[]): string {
  const header = ["section", "corpus", "articles", "MB", "seconds", "articles/s", "MB/s", "tokens/s", "peak RSS MB"];
  const body = rows.map((r) => [
    r.section,
    r.corpus,
    String(r.articles),
    (r.bytes / 1e6).toFixed(1),
    r.seconds.toFixed(2),
    (r.articles / r.seconds).toFixed(0),
    (r.bytes / 1e6 / r.seconds).toFixed(2),
    r.tokens !== undefined ? (r.tokens / r.seconds).toFixed(0) : "-",
    (r.peakRss / 1e6).toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
