/**
 * Some tools write WARC and HTTP header blocks with bare LF line ends. warcio parses only CRLF
 * headers: an LF-only WARC header gives no record, an LF-only HTTP header an empty payload. Header
 * blocks are text whose line ends carry no meaning, so they are rewritten with CRLF (and the
 * record's Content-Length follows a rewritten HTTP block); the payload is left as it is.
 * warcio also reads an HTTP block in every `response` record, so it is told which records hold one.
 */

const CRLF2 = Buffer.from("\r\n\r\n");
const LF2 = Buffer.from("\n\n");

/** The end of a header block (after its blank line) and whether it used bare LF line ends, or undefined. */
function blockEnd(b: Buffer, from: number): { end: number; lf: boolean } | undefined {
  const crlf = b.indexOf(CRLF2, from);
  const lf = b.indexOf(LF2, from);
  if (crlf >= 0 && (lf < 0 || crlf + 1 <= lf)) return { end: crlf + 4, lf: false };
  return lf >= 0 ? { end: lf + 2, lf: true } : undefined;
}

const withCrlf = (block: Buffer) => Buffer.from(block.toString("latin1").replace(/\r?\n/g, "\r\n"), "latin1");

/**
 * The record with CRLF header blocks (the same bytes when they already were), and whether it holds
 * an HTTP block (its WARC Content-Type is application/http, or it has none).
 */
export function crlfHeaders(bytes: Uint8Array): { bytes: Uint8Array; http: boolean } {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const warc = blockEnd(b, 0);
  if (!warc) return { bytes, http: true };
  let head = b.subarray(0, warc.end);
  let content = b.subarray(warc.end);
  const headText = head.toString("latin1");
  const type = /^Content-Type:[ \t]*([^\r\n]*)/im.exec(headText)?.[1];
  const http = type === undefined || /^\s*application\/http/i.test(type);
  const httpBlock = http ? blockEnd(content, 0) : undefined;
  if (httpBlock?.lf) {
    content = Buffer.concat([withCrlf(content.subarray(0, httpBlock.end)), content.subarray(httpBlock.end)]);
    head = Buffer.from(headText.replace(/^(Content-Length:[ \t]*)\d+/im, `$1${content.length}`), "latin1");
  } else if (!warc.lf) return { bytes, http };
  return { bytes: Buffer.concat([warc.lf ? withCrlf(head) : head, content]), http };
}
