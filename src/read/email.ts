/**
 * E-mail: newsletters saved as .eml files, or many in an mbox (what mail clients and Google Takeout
 * export). Each message is parsed by postal-mime (MIME parts, transfer encodings, charsets, encoded
 * words); its HTML part, else its text, is the article, read as a page or a text is. The subject
 * is the headline, the sender's name the publisher, the Date header the publication date.
 */
import PostalMime, { type Email } from "postal-mime";
import type { Metadata } from "../model/record.js";
import type { ReadResult } from "./article.js";
import { parseDate } from "./dates.js";
import { headerBlock } from "./mime.js";
import { failure, type Origin } from "./origin.js";
import { readPage } from "./page.js";
import type { Boundary, ByteReader } from "./stream.js";

/**
 * Whether `head` opens an e-mail message: a header block of fields only, with From and Subject, and
 * Date or Message-ID.
 */
export function isEmail(head: string): boolean {
  const block = headerBlock(head.replace(/^\uFEFF/, ""));
  const has = (name: string) => block!.headers.has(name);
  return !!block?.clean && has("from") && has("subject") && (has("date") || has("message-id"));
}

/** mbox: a "From " line (the envelope sender and a date), then a message. */
const MBOX_START = /^From \S+[^\r\n]*\r?\n/;

export function isMbox(head: string): boolean {
  const m = MBOX_START.exec(head);
  return !!m && isEmail(head.slice(m[0].length));
}

/** Deep nesting is bounded (postal-mime's limit is 256; mail nests a few levels). */
const PARSE_OPTIONS = { maxNestingDepth: 64 };

/** What a message says of itself. */
function metadataOf(email: Email): Partial<Metadata> {
  const from = email.from && "address" in email.from ? email.from : undefined;
  const publisher = from?.name || from?.address?.split("@")[1];
  const subject = email.subject?.trim();
  // The Date header as written keeps the sender's offset (postal-mime gives the instant in UTC).
  const written = parseDate(email.headers.find((h) => h.key === "date")?.value);
  return {
    ...(written.published ? written : parseDate(email.date)),
    ...(subject ? { headline: subject } : {}),
    ...(publisher ? { publisher } : {}),
  };
}

/** One message (`bytes`, as stored) to its article: its HTML part read as a page, else its text. */
export async function readEmail(bytes: Uint8Array, origin: Origin, where: string): Promise<ReadResult[]> {
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, PARSE_OPTIONS);
  } catch (err) {
    return [failure(origin, "CORRUPT_RECORD", `${where} is not a readable e-mail message (${(err as Error).message}); skipped`)];
  }
  const html = email.html?.trim() ? email.html : undefined;
  const body = html ?? email.text ?? "";
  if (!body.trim())
    return [failure(origin, "NO_ARTICLE", `${where} is an e-mail with no text${email.attachments.length ? ", only attachments" : ""}`)];
  const told = metadataOf(email);
  const contentType = html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
  return readPage(Buffer.from(body), { ...origin, contentType }, html ? "html" : "text").map((r) =>
    r.ok ? { ok: true, article: { ...r.article, metadata: { ...r.article.metadata, ...told } } } : r,
  );
}

/** A message ends where the next one's "From " line starts, after a blank line. */
const messageEnd: Boundary = (buf, from) => {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
  for (let i = b.indexOf("\nFrom ", from); i >= 0; i = b.indexOf("\nFrom ", i + 1)) {
    if (b[i - 1] === 0x0a || (b[i - 1] === 0x0d && b[i - 2] === 0x0a)) return { end: i + 1, next: i + 1 };
  }
  return undefined;
};

/** How far back a search for the next message resumes: "\r\n\r\nFrom " may straddle the last search. */
const BOUNDARY_BYTES = 8;

/** A message as stored in an mbox: its "From " line dropped, ">From " lines (quoted by mboxrd) restored. */
function unquoted(stored: Uint8Array): Uint8Array {
  const s = Buffer.from(stored.buffer, stored.byteOffset, stored.length).toString("latin1");
  return Buffer.from(s.replace(MBOX_START, "").replace(/^>(>*From )/gm, "$1"), "latin1");
}

/**
 * The messages of an mbox, one in memory at a time: a message over `maxBytes` is an error for that
 * message only, and reading goes on at the next.
 */
export async function* readMbox(reader: ByteReader, origin: Origin, maxBytes: number): AsyncGenerator<ReadResult> {
  const name = origin.path ?? origin.url ?? "mbox";
  for (let n = 1; ; n++) {
    const stored = await reader.nextRecord(messageEnd, maxBytes, BOUNDARY_BYTES);
    if (stored === undefined) return;
    const where = `${name} message ${n}`;
    if (stored === "too long") yield failure(origin, "CORRUPT_RECORD", `${where} is longer than ${maxBytes} bytes; skipped`);
    else yield* await readEmail(unquoted(stored), origin, where);
  }
}
