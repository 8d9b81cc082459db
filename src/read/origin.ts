import { createHash } from "node:crypto";
import type { Code } from "../model/codes.js";
import type { Metadata, Source, SourceKind } from "../model/record.js";
import type { Article, RawInput, ReadResult } from "./article.js";

/** Where bytes came from: the file, and what a container (HTTP, WARC, feed, JSONL) said about them. */
export type Origin = Omit<RawInput, "bytes">;

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The record's `source`: `bytes` and `sha256` are those of the item itself (a feed item, a WARC payload, a JSONL line). */
export function sourceOf(kind: SourceKind, origin: Origin, bytes: Uint8Array, encoding?: string): Source {
  return {
    kind,
    ...(origin.path ? { path: origin.path } : {}),
    ...(origin.url ? { url: origin.url } : {}),
    sha256: sha256(bytes),
    bytes: bytes.length,
    ...(encoding ? { encoding } : {}),
  };
}

export function failure(origin: Origin, code: Code, message: string): ReadResult {
  return {
    ok: false,
    source: { ...(origin.path ? { path: origin.path } : {}), ...(origin.url ? { url: origin.url } : {}) },
    error: { code, message },
  };
}

/**
 * A link in place of an article (a feed item, a sitemap entry, a list line): NO_ARTICLE, with the
 * link as `source.url`; `list` when it names a list of links (a sitemap, a feed) rather than a page,
 * `hints` what the container said of the page.
 */
export function linkResult(
  origin: Origin,
  url: string,
  message: string,
  { list = false, hints }: { list?: boolean; hints?: Partial<Metadata> } = {},
): ReadResult {
  const r = failure({ ...origin, url }, "NO_ARTICLE", message) as Extract<ReadResult, { ok: false }>;
  return { ...r, ...(list ? { list: true } : {}), ...(hints && Object.keys(hints).length ? { hints } : {}) };
}

/**
 * A fetched page's metadata with the gaps filled from what its container said of it (`hints`): a
 * feed item's title, date, authors. The page's own word wins wherever it has one.
 */
export function withHints(page: Partial<Metadata>, hints: Partial<Metadata> | undefined): Partial<Metadata> {
  if (!hints) return page;
  const out: Partial<Metadata> = { ...page };
  const dated = page.published !== undefined || page.date !== undefined;
  for (const [k, v] of Object.entries(hints) as [keyof Metadata, unknown][]) {
    if (v === undefined || ((k === "published" || k === "date") && dated)) continue;
    const own = out[k];
    if (own === undefined || (Array.isArray(own) && own.length === 0)) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** A live blog's updates as results beside their page's, each with its permalink as `source.url`. */
export function updateResults(updates: Omit<Article, "source">[], source: Source): ReadResult[] {
  return updates.map((u) => ({ ok: true, article: { ...u, source: { ...source, ...(u.metadata.url ? { url: u.metadata.url } : {}) } } }));
}
