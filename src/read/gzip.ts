import { Readable } from "node:stream";
import { constants, createGunzip, gunzipSync } from "node:zlib";
import { warning } from "../model/codes.js";
import type { Warning } from "../model/record.js";

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
export function gunzipBytes(bytes: Uint8Array, maxBytes: number): { bytes: Uint8Array; warnings: Warning[] } | { error: { code: "DECOMPRESSION_LIMIT"; message: string } } {
  try {
    return { bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }), warnings: [] };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      return { error: { code: "DECOMPRESSION_LIMIT", message: `the gzip data expands past the limit of ${maxBytes} bytes` } };
    }
    try {
      const partial = gunzipSync(bytes, { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH });
      return { bytes: partial, warnings: [warning("DECOMPRESSION_FAILED", `gzip data ${(err as Error).message}; the ${partial.length} bytes before the fault were read`)] };
    } catch (again) {
      return { bytes: new Uint8Array(0), warnings: [warning("DECOMPRESSION_FAILED", `gzip data ${(again as Error).message}`)] };
    }
  }
}

/**
 * Decompresses a gzip stream (all members of a multi-member file, as WARC.gz writes them) chunk by
 * chunk, so memory stays at a few chunks whatever the expansion. Stops at a bomb (see `isBomb`),
 * setting `stats.bomb`; a truncated or corrupt stream ends with a warning after what it gave.
 */
export async function* gunzipStream(source: AsyncIterable<Uint8Array>, maxBytes: number, stats: GunzipStats, warnings: Warning[]): AsyncGenerator<Uint8Array> {
  // Fed in small slices so `stats.in` tracks what the engine consumed, not a large read-ahead.
  const counted = (async function* () {
    for await (const chunk of source) {
      for (let i = 0; i < chunk.length; i += FEED_BYTES) {
        const slice = chunk.subarray(i, i + FEED_BYTES);
        stats.in += slice.length;
        yield slice;
      }
    }
  })();
  const input = Readable.from(counted, { objectMode: false, highWaterMark: FEED_BYTES });
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
  } catch (err) {
    warnings.push(warning("DECOMPRESSION_FAILED", `gzip data ${(err as Error).message} after ${stats.out} decompressed bytes; the part before the fault was read`));
  } finally {
    input.destroy();
    gunzip.destroy();
  }
}
