import { warning, type Code } from "../model/codes.js";
import type { SourceKind, Warning } from "../model/record.js";
import type { Fetched, RawInput, ReadOptions, ReadResult, StreamInput } from "./article.js";
import { charsetOf, decode } from "./decode.js";
import { DETECT_CHARS, detectKind } from "./detect.js";
import { readFeed } from "./feed/index.js";
import { gunzipBytes, gunzipStream, isGzip, type GunzipStats } from "./gzip.js";
import { readJsonl, readJsonlStream } from "./jsonl/index.js";
import { isEmail, isMbox, readEmail, readMbox } from "./email.js";
import { isLinkList, readLinkList } from "./links.js";
import { isMhtml, mhtmlPage } from "./mhtml.js";
import { failure, withHints, type Origin } from "./origin.js";
import { readPage } from "./page.js";
import { ByteReader } from "./stream.js";
import { readWarc } from "./warc/index.js";
import { isZip, readZip } from "./zip.js";

export type { Article, RawInput, ReadOptions, ReadResult, StreamInput } from "./article.js";
export { readPaths, type ReadPathsOptions } from "./sources.js";

/** Inputs larger than this are cut (with a warning) before decoding; also the cap on one WARC record. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Bytes looked at to detect the kind (a UTF-16 head needs twice the characters). */
const DETECT_BYTES = DETECT_CHARS * 2;

function originOf(input: Omit<RawInput, "bytes">): Origin {
  const { path, url, contentType, date } = input;
  return { ...(path ? { path } : {}), ...(url ? { url } : {}), ...(contentType ? { contentType } : {}), ...(date ? { date } : {}) };
}

/** How an input is read: its kind, or a form read into records of those kinds (links.ts, email.ts). */
type Route = SourceKind | "links" | "email" | "mbox";

/** Inputs whose items may be links with nothing else (feed items, list lines, export lines), which `--fetch` follows. */
const LINKING: ReadonlySet<Route | undefined> = new Set(["feed", "links", "jsonl"]);

/**
 * How to read an input, from its first bytes (decoded only as far as detection needs): its kind,
 * or a form read into records of those kinds: a link list, an e-mail message, an mbox of them.
 */
function routeOf(head: Uint8Array, origin: Origin, options: ReadOptions): Route | undefined {
  if (options.kind) return options.kind;
  const text = decode(head.subarray(0, DETECT_BYTES)).text;
  const kind = detectKind(text, origin.path);
  const cut = head.length >= DETECT_BYTES || text.length > DETECT_CHARS;
  // A message's body may be HTML from its first kilobyte; a page saved as MHTML is a message too, read as the page.
  if ((kind === "text" || kind === "html") && !isMhtml(text)) {
    if (isMbox(text)) return "mbox";
    if (isEmail(text)) return "email";
  }
  return kind === "text" && isLinkList(text.slice(0, DETECT_CHARS), cut) ? "links" : kind;
}

/** Every kind but WARC, from bytes in memory. */
function* readBuffered(
  bytes: Uint8Array,
  origin: Origin,
  kind: Route | undefined,
  warnings: Warning[],
  options: ReadOptions,
): Generator<ReadResult> {
  switch (kind) {
    case undefined:
      yield failure(
        origin,
        "UNSUPPORTED_INPUT",
        `${origin.path ?? "input"} is XML but not a feed (RSS, Atom or RSS 1.0), a sitemap or an OPML list`,
      );
      return;
    case "feed":
      yield* withWarnings(readFeed(bytes, origin), warnings);
      return;
    case "jsonl":
      yield* withWarnings(readJsonl(bytes, origin, options.map), warnings);
      return;
    case "links":
      yield* readLinkList(decode(bytes, charsetOf(origin.contentType)).text, origin);
      return;
    case "warc":
    case "email":
    case "mbox": {
      const what = { warc: "a WARC archive", email: "an e-mail message", mbox: "an mbox of e-mail messages" }[kind];
      yield failure(
        origin,
        "UNSUPPORTED_INPUT",
        `${origin.path ?? "input"} is ${what}, which is read as a stream: use readStream() or analyzePaths()`,
      );
      return;
    }
    default: {
      // A page saved as MHTML: its HTML part is the page, its address the record's.
      const saved = kind === "html" && isMhtml(Buffer.from(bytes.subarray(0, 4096)).toString("latin1")) ? mhtmlPage(bytes) : undefined;
      if (saved && !saved.ok) {
        yield failure(origin, "NO_ARTICLE", `${origin.path ?? "input"} is a page saved as MHTML, with ${saved.why}`);
        return;
      }
      const at = saved
        ? {
            ...origin,
            ...(saved.url && !origin.url ? { url: saved.url } : {}),
            ...(saved.contentType ? { contentType: saved.contentType } : {}),
          }
        : origin;
      yield* readPage(saved ? saved.bytes : bytes, at, kind, warnings);
    }
  }
}

