import type { ByteReader } from "../stream.js";

/** The most bytes a WARC header block may take. */
const MAX_HEADER_BYTES = 64 * 1024;
const MAGIC = Buffer.from("WARC/");
/** A record's version line, after MAGIC: 1.0 and 1.1, and 0.17/0.18 of older crawls (ClueWeb09, early Heritrix). */
const VERSION = /^(?:1\.\d|0\.1[78])\r?\n/;
/** The longest version line a resync looks for: `WARC/0.18\r\n`. */
const VERSION_LINE = MAGIC.length + 6;

/** One record's bytes (header block + content), or a stretch that was not a well-formed record. */
export type Frame = { ok: true; offset: number; bytes: Uint8Array } | { ok: false; offset: number; reason: string; uri?: string };

const startsWith = (b: Uint8Array, prefix: Uint8Array, at = 0) =>
  Buffer.from(b.buffer, b.byteOffset + at, Math.max(0, Math.min(prefix.length, b.length - at))).equals(prefix);

function headerEnd(b: Uint8Array): number {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.length);
  const crlf = buf.indexOf("\r\n\r\n");
  const lf = buf.indexOf("\n\n");
  if (crlf >= 0 && (lf < 0 || crlf + 1 <= lf)) return crlf + 4;
  return lf >= 0 ? lf + 2 : -1;
}

/** Skips CR and LF bytes; true unless the input ended. */
async function skipNewlines(reader: ByteReader): Promise<boolean> {
  for (;;) {
    if ((await reader.fill(1)) === 0) return false;
    const b = reader.peek();
    let k = 0;
    while (k < b.length && (b[k] === 0x0d || b[k] === 0x0a)) k++;
    if (k === 0) return true;
    await reader.skip(k);
  }
}

/** Whether `b` holds a version line at `at` (`WARC/1.0` and a line end). */
const isVersionLine = (b: Uint8Array, at = 0) =>
  startsWith(b, MAGIC, at) && VERSION.test(Buffer.from(b.subarray(at + MAGIC.length, at + VERSION_LINE)).toString("latin1"));

/** Index of the first version line in `b`, or -1. */
function findVersionLine(b: Buffer): number {
  for (let i = b.indexOf(MAGIC); i >= 0 && i + MAGIC.length + 4 <= b.length; i = b.indexOf(MAGIC, i + 1)) {
    if (isVersionLine(b, i)) return i;
  }
  return -1;
}

/**
 * Moves past the current position to the next version line (or the end). It need not
 * start a line: a corrupt gzip member can leave a half-written record with no line end before the
 * next record.
 */
async function resync(reader: ByteReader): Promise<void> {
  await reader.skip(1);
  for (;;) {
    await reader.fill(MAX_HEADER_BYTES);
    if (reader.atEnd) return;
    const b = Buffer.from(reader.peek());
    const i = findVersionLine(b);
    if (i >= 0) {
      await reader.skip(i);
      return;
    }
    // Keep a tail that might hold the start of a version line split across reads.
    if (b.length <= VERSION_LINE) {
      await reader.skip(b.length);
      return;
    }
    await reader.skip(b.length - VERSION_LINE);
  }
}

/**
 * Splits a WARC stream into records by their Content-Length, checking that each record ends where
 * the next begins (`\r\n\r\n` then a version line or the end). A record that fails the check (wrong
 * or missing Content-Length, a broken header, bytes between records, a record past `maxBytes`)
 * is reported and the reader resynchronises on the next version line, so one bad
 * record never takes good ones with it. (warcio trusts Content-Length and would read the next
 * records into a corrupt one; it parses each record these frames cut.)
 */
export async function* warcFrames(reader: ByteReader, maxBytes: number): AsyncGenerator<Frame> {
  while (await skipNewlines(reader)) {
    const offset = reader.offset;
    await reader.fill(MAX_HEADER_BYTES);
    const head = reader.peek(MAX_HEADER_BYTES);
    if (!isVersionLine(head)) {
      yield { ok: false, offset, reason: "bytes that are not a WARC record" };
      await resync(reader);
      continue;
    }
    const end = headerEnd(head);
    const headerText = Buffer.from(head.subarray(0, Math.max(end, 0))).toString("latin1");
    const uri = /^WARC-Target-URI:[ \t]*<?([^\r\n>]*)>?/im.exec(headerText)?.[1];
    const length = /^Content-Length:[ \t]*(\d{1,15})[ \t]*\r?$/im.exec(headerText)?.[1];
    const bad = (reason: string): Frame => ({ ok: false, offset, reason, ...(uri ? { uri } : {}) });
    if (end < 0) {
      yield bad(
        reader.buffered < MAX_HEADER_BYTES ? "a header cut off by the end of the input" : `a header longer than ${MAX_HEADER_BYTES} bytes`,
      );
      await resync(reader);
      continue;
    }
    if (length === undefined) {
      yield bad("no valid Content-Length");
      await resync(reader);
      continue;
    }
    const total = end + Number(length);
    if (total > maxBytes) {
      yield bad(`a record of ${total} bytes, over the limit of ${maxBytes}`);
      await resync(reader);
      continue;
    }
    const got = await reader.fill(total + 4 + VERSION_LINE);
    if (got < total) {
      // Cut off at the end, or a wrong Content-Length: either way look for a record after the header.
      yield bad(`Content-Length ${length} runs past the end of the input (${got - end} bytes follow the header)`);
      await resync(reader);
      continue;
    }
    const after = reader.peek(total + 4 + VERSION_LINE).subarray(total);
    let k = 0;
    while (k < 4 && k < after.length && (after[k] === 0x0d || after[k] === 0x0a)) k++;
    const closed = startsWith(after, Buffer.from("\r\n\r\n")) || (k > 0 && (k === after.length || isVersionLine(after, k)));
    if (!closed) {
      yield bad(`Content-Length ${length} does not end the record`);
      await resync(reader);
      continue;
    }
    yield { ok: true, offset, bytes: reader.take(total) };
  }
}
