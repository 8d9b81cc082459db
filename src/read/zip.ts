/**
 * ZIP archives (how datasets are downloaded, and WACZ, the web archives Browsertrix and
 * ArchiveWeb.page write): each file inside is read as a file of its own, its kind told by content,
 * its path `archive.zip!/folder/name`. A WACZ gives only its WARC files (`archive/`), not its
 * indexes and page lists. yauzl reads the central directory and checks each entry's sizes, the
 * CRC-32 is checked here; a file on disk is read in place, any other input (stdin, a fetched archive) is gathered up
 * to the byte limit first.
 */
import type { Readable } from "node:stream";
import * as zlib from "node:zlib";
import iconv from "iconv-lite";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import type { ReadResult, StreamInput } from "./article.js";
import { isAsset } from "./sources.js";
import type { ByteReader } from "./stream.js";
import { isBomb, MAX_GZIP_RATIO } from "./gzip.js";
import { failure, type Origin } from "./origin.js";

/** zlib's CRC-32 (Node 20.15 and later; on older versions entries are not checksummed). */
const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** Entries looked at, at most (each costs memory until the archive is read). */
const MAX_ZIP_ENTRIES = 100_000;

/** True for the bytes a ZIP archive opens with: a local file header, or the end record of an empty one. */
export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 0x03 && head[3] === 0x04) || (head[2] === 0x05 && head[3] === 0x06));
}

/**
 * An entry's name: UTF-8 when its flag says so, else CP437, as the format defines. Names are taken
 * as they are ("../x" too: nothing is written to disk, and yauzl's own check would end the listing).
 */
function nameOf(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  return (entry.generalPurposeBitFlag & 0x800 ? raw.toString("utf8") : iconv.decode(raw, "cp437")).replace(/\\/g, "/");
}

/** Hidden files, folders, a site's assets and what macOS adds (`__MACOSX/`) are passed over, as in a folder. */
const isSkipped = (name: string): boolean =>
  name.endsWith("/") ||
  isAsset(name) ||
  name.split("/").some((part) => (part.startsWith(".") && part !== "." && part !== "..") || part === "__MACOSX");

/** A WACZ holds its WARC files under archive/ beside a datapackage.json; only those are read. */
function chosen(entries: { entry: Entry; name: string }[]): { entry: Entry; name: string }[] {
  const files = entries.filter((e) => !isSkipped(e.name));
  const wacz = files.some((e) => e.name === "datapackage.json") && files.some((e) => e.name.startsWith("archive/"));
  return wacz ? files.filter((e) => e.name.startsWith("archive/")) : files;
}

/**
 * The results of every file in a ZIP archive, each read by `read`; an entry
 * that cannot be read is an error for that entry only. Entries whose expansion would pass
 * `maxBytes` at more than MAX_GZIP_RATIO times their compressed size (with all entries before
 * them: a zip bomb spreads its expansion over many entries) are not opened.
 */
async function* readArchive(
  source: { file: string } | { bytes: Uint8Array },
  origin: Origin,
  maxBytes: number,
  read: (input: StreamInput) => AsyncIterable<ReadResult>,
): AsyncGenerator<ReadResult> {
  const name = origin.path ?? origin.url ?? "input";
  let zip: ZipFile;
  try {
    zip =
      "file" in source
        ? await yauzl.openPromise(source.file, { autoClose: false, decodeStrings: false })
        : await yauzl.fromBufferPromise(Buffer.from(source.bytes), { decodeStrings: false });
  } catch (err) {
    yield failure(origin, "READ_FAILED", `${name} is not a readable ZIP archive (${(err as Error).message})`);
    return;
  }
  try {
    const entries: { entry: Entry; name: string }[] = [];
    try {
      for await (const e of zip.eachEntry()) {
        if (entries.length === MAX_ZIP_ENTRIES) {
          yield failure(
            origin,
            "UNSUPPORTED_INPUT",
            `${name} holds more than ${MAX_ZIP_ENTRIES} files; only the first ${MAX_ZIP_ENTRIES} were read`,
          );
          break;
        }
        entries.push({ entry: e, name: nameOf(e) });
      }
    } catch (err) {
      yield failure(
        origin,
        "CORRUPT_RECORD",
        `${name}: its list of files is corrupt after ${entries.length} entries (${(err as Error).message})`,
      );
    }
    const total = { in: 0, out: 0 };
    for (const { entry, name: inside } of chosen(entries)) {
      const path = `${name}!/${inside}`;
      // An entry is a file of its own: the archive's address and type are not its.
      const at: Origin = { path };
      total.in += entry.compressedSize;
      total.out += entry.uncompressedSize;
      if (isBomb(total, maxBytes)) {
        yield failure(
          at,
          "DECOMPRESSION_LIMIT",
          `${path} would expand to ${entry.uncompressedSize} bytes from ${entry.compressedSize}, past ${maxBytes} bytes at more than ${MAX_GZIP_RATIO}x (a zip bomb?); not read`,
        );
        total.out -= entry.uncompressedSize;
        continue;
      }
      if (entry.isEncrypted() || !entry.canDecodeFileData()) {
        const why = entry.isEncrypted() ? "is encrypted" : `is compressed with method ${entry.compressionMethod}, which is not read`;
        yield failure(at, "UNSUPPORTED_INPUT", `${path} ${why}`);
        continue;
      }
      let stream: Readable;
      try {
        stream = await zip.openReadStreamPromise(entry);
      } catch (err) {
        yield failure(at, "CORRUPT_RECORD", `${path} cannot be opened (${(err as Error).message}); skipped`);
        continue;
      }
      // yauzl checks sizes but not checksums: the CRC-32 is checked as the entry is read.
      let crc = 0;
      let size = 0;
      const checked = async function* () {
        for await (const chunk of stream as AsyncIterable<Uint8Array>) {
          if (crc32) crc = crc32(chunk, crc);
          size += chunk.length;
          yield chunk;
        }
      };
      yield* read({ ...at, open: checked });
      if (crc32 && size === entry.uncompressedSize && crc >>> 0 !== entry.crc32)
        yield failure(at, "CORRUPT_RECORD", `${path}: its data does not match its CRC-32 checksum; what was read from it may be corrupt`);
    }
  } finally {
    zip.close();
  }
}

/**
 * A ZIP archive's files, each read by `read` (the stream reader): in place when the archive is a
 * file on disk, else from its bytes, which `reader` has begun to read, gathered up to the byte
 * limit. `inZip`: the archive is itself a file in an archive, which is not opened.
 */
export async function* readZip(
  input: StreamInput,
  reader: ByteReader,
  origin: Origin,
  maxBytes: number,
  inZip: boolean,
  read: (entry: StreamInput) => AsyncIterable<ReadResult>,
): AsyncGenerator<ReadResult> {
  const name = origin.path ?? origin.url ?? "input";
  if (inZip) {
    yield failure(origin, "UNSUPPORTED_INPUT", `${name} is a ZIP archive inside a ZIP archive, which is not opened: unpack it first`);
    return;
  }
  if (input.file) {
    await reader.close();
    yield* readArchive({ file: input.file }, origin, maxBytes, read);
    return;
  }
  const got = await reader.fill(maxBytes + 1);
  if (got > maxBytes) {
    yield failure(
      origin,
      "UNSUPPORTED_INPUT",
      `${name} is a ZIP archive of more than ${maxBytes} bytes that is not a file; save it and give its path`,
    );
    return;
  }
  yield* readArchive({ bytes: reader.take(got) }, origin, maxBytes, read);
}
