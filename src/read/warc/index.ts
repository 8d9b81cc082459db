import { createBrotliDecompress } from "node:zlib";
import { WARCParser } from "warcio";
import { warning } from "../../model/codes.js";
import type { Warning } from "../../model/record.js";
import type { ReadResult } from "../article.js";
import { decode } from "../decode.js";
import { DETECT_CHARS, detectKind } from "../detect.js";
import { failure, type Origin } from "../origin.js";
import { readPage } from "../page.js";
import type { ByteReader } from "../stream.js";
import { warcFrames } from "./frames.js";
import { crlfHeaders } from "./lines.js";

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;
const TEXT_TYPE = /^\s*text\/plain\b/i;

/**
 * A WARC archive (plain; gzip is undone before), read record by record so memory holds one record
 * at a time. Only `response` records with HTTP status 200 and an HTML content type, HTML
 * `resource` records and plain-text `conversion` records (Common Crawl's WET files) are analysed;
 * requests, metadata, redirects and images are passed over silently. The record's
 * WARC-Target-URI becomes `source.url` and its WARC-Date the fallback `metadata.date`. A corrupt
 * record gives a CORRUPT_RECORD result and reading goes on with the next one.
 */
export async function* readWarc(reader: ByteReader, origin: Origin, maxBytes: number): AsyncGenerator<ReadResult> {
  const name = origin.path ?? "WARC input";
  for await (const frame of warcFrames(reader, maxBytes)) {
    if (!frame.ok) {
      const at = { ...origin, ...(frame.uri ? { url: frame.uri } : {}) };
      yield failure(at, "CORRUPT_RECORD", `${name}: ${frame.reason} at byte ${frame.offset}; skipped it and went on`);
      continue;
    }
    let results: ReadResult[];
    try {
      results = await readRecord(frame.bytes, origin, maxBytes);
    } catch (err) {
      results = [
        failure(
          origin,
          "CORRUPT_RECORD",
          `${name}: the record at byte ${frame.offset} could not be parsed (${(err as Error).message}); skipped it and went on`,
        ),
      ];
    }
    yield* results;
  }
}

/**
 * The articles of one record's page (a live blog gives several); none for records that hold no
 * HTML page. Throws for a frame warcio cannot parse.
 */
async function readRecord(bytes: Uint8Array, origin: Origin, maxBytes: number): Promise<ReadResult[]> {
  const fixed = crlfHeaders(bytes);
  const record = await new WARCParser([fixed.bytes], { parseHttp: fixed.http }).parse();
  if (!record) throw new Error("no WARC header could be read");
  let contentType: string | undefined;
  if (record.warcType === "response" && record.httpHeaders) {
    const status = record.httpHeaders.statusCode;
    if (Number.isNaN(status)) throw new Error(`no HTTP status line (${JSON.stringify(record.httpHeaders.statusline.slice(0, 40))})`);
    if (status !== 200) return [];
    contentType = record.httpHeaders.headers.get("content-type") ?? undefined;
  }
  // A `resource` record holds the page itself, with no HTTP exchange (wget and some crawlers write
  // these); so does a `response` record some tools write without its HTTP block.
  else if (record.warcType === "resource" || record.warcType === "response") contentType = record.warcContentType ?? undefined;
  // A `conversion` record holds text extracted from a page (Common Crawl's WET files).
  else if (record.warcType === "conversion" && TEXT_TYPE.test(record.warcContentType ?? "")) contentType = record.warcContentType!;
  else return [];
  const kind = record.warcType === "conversion" ? "text" : "html";
  if (kind === "html" && contentType !== undefined && !HTML_TYPE.test(contentType)) return [];
  const uri = record.warcTargetURI?.replace(/^<|>$/g, "");
  const date = record.warcDate;
  const at: Origin = { ...origin, ...(uri ? { url: uri } : {}), ...(contentType ? { contentType } : {}), ...(date ? { date } : {}) };
  // The payload is de-chunked and content-decoded chunk by chunk; a Content-Encoding bomb stops at maxBytes.
  const chunks: Uint8Array[] = [];
  const warnings: Warning[] = [];
  await gather(record, maxBytes, `the HTTP payload of ${uri ?? "a record"}`, warnings, chunks);
  const raw = Buffer.concat(chunks);
  const coding = record.httpHeaders?.headers.get("content-encoding")?.split(",").at(-1)?.trim().toLowerCase();
  const payload = coding === "br" ? await unbrotli(raw, maxBytes, uri ?? "a record", warnings) : raw;
  // A page served with no Content-Type is read when it holds HTML by content.
  if (contentType === undefined && detectKind(decode(payload.subarray(0, DETECT_CHARS)).text) !== "html") return [];
  return readPage(payload, at, kind, warnings, "warc");
}

/** Puts the chunks of `source` into `into` up to `maxBytes`; past it, `what` is cut with a DECOMPRESSION_LIMIT warning. */
async function gather(source: AsyncIterable<Uint8Array>, maxBytes: number, what: string, warnings: Warning[], into: Uint8Array[]) {
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > maxBytes) {
      warnings.push(warning("DECOMPRESSION_LIMIT", `${what} expanded past ${maxBytes} bytes; the rest was cut`));
      return;
    }
    into.push(chunk);
  }
}

/**
 * A payload sent with `Content-Encoding: br` (what browsers ask for, so what browser-based crawlers
 * store), which warcio passes on undecoded (it inflates gzip and deflate only). Cut at `maxBytes`;
 * a fault keeps what was decoded before it, and a payload that is no brotli at all is kept as it is.
 */
async function unbrotli(payload: Buffer, maxBytes: number, name: string, warnings: Warning[]): Promise<Buffer> {
  const out: Uint8Array[] = [];
  const stream = createBrotliDecompress();
  stream.end(payload);
  try {
    await gather(stream, maxBytes, `the brotli payload of ${name}`, warnings, out);
  } catch (err) {
    const kept = out.length ? "the part before the fault was read" : "it was read as it is";
    warnings.push(
      warning("DECOMPRESSION_FAILED", `the brotli payload of ${name} could not be decoded (${(err as Error).message}); ${kept}`),
    );
    if (!out.length) return payload;
  }
  return Buffer.concat(out);
}
