import { Readable } from "node:stream";
import { constants, createGunzip, gunzipSync } from "node:zlib";
import { warning } from "../model/codes.js";
import type { Warning } from "../model/record.js";
import { ByteReader } from "./stream.js";

/**
 * Expansion beyond which gzip data past the byte limit is called a bomb. Text and HTML compress
 * 3-10x, a WARC.gz about 5x; 1 GB of zeros compresses about 1000x.
 */
export const MAX_GZIP_RATIO = 100;

/** Size of the slices compressed input is fed to zlib in. */
const FEED_BYTES = 16 * 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

/** Counts of a streaming decompression, read by the caller to tell a bomb from a large file. */
export interface GunzipStats {
  in: number;
  out: number;
  /** Set when the expansion passed `maxBytes` at more than MAX_GZIP_RATIO and was stopped. */
  bomb: boolean;
}

/** True when `out` bytes of output from `in` bytes of input past `maxBytes` is a decompression bomb. */
export function isBomb(stats: { in: number; out: number }, maxBytes: number): boolean {
  return stats.out > maxBytes && stats.out > MAX_GZIP_RATIO * Math.max(stats.in, 1);
}

const bombMessage = (maxBytes: number) =>
  `the gzip data expanded past ${maxBytes} bytes at more than ${MAX_GZIP_RATIO}x its compressed size (a decompression bomb?); reading stopped there`;

/**
 * Decompresses gzip bytes in memory. Output is capped at `maxBytes`: past it the input is refused
 * (in memory there is no partial result to keep; `gunzipStream` cuts instead). A truncated or
 * corrupt stream gives what decompressed before the fault, with a warning.
 */
export function gunzipBytes(
  bytes: Uint8Array,
  maxBytes: number,
): { bytes: Uint8Array; warnings: Warning[] } | { error: { code: "DECOMPRESSION_LIMIT"; message: string } } {
  try {
    return { bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }), warnings: [] };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      return { error: { code: "DECOMPRESSION_LIMIT", message: `the gzip data expands past the limit of ${maxBytes} bytes` } };
    }
    try {
      const partial = gunzipSync(bytes, { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH });
      return {
        bytes: partial,
        warnings: [
          warning("DECOMPRESSION_FAILED", `gzip data ${(err as Error).message}; the ${partial.length} bytes before the fault were read`),
        ],
      };
    } catch (again) {
      return { bytes: new Uint8Array(0), warnings: [warning("DECOMPRESSION_FAILED", `gzip data ${(again as Error).message}`)] };
    }
  }
}

const MEMBER_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);

/** A slice of compressed input with its offset in the compressed stream. */
interface Slice {
  at: number;
  bytes: Uint8Array;
}

/** Slices of compressed input kept after they are handed to zlib, to restart after a fault. */
const KEPT_SLICES = 64;

/**
 * Finds the next gzip member header at or after `from`, in the kept slices and then the reader.
 * Returns the slices to feed from there, or undefined at the end of the input.
 */
async function nextMember(kept: Slice[], reader: ByteReader, from: number): Promise<Slice[] | undefined> {
  const tail = kept.filter((s) => s.at + s.bytes.length > from).map((s) => s.bytes.subarray(Math.max(0, from - s.at)));
  let buf = Buffer.concat(tail);
  let at = from;
  for (;;) {
    const i = buf.indexOf(MEMBER_MAGIC);
    if (i >= 0) return [{ at: at + i, bytes: buf.subarray(i) }];
    // Keep the last bytes: a header may straddle two reads.
    const keep = Math.min(buf.length, MEMBER_MAGIC.length - 1);
    at += buf.length - keep;
    if ((await reader.fill(1)) === 0) return undefined;
    buf = Buffer.concat([buf.subarray(buf.length - keep), reader.take(reader.buffered)]);
  }
}

/**
 * Decompresses a gzip stream (all members of a multi-member file, as WARC.gz writes them) chunk by
 * chunk, so memory stays at a few chunks whatever the expansion. Stops at a bomb (see `isBomb`),
 * setting `stats.bomb`. A corrupt member gives a warning and decompression resumes at the next
 * member header after the fault (a WARC.gz loses only the records in the bad member; the WARC
 * reader resyncs on what the bad member left half-written); a truncated stream ends with a warning.
 */
export async function* gunzipStream(
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
  stats: GunzipStats,
  warnings: Warning[],
): AsyncGenerator<Uint8Array> {
  const reader = new ByteReader(source);
  try {
    yield* inflateMembers(reader, maxBytes, stats, warnings);
  } finally {
    await reader.close();
  }
}

async function* inflateMembers(reader: ByteReader, maxBytes: number, stats: GunzipStats, warnings: Warning[]): AsyncGenerator<Uint8Array> {
  let pending: Slice[] = [];
  let start = 0;
  for (;;) {
    const kept: Slice[] = [];
    let sourceError: unknown;
    let stopped = false;
    // Fed in small slices so `stats.in` tracks what the engine consumed, not a large read-ahead.
    const feed = async function* () {
      try {
        while (!stopped) {
          let slice = pending.shift();
          if (!slice) {
            if ((await reader.fill(1)) === 0 || stopped) return;
            const at = reader.offset;
            slice = { at, bytes: reader.take(Math.min(FEED_BYTES, reader.buffered)) };
            stats.in = reader.offset;
          }
          kept.push(slice);
          if (kept.length > KEPT_SLICES) kept.shift();
          yield slice.bytes;
        }
      } catch (err) {
        sourceError = err;
        throw err;
      }
    };
    const input = Readable.from(feed(), { objectMode: false, highWaterMark: FEED_BYTES });
    const gunzip = createGunzip();
    input.on("error", (err) => gunzip.destroy(err));
    input.pipe(gunzip);
    try {
      for await (const chunk of gunzip as AsyncIterable<Buffer>) {
        stats.out += chunk.length;
        if (isBomb(stats, maxBytes)) {
          stats.bomb = true;
          warnings.push(warning("DECOMPRESSION_LIMIT", bombMessage(maxBytes)));
          return;
        }
        yield chunk;
      }
      return;
    } catch (err) {
      if (sourceError) throw sourceError;
      // Stop this run's feeder before reading on, so it cannot take bytes meant for the next run.
      stopped = true;
      input.destroy();
      const faultAt = start + gunzip.bytesWritten;
      const next = await nextMember(kept, reader, faultAt);
      warnings.push(
        warning(
          "DECOMPRESSION_FAILED",
          `gzip data ${(err as Error).message} near compressed byte ${faultAt}; ${next ? `resumed at the next member (byte ${next[0]!.at})` : "the part before the fault was read"}`,
        ),
      );
      if (!next) return;
      pending = next;
      start = next[0]!.at;
    } finally {
      stopped = true;
      input.destroy();
      gunzip.destroy();
    }
  }
}
