import { warning } from "../../model/codes.js";
import type { Metadata, Warning } from "../../model/record.js";
import type { Article, ReadResult } from "../article.js";
import { parseDate } from "../dates.js";
import { decode, looksBinary, utf16Bom } from "../decode.js";
import { readFragment } from "../feed/fragment.js";
import { isJsonFeed, readJsonFeed } from "../feed/json-feed.js";
import { readHtmlPage } from "../html/index.js";
import { authorsFrom } from "../html/metadata/byline.js";
import { failure, sourceOf, updateResults, type Origin } from "../origin.js";
import { ByteReader } from "../stream.js";

/**
 * Input fields tried, in order, for each record field when `--map` does not name one. `html` is
 * raw page markup, read like an HTML file when there is no plain text.
 */
export const DEFAULT_FIELDS = {
  text: ["text", "body", "content", "maintext", "article", "article_text"],
  html: ["html", "raw_html"],
  headline: ["headline", "title"],
  standfirst: ["standfirst", "summary", "description"],
  date: ["date", "published", "date_publish", "datePublished", "publishedAt", "publish_date", "pubDate"],
  url: ["url", "link"],
  authors: ["authors", "author", "byline"],
  publisher: ["publisher", "source", "site_name", "sitename"],
  section: ["section", "category"],
  language: ["language", "lang"],
} as const;
export type MappedField = keyof typeof DEFAULT_FIELDS;

/** A text field that opens with a block tag and closes one is HTML. */
const MARKUP =
  /^\s*<(?:p|div|h[1-6]|article|section|figure|ul|ol|blockquote|table|span|br)\b[^>]*>[\s\S]*<\/(?:p|div|h[1-6]|article|section|figure|ul|ol|blockquote|table|span)>/i;

/**
 * The text before the mark a news API leaves where it cut an article ("… [+2345 chars]"), and how
 * many characters it says are missing. Only the text's last characters are searched.
 */
function apiCut(text: string): { kept: string; missing: string } | undefined {
  const t = text.trimEnd();
  const m = t.endsWith(" chars]") ? /…?\s*\[\+(\d{1,9}) chars\]$/.exec(t.slice(-40)) : null;
  return m ? { kept: t.slice(0, t.length - m[0].length).trimEnd(), missing: m[1]! } : undefined;
}

function isField(k: string): k is MappedField {
  return Object.hasOwn(DEFAULT_FIELDS, k);
}

/** Checks a `--map` (record field -> input field); throws naming the unknown record fields. */
export function checkMap(map: Record<string, string>): void {
  const unknown = Object.keys(map).filter((k) => !isField(k));
  if (unknown.length)
    throw new Error(`--map: unknown record field(s) ${unknown.join(", ")}; known: ${Object.keys(DEFAULT_FIELDS).join(", ")}`);
}

