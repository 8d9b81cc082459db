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

const startsMember = (s: Slice) => s.bytes[0] === 0x1f && s.bytes[1] === 0x8b && s.bytes[2] === 0x08;

/**
 * Cuts compressed input into slices of at most FEED_BYTES that hold a member header only at their
 * first byte. zlib reports a fault only as far as the last slice it finished, so a fault lies in
 * the member that the failed slice starts or continues, and the next header is a later slice's start.
 */
class Slicer {
  private buf = Buffer.alloc(0);
  private at: number;

  constructor(private readonly reader: ByteReader) {
    this.at = reader.offset;
  }

  async next(): Promise<Slice | undefined> {
    while (this.buf.length < FEED_BYTES + MEMBER_MAGIC.length && (await this.reader.fill(1)) > 0)
      this.buf = Buffer.concat([this.buf, this.reader.take(this.reader.buffered)]);
    if (this.buf.length === 0) return undefined;
    const header = this.buf.indexOf(MEMBER_MAGIC, 1);
    const n = header > 0 && header <= FEED_BYTES ? header : Math.min(FEED_BYTES, this.buf.length);
    const slice = { at: this.at, bytes: this.buf.subarray(0, n) };
    this.buf = this.buf.subarray(n);
    this.at += n;
    return slice;
  }
}

/**
 * The slices to feed from the first member header after the slice holding `faultAt` (in the slices
 * handed to zlib, then the slicer), or undefined at the end of the input. Always past `faultAt`.
 */
async function nextMember(fed: Slice[], slicer: Slicer, faultAt: number): Promise<Slice[] | undefined> {
  const after = fed.filter((s) => s.at > faultAt);
  const first = after.findIndex(startsMember);
  if (first >= 0) return after.slice(first);
  for (;;) {
    const s = await slicer.next();
    if (!s || startsMember(s)) return s && [s];
  }
}

/**
 * Decompresses a gzip stream (all members of a multi-member file, as WARC.gz writes them) chunk by
 * chunk, so memory stays at a few chunks whatever the expansion. Stops at a bomb (see `isBomb`),
 * setting `stats.bomb`. A corrupt member gives one warning and decompression resumes at the next
 * member header after the fault (a WARC.gz loses only the records in the bad member; the WARC
 * reader resyncs on what the bad member left half-written); a truncated or unrecoverable stream
 * ends with one warning.
 */
export async function* gunzipStream(
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
  stats: GunzipStats,
  warnings: Warning[],
): AsyncGenerator<Uint8Array> {
  const reader = new ByteReader(source);
  try {
    yield* inflateMembers(new Slicer(reader), maxBytes, stats, warnings);
  } finally {
    await reader.close();
  }
}

/** Slices handed to zlib kept to find the resume point after a fault (zlib holds only a few). */
const KEPT_SLICES = 64;

async function* inflateMembers(slicer: Slicer, maxBytes: number, stats: GunzipStats, warnings: Warning[]): AsyncGenerator<Uint8Array> {
  let pending: Slice[] = [];
  let start = 0;
  // The first fault of a stretch of bad members, reported once when reading resumes or ends.
  let fault: string | undefined;
  const report = (outcome: string) => {
    warnings.push(warning("DECOMPRESSION_FAILED", `${fault}; ${outcome}`));
    fault = undefined;
  };
  for (;;) {
    const fed: Slice[] = [];
    let sourceError: unknown;
    let stopped = false;
    // Fed in small slices so `stats.in` tracks what the engine consumed, not a large read-ahead.
    const feed = async function* () {
      try {
        while (!stopped) {
          const slice = pending.shift() ?? (await slicer.next());
          if (!slice || stopped) return;
          stats.in = Math.max(stats.in, slice.at + slice.bytes.length);
          fed.push(slice);
          if (fed.length > KEPT_SLICES) fed.shift();
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
        if (fault) report(`resumed at the next member (byte ${start})`);
        stats.out += chunk.length;
        if (isBomb(stats, maxBytes)) {
          stats.bomb = true;
          warnings.push(warning("DECOMPRESSION_LIMIT", bombMessage(maxBytes)));
          return;
        }
        yield chunk;
      }
      if (fault) report(`resumed at the next member (byte ${start})`);
      return;
    } catch (err) {
      if (sourceError) throw sourceError;
      // Stop this run's feeder before reading on, so it cannot take bytes meant for the next run.
      stopped = true;
      input.destroy();
      const faultAt = start + gunzip.bytesWritten;
      fault ??= `gzip data ${(err as Error).message} near compressed byte ${faultAt}`;
      const next = await nextMember(fed, slicer, faultAt);
      if (!next) {
        report("the part before the fault was read");
        return;
      }
      pending = next;
      start = next[0]!.at;
    } finally {
      stopped = true;
      input.destroy();
      gunzip.destroy();
    }
  }
}
