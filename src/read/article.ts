import type { Block, Metadata, Source, SourceKind, Warning } from "../model/record.js";

/** What a reader hands to analysis: decoded text, what the format itself tells, nothing linguistic. */
export interface Article {
  source: Source;
  text: string;
  /**
   * Blocks the reader could already classify (HTML, feeds). Empty for line-oriented inputs
   * (page dumps, plain text), whose layout the structure stage works out.
   */
  blocks: Block[];
  /** Metadata the format gave (HTML meta tags, feed fields, WARC headers, JSONL fields). */
  metadata: Partial<Metadata>;
  warnings: Warning[];
}

/** Bytes plus what is known about where they came from. */
export interface RawInput {
  bytes: Uint8Array;
  path?: string;
  url?: string;
  /** A declared content type (HTTP header, WARC record), used as a hint only. */
  contentType?: string;
  /** Date the container gave (WARC-Date, JSONL field), ISO 8601. */
  date?: string;
}

/** An input read as a stream (a file, stdin): how WARC archives and large gzip files stay out of memory. */
export interface StreamInput extends Omit<RawInput, "bytes"> {
  /** Opens the byte stream; called once. */
  open(): AsyncIterable<Uint8Array>;
  /** The file on disk the bytes are, when they are one: a ZIP archive is read from it in place. */
  file?: string;
}

/**
 * One result of reading: an article, or an input-level error that must not stop the batch. A
 * NO_ARTICLE error whose `source.url` is a link stands for a page to fetch; with `list`, for a list
 * of links (a sitemap that a sitemap index names); `hints` is what the container said of the page
 * (a feed item's title and date), which fills what the fetched page does not say.
 */
export type ReadResult =
  | { ok: true; article: Article }
  | {
      ok: false;
      source: { path?: string; url?: string };
      error: { code: string; message: string };
      list?: true;
      hints?: Partial<Metadata>;
    };

/** A fetched input (`cutAt`: the byte limit it was cut at, if it was), or why there is none. */
export type Fetched = { ok: true; input: RawInput; cutAt?: number } | { ok: false; message: string };

/**
 * Fetches a link (see `PoliteFetcher`). A page a container links to must be HTML; `anyType` takes
 * whatever the server sends (an address the user named, a sitemap an index lists), and the reader
 * tells its kind from the content.
 */
export interface Fetcher {
  fetch(link: string, options?: { anyType?: boolean }): Promise<Fetched>;
}

export interface ReadOptions {
  /** Treat every input as this kind instead of detecting it. */
  kind?: SourceKind;
  /** JSONL field mapping: record field -> input field (e.g. text=body). */
  map?: Record<string, string>;
  /** Inputs over this many bytes are cut with a warning (default 64 MiB). */
  maxBytes?: number;
  /**
   * Fetches web addresses named as inputs, and follows the links of feed items, sitemap entries,
   * link lists and export lines that carry no content (opt-in; see `PoliteFetcher`). Shared by all inputs of a
   * run, so its per-host pacing and page limit hold across them.
   */
  fetcher?: Fetcher;
}