/** A value at a dotted path (`meta.title`), own properties only. */
function at(obj: unknown, path: string): unknown {
  let v: unknown = obj;
  for (const key of path.split(".")) {
    if (typeof v !== "object" || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function pick(obj: object, field: MappedField, map: Record<string, string>): unknown {
  const paths = map[field] !== undefined ? [map[field]!] : DEFAULT_FIELDS[field];
  for (const p of paths) {
    const v = at(obj, p);
    if (v !== undefined && v !== null && v !== "") return v;
  }
  return undefined;
}

const str = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" ? String(v) : undefined;

/**
 * Authors from `"A"`, `["A","B"]`, `[{name:"A"}]` or `{name:"A"}`, each value read as a byline is
 * ("By A and B" gives A and B), duplicates dropped.
 */
function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return authorsFrom(
    list.map((a) => str(a) ?? str(at(a, "name"))).filter((a): a is string => Boolean(a)),
    false,
  );
}

function metadataOf(obj: object, map: Record<string, string>): Partial<Metadata> {
  const meta: Partial<Metadata> = { ...parseDate(pick(obj, "date", map)) };
  for (const f of ["headline", "standfirst", "url", "publisher", "section"] as const) {
    const v = str(pick(obj, f, map)) ?? str(at(pick(obj, f, map), "name"));
    if (v) meta[f] = v;
  }
  const authors = names(pick(obj, "authors", map));
  if (authors.length) meta.authors = authors;
  const lang = str(pick(obj, "language", map))
    ?.toLowerCase()
    .slice(0, 2);
  if (lang && /^[a-z]{2}$/.test(lang)) meta.language = lang;
  return meta;
}

/**
 * One JSONL line (already split off) to its results: a bad line is an error for that line only.
 * `encoding` names the input's encoding when it was transcoded to UTF-8 before splitting.
 */
function readLine(line: Uint8Array, n: number, origin: Origin, map: Record<string, string>, encoding?: string): ReadResult[] {
  const where = `${origin.path ?? "input"} line ${n}`;
  if (looksBinary(line)) return [failure(origin, "CORRUPT_RECORD", `${where} holds binary data, not JSON; skipped`)];
  const decoded = decode(line);
  let obj: unknown;
  try {
    obj = JSON.parse(decoded.text);
  } catch (err) {
    return [failure(origin, "CORRUPT_RECORD", `${where} is not valid JSON (${(err as Error).message}); skipped`)];
  }
  return readObject(obj, where, origin, map, line, encoding ?? decoded.encoding, decoded.warnings);
}

/**
 * The records an export wraps (`{"status": "ok", "articles": [...]}`, as news APIs answer): the one
 * property that is a list of objects, when the object itself has no text, html, headline or url.
 */
function recordsIn(obj: object, map: Record<string, string>): { key: string; items: object[] } | undefined {
  if ((["text", "html", "headline", "url"] as const).some((f) => pick(obj, f, map) !== undefined)) return undefined;
  const lists = Object.entries(obj).filter(
    (e): e is [string, object[]] =>
      Array.isArray(e[1]) && e[1].length > 0 && e[1].every((v) => typeof v === "object" && v !== null && !Array.isArray(v)),
  );
  return lists.length === 1 ? { key: lists[0]![0], items: lists[0]![1] } : undefined;
}

/**
 * One JSON value (a line, an array item) to its results: an object gives an article, an object
 * wrapping a list of records (once, not nested) gives theirs. A live blog's page in the html field
 * gives its updates after it, as the HTML reader does.
 */
function readObject(
  obj: unknown,
  where: string,
  origin: Origin,
  map: Record<string, string>,
  bytes: Uint8Array,
  encoding: string,
  decodeWarnings: Warning[],
  unwrap = true,
): ReadResult[] {
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) {
    return [failure(origin, "CORRUPT_RECORD", `${where} is ${Array.isArray(obj) ? "an array" : typeof obj}, not a JSON object; skipped`)];
  }
  if (isJsonFeed(obj)) return readJsonFeed(obj, origin, { encoding, warnings: decodeWarnings });
  const wrapped = unwrap ? recordsIn(obj, map) : undefined;
  if (wrapped) {
    return wrapped.items.flatMap((item, i) => {
      const at = `${where} ${wrapped.key} item ${i + 1}`;
      const raw = Buffer.from(JSON.stringify(item));
      return guarded(at, origin, () => readObject(item, at, origin, map, raw, encoding, decodeWarnings, false));
    });
  }
  const meta = metadataOf(obj, map);
  const lineOrigin: Origin = { ...origin, ...(meta.url ? { url: meta.url } : {}) };
  const text = pick(obj, "text", map);
  const html = pick(obj, "html", map);
  const warnings: Warning[] = [...decodeWarnings];
  let article: Omit<Article, "source">;
  let updates: Omit<Article, "source">[] = [];
  if (typeof text === "string" && !MARKUP.test(text)) {
    const cut = apiCut(text);
    if (cut) warnings.push(warning("SOURCE_TRUNCATED", `${where}: the source cut its text, ${cut.missing} characters are missing`));
    article = { text: cut?.kept ?? text, blocks: [], metadata: meta, warnings };
  } else if (typeof text === "string") {
    // Exports often put the body's HTML in the text field.
    const page = readFragment(text, meta.url);
    article = { ...page, metadata: { ...page.metadata, ...meta }, warnings: [...warnings, ...page.warnings] };
  } else if (typeof html === "string") {
    // A whole page goes through the article extractor; a body fragment (no body found) is read whole.
    const full = readHtmlPage(html, meta.url);
    updates = full.updates;
    const page = full.article.blocks.some((b) => b.role === "body") ? full.article : readFragment(html, meta.url);
    article = { ...page, metadata: { ...page.metadata, ...meta }, warnings: [...warnings, ...page.warnings] };
  } else {
    const tried = map.text ?? DEFAULT_FIELDS.text.join(", ");
    return [failure(lineOrigin, "NO_ARTICLE", `${where} has no text field (looked for ${tried}; use --map text=FIELD)`)];
  }
  if (article.text.trim() === "") article.warnings.push(warning("EMPTY_INPUT", `${where} has an empty text field`));
  const source = sourceOf("jsonl", lineOrigin, bytes, encoding);
  return [{ ok: true, article: { ...article, source } }, ...updateResults(updates, source)];
}

function isBlank(line: Uint8Array): boolean {
  return line.every((b) => b === 0x20 || b === 0x09 || b === 0x0d);
}

/** Line `n` (1-based, without its LF) to its result; blank lines give none. */
function* lineResult(line: Uint8Array, n: number, origin: Origin, map: Record<string, string>, encoding?: string): Generator<ReadResult> {
  if (line.length && line[line.length - 1] === 0x0d) line = line.subarray(0, -1);
  if (n === 1 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) line = line.subarray(3);
  if (isBlank(line)) return;
  yield* guarded(`${origin.path ?? "input"} line ${n}`, origin, () => readLine(line, n, origin, map, encoding));
}

/** The results of one item, or a CORRUPT_RECORD for it when reading it threw. */
function guarded(where: string, origin: Origin, read: () => ReadResult[]): ReadResult[] {
  try {
    return read();
  } catch (err) {
    return [failure(origin, "CORRUPT_RECORD", `${where} could not be read (${(err as Error).message}); skipped`)];
  }
}

/**
 * True when the bytes hold one JSON document, not lines: a top-level array (of records) or an
 * object printed over several lines (`{` alone on the first line, which no JSONL line is).
 */
function isJsonDocument(head: Uint8Array): boolean {
  const text = Buffer.from(head.subarray(0, 1024))
    .toString("latin1")
    .replace(/^(?:\xef\xbb\xbf)?\s*/, "");
  return text.startsWith("[") || /^\{[ \t]*\r?\n/.test(text);
}

/** A UTF-16 stream as UTF-8 bytes, chunk by chunk (the byte-order mark dropped). */
async function* toUtf8(reader: ByteReader, encoding: string): AsyncGenerator<Uint8Array> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of reader.rest()) yield Buffer.from(decoder.decode(chunk, { stream: true }));
  yield Buffer.from(decoder.decode());
}

