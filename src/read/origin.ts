import { createHash } from "node:crypto";
import type { Code } from "../model/codes.js";
import type { Source, SourceKind } from "../model/record.js";
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
 * link as `source.url`; `list` when it names a list of links (a sitemap, a feed) rather than a page.
 */
export function linkResult(origin: Origin, url: string, message: string, list = false): ReadResult {
  const r = failure({ ...origin, url }, "NO_ARTICLE", message) as Extract<ReadResult, { ok: false }>;
  return list ? { ...r, list: true } : r;
}

/** A live blog's updates as results beside their page's, each with its permalink as `source.url`. */
export function updateResults(updates: Omit<Article, "source">[], source: Source): ReadResult[] {
  return updates.map((u) => ({ ok: true, article: { ...u, source: { ...source, ...(u.metadata.url ? { url: u.metadata.url } : {}) } } }));
}