/** Adds container-level warnings (a cut, a decompression fault) to every article read from it. */
function* withWarnings(results: Iterable<ReadResult>, warnings: Warning[]): Generator<ReadResult> {
  for (const r of results)
    yield r.ok && warnings.length ? { ok: true, article: { ...r.article, warnings: [...warnings, ...r.article.warnings] } } : r;
}

/**
 * Turns one raw input held in memory into articles (a feed or JSONL input holds many). gzip is
 * undone first. Never throws for bad content: unreadable input becomes an error result, doubtful
 * input an article with warnings. WARC archives need `readStream`.
 */
export function* readInput(input: RawInput, options: ReadOptions = {}): Generator<ReadResult> {
  const origin = originOf(input);
  try {
    yield* readInMemory(input.bytes, origin, options);
  } catch (err) {
    yield failure(origin, "READ_FAILED", `cannot read ${origin.path ?? "input"}: ${(err as Error).message}`);
  }
}

function* readInMemory(bytes: Uint8Array, origin: Origin, options: ReadOptions): Generator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const warnings: Warning[] = [];
  if (isGzip(bytes)) {
    const unzipped = gunzipBytes(bytes, maxBytes);
    if ("error" in unzipped) {
      yield failure(origin, unzipped.error.code, `${origin.path ?? "input"}: ${unzipped.error.message}`);
      return;
    }
    bytes = unzipped.bytes;
    warnings.push(...unzipped.warnings);
  }
  if (bytes.length > maxBytes) {
    warnings.push(warning("INPUT_TRUNCATED", `the input has ${bytes.length} bytes; only the first ${maxBytes} were read`));
    bytes = bytes.subarray(0, maxBytes);
  }
  yield* readBuffered(bytes, origin, routeOf(bytes, origin, options), warnings, options);
}

/**
 * A web address named as an input: fetched through `options.fetcher` whatever its type, then read
 * as a file is (a page, a feed whose items are followed in turn, a link list...). Without a
 * fetcher, nothing is fetched: a NO_ARTICLE result says so.
 */
export function readLink(url: string, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  return linkResults(url, options, 0);
}

/** `readLink`; `depth` counts the lists (sitemap indexes) the link was reached through. */
async function* linkResults(url: string, options: ReadOptions, depth: number): AsyncGenerator<ReadResult> {
  if (!options.fetcher) {
    yield failure({ url }, "NO_ARTICLE", `${url} is a web address; it is fetched only when asked (the fetch option, --fetch)`);
    return;
  }
  const got = await options.fetcher.fetch(url, { anyType: true });
  if (!got.ok) {
    yield failure({ url }, "FETCH_FAILED", got.message);
    return;
  }
  const { bytes, ...about } = got.input;
  const open = async function* () {
    yield bytes;
  };
  const cut = fetchCut(got.cutAt);
  let told = cut.length === 0;
  for await (const r of streamResults({ ...about, open }, options, depth)) {
    // The cut is the fetched input's: its own records carry it, not the pages a list of it leads to.
    const own = r.ok && r.article.source.url === about.url;
    told ||= own;
    yield* own ? withWarnings([r], cut) : [r];
  }
  if (!told) yield failure({ url }, "INPUT_TRUNCATED", `${url}: ${cut[0]!.message}; what it lists after that was not read`);
}

/** The warning an input cut by the fetcher carries (none when it was whole). */
function fetchCut(cutAt: number | undefined): Warning[] {
  return cutAt === undefined
    ? []
    : [warning("INPUT_TRUNCATED", `the fetched input had more than ${cutAt} bytes; only the first ${cutAt} were read`)];
}

/**
 * Lists of lists (a sitemap index, an OPML feed list) are followed one level deep: a list that such
 * a list names is read, but a list named there is listed, not fetched.
 */
const MAX_LIST_DEPTH = 1;

/** Links fetched at once by `followLinks` (each host is still asked once at a time; see PoliteFetcher). */
const FETCH_AHEAD = 8;

/**
 * Feed items, sitemap entries, link-list lines and export lines that gave NO_ARTICLE for want of
 * content, fetched through `options.fetcher`: the page becomes an HTML article (`source.path` the
 * feed, `source.url` the page); a page that cannot be fetched is a FETCH_FAILED line. Up to
 * FETCH_AHEAD links are fetched at once; results keep the input's order. A sitemap that an index
 * names, and a feed an OPML list names, is fetched and read in turn, after the links before it.
 */
async function* followLinks(
  results: Iterable<ReadResult> | AsyncIterable<ReadResult>,
  origin: Origin,
  options: ReadOptions,
  depth: number,
): AsyncGenerator<ReadResult> {
  const ahead: Promise<ReadResult[]>[] = [];
  for await (const r of results) {
    if (!r.ok && r.list && r.source.url) {
      while (ahead.length) yield* await ahead.shift()!;
      yield* depth < MAX_LIST_DEPTH
        ? linkResults(r.source.url, options, depth + 1)
        : [{ ...r, error: { ...r.error, message: `${r.error.message} (not fetched: a list named by another list is not followed)` } }];
      continue;
    }
    ahead.push(fetchedPage(r, origin, options));
    if (ahead.length >= FETCH_AHEAD) yield* await ahead.shift()!;
  }
  while (ahead.length) yield* await ahead.shift()!;
}