/**
 * A JSON document held in memory: each item of a top-level array is read as a JSONL line is
 * (`item N`), a single object gives one article. A document that does not parse is one error.
 */
function* readDocument(bytes: Uint8Array, origin: Origin, map: Record<string, string>, encoding?: string): Generator<ReadResult> {
  const name = origin.path ?? "input";
  const decoded = decode(bytes);
  let doc: unknown;
  try {
    doc = JSON.parse(decoded.text.replace(/^\uFEFF/, ""));
  } catch (err) {
    yield failure(origin, "CORRUPT_RECORD", `${name} is not valid JSON (${(err as Error).message}); nothing was read`);
    return;
  }
  const items = Array.isArray(doc) ? doc : [doc];
  for (const [i, item] of items.entries()) {
    const where = Array.isArray(doc) ? `${name} item ${i + 1}` : name;
    const raw = Array.isArray(doc) ? Buffer.from(JSON.stringify(item) ?? "") : bytes;
    yield* guarded(where, origin, () => readObject(item, where, origin, map, raw, encoding ?? decoded.encoding, decoded.warnings));
  }
}

/**
 * JSON Lines held in memory: one article per line, fields taken through `map` (record field ->
 * input field, dotted paths allowed) or DEFAULT_FIELDS. Blank lines are skipped; every other line
 * gives one result (a live blog's page its updates too), so a bad line never stops the lines after it.
 * A JSON document (an array of records, one object over several lines) is read as its items.
 */
