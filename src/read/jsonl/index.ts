/**
 * Exports: JSON Lines (one record a line, in memory or streamed), JSON documents (an array of
 * records, one object) and CSV (csv.ts). Each record is read by record.ts.
 */
import type { ReadResult } from "../article.js";
import { decode, decodeChunks, looksBinary, utf16Bom } from "../decode.js";
import { failure, type Origin } from "../origin.js";
import { ByteReader, READ_BYTES, type Boundary } from "../stream.js";

/** A line ends at its newline. */
const lineEnd: Boundary = (bytes, from) => {
  const i = bytes.indexOf(0x0a, from);
  return i < 0 ? undefined : { end: i, next: i + 1 };
};
import { isCsv, readCsv, readCsvStream } from "./csv.js";
import { guarded, readObject } from "./record.js";

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
  for await (const text of decodeChunks(reader.rest(), encoding)) yield Buffer.from(text);
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
  if (isCsv(bytes)) {
    yield* readCsv(bytes, origin, map);
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
  if (isCsv(reader.peek())) {
    yield* readCsvStream(reader, origin, map, maxLineBytes);
    return;
  }
  for (let n = 1; ; n++) {
    const line = await reader.nextRecord(lineEnd, maxLineBytes);
    if (line === undefined) return;
    if (line === "too long") {
      yield failure(origin, "CORRUPT_RECORD", `${origin.path ?? "input"} line ${n} is longer than ${maxLineBytes} bytes; skipped`);
      continue;
    }
    yield* lineResult(line, n, origin, map, utf16);
  }
}