/** A link result's page, fetched and read (its container's hints filling its gaps); any other result as it is. */
async function fetchedPage(r: ReadResult, origin: Origin, options: ReadOptions): Promise<ReadResult[]> {
  if (r.ok || r.error.code !== "NO_ARTICLE" || !r.source.url) return [r];
  let got: Fetched;
  try {
    got = await options.fetcher!.fetch(r.source.url);
  } catch (err) {
    // A caller's own fetcher may throw; the links being fetched beside this one go on.
    got = { ok: false, message: `${r.source.url}: ${(err as Error).message}` };
  }
  if (!got.ok) return [failure({ ...origin, url: r.source.url }, "FETCH_FAILED", got.message)];
  const page = readInput({ ...got.input, ...(origin.path ? { path: origin.path } : {}) }, { ...options, kind: "html" });
  return [...withWarnings(page, fetchCut(got.cutAt))].map((p) =>
    p.ok && r.hints ? { ok: true, article: { ...p.article, metadata: withHints(p.article.metadata, r.hints) } } : p,
  );
}

/**
 * Reads a streamed input (a file, stdin): gzip is undone as it streams (a bomb is stopped at the
 * byte limit), WARC archives and JSONL are read record by record (the limit applies to one record),
 * every other kind is gathered up to the byte limit and read as `readInput` does.
 */
export function readStream(input: StreamInput, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  return streamResults(input, options, 0);
}

/**
 * `readStream`; `depth` counts the lists (sitemap indexes) the input was reached through, `inZip`
 * says it is a file inside a ZIP archive (an archive in an archive is not opened: zip bombs nest).
 */
async function* streamResults(input: StreamInput, options: ReadOptions, depth: number, inZip = false): AsyncGenerator<ReadResult> {
  const origin = originOf(input);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const warnings: Warning[] = [];
  let reader = new ByteReader(input.open());
  let stats: GunzipStats | undefined;
  try {
    await reader.fill(DETECT_BYTES);
    if (isZip(reader.peek(4))) {
      yield* readZip(input, reader, origin, maxBytes, inZip, (entry) => streamResults(entry, options, depth, true));
      return;
    }
    if (isGzip(reader.peek(3))) {
      stats = { in: 0, out: 0, bomb: false };
      reader = new ByteReader(gunzipStream(reader.rest(), maxBytes, stats, warnings));
      await reader.fill(DETECT_BYTES);
    }
    const kind = routeOf(reader.peek(DETECT_BYTES), origin, options);
    const follow = (results: Iterable<ReadResult> | AsyncIterable<ReadResult>) =>
      options.fetcher && LINKING.has(kind) ? followLinks(results, origin, options, depth) : results;
    if (kind === "warc" || kind === "jsonl" || kind === "mbox") {
      // Containers are read item by item, whatever their size. Decompression faults have no
      // article to sit on: each becomes an error line where it happened.
      let reported = 0;
      const faults = function* () {
        while (reported < warnings.length) {
          const w = warnings[reported++]!;
          yield failure(origin, w.code as Code, `${origin.path ?? "input"}: ${w.message}`);
        }
      };
      const items =
        kind === "warc"
          ? readWarc(reader, origin, maxBytes)
          : kind === "mbox"
            ? readMbox(reader, origin, maxBytes)
            : follow(readJsonlStream(reader, origin, options.map, maxBytes));
      for await (const r of items) {
        yield* faults();
        yield r;
      }
      yield* faults();
      return;
    }
    const got = await reader.fill(maxBytes + 1);
    if (stats?.bomb) {
      yield failure(
        origin,
        "DECOMPRESSION_LIMIT",
        `${origin.path ?? "input"}: ${warnings.find((w) => w.code === "DECOMPRESSION_LIMIT")!.message}; nothing was analysed`,
      );
      return;
    }
    if (got > maxBytes) {
      warnings.push(
        warning(
          "INPUT_TRUNCATED",
          `the input has more than ${maxBytes} bytes${stats ? " once decompressed" : ""}; only the first ${maxBytes} were read`,
        ),
      );
    }
    const bytes = reader.take(Math.min(got, maxBytes));
    await reader.close();
    if (kind === "email") {
      yield* withWarnings(await readEmail(bytes, origin, origin.path ?? origin.url ?? "input"), warnings);
      return;
    }
    yield* follow(readBuffered(bytes, origin, kind, warnings, options));
  } catch (err) {
    yield failure(
      origin,
      "READ_FAILED",
      `cannot read ${origin.path ?? "input"}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  } finally {
    await reader.close();
  }
}