export function* readJsonl(bytes: Uint8Array, origin: Origin, map: Record<string, string> = {}): Generator<ReadResult> {
  // UTF-16 is made UTF-8 before lines are split (its newline is two bytes).
  const utf16 = utf16Bom(bytes);
  if (utf16) bytes = Buffer.from(new TextDecoder(utf16).decode(bytes));
  if (isJsonDocument(bytes)) {
    yield* readDocument(bytes, origin, map, utf16);
    return;
  }
  let start = 0;
  let n = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    yield* lineResult(bytes.subarray(start, end), ++n, origin, map, utf16);
    start = end + 1;
  }
}

/** How much more a line search reads at least at a time. */
const READ_BYTES = 64 * 1024;

/**
 * JSON Lines from a stream, as `readJsonl` but one line in memory at a time, so an export of any
 * size is read whole. A line over `maxLineBytes` is an error for that line and is skipped. A JSON
 * document must be parsed whole, so one over `maxLineBytes` is refused (JSON Lines has no limit).
 */
export async function* readJsonlStream(
  reader: ByteReader,
  origin: Origin,
  map: Record<string, string> = {},
  maxLineBytes = Infinity,
): AsyncGenerator<ReadResult> {
  await reader.fill(READ_BYTES);
  const utf16 = utf16Bom(reader.peek(2));
  if (utf16) {
    reader = new ByteReader(toUtf8(reader, utf16));
    await reader.fill(READ_BYTES);
  }
  if (isJsonDocument(reader.peek())) {
    if ((await reader.fill(maxLineBytes + 1)) > maxLineBytes) {
      const name = origin.path ?? "input";
      yield failure(
        origin,
        "UNSUPPORTED_INPUT",
        `${name} is one JSON document over ${maxLineBytes} bytes; write it as JSON Lines to read it`,
      );
    } else yield* readDocument(reader.take(reader.buffered), origin, map, utf16);
    return;
  }
  for (let n = 1; ; n++) {
    let searched = 0;
    let end = -1;
    // Grow the window by doubling, so a long line is copied O(length) times in all.
    while ((end = reader.peek().indexOf(0x0a, searched)) < 0 && reader.buffered <= maxLineBytes) {
      searched = reader.buffered;
      if ((await reader.fill(Math.max(READ_BYTES, searched * 2))) === searched) break;
    }
    if (reader.atEnd) return;
    if ((end < 0 ? reader.buffered : end) > maxLineBytes) {
      yield failure(origin, "CORRUPT_RECORD", `${origin.path ?? "input"} line ${n} is longer than ${maxLineBytes} bytes; skipped`);
      while ((end = reader.peek().indexOf(0x0a)) < 0 && !reader.atEnd) {
        await reader.skip(reader.buffered);
        await reader.fill(READ_BYTES);
      }
      if (end >= 0) await reader.skip(end + 1);
      continue;
    }
    const line = end < 0 ? reader.take(reader.buffered) : reader.take(end + 1).subarray(0, end);
    yield* lineResult(line, n, origin, map, utf16);
  }
}
