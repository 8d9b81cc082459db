/**
 * MHTML: a web page saved by a browser as one file ("Save as... Webpage, Single File"), a MIME
 * multipart/related message whose first text/html part is the page, most often quoted-printable,
 * the images and style sheets following as parts of their own. Only the page is read.
 */

import { headerBlock } from "./mime.js";

/** The saved page's HTML bytes, address and content type, or why there is none. */
export type SavedPage = { ok: true; bytes: Uint8Array; url?: string; contentType?: string } | { ok: false; why: string };

/** Whether text opens as a saved page: MIME headers announcing multipart/related. */
export function isMhtml(head: string): boolean {
  const block = headerBlock(head.slice(0, 4096));
  return !!block && block.headers.has("mime-version") && /^multipart\/related\b/i.test(block.headers.get("content-type") ?? "");
}

/** Quoted-printable to bytes: soft line breaks removed, "=XX" to its byte. */
function fromQuotedPrintable(s: string): Buffer {
  return Buffer.from(
    s.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  );
}

/** The page of a saved MHTML file (`bytes` as they are on disk). */
export function mhtmlPage(bytes: Uint8Array): SavedPage {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
  const top = headerBlock(s);
  const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(top?.headers.get("content-type") ?? "");
  if (!top || !boundary) return { ok: false, why: "no MIME boundary in its headers" };
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  // Each part is looked at once, between its delimiter and the next.
  for (let at = s.indexOf(delimiter, top.body); at >= 0;) {
    const next = s.indexOf(delimiter, at + delimiter.length);
    const text = s.slice(at + delimiter.length, next < 0 ? s.length : next).replace(/^[^\n]*\n/, "");
    const part = headerBlock(text);
    const type = part?.headers.get("content-type") ?? "";
    if (part && /^text\/html\b/i.test(type)) {
      const body = text.slice(part.body).replace(/\r?\n$/, "");
      const encoding = part.headers.get("content-transfer-encoding")?.toLowerCase();
      const html =
        encoding === "quoted-printable"
          ? fromQuotedPrintable(body)
          : encoding === "base64"
            ? Buffer.from(body, "base64")
            : Buffer.from(body, "latin1");
      const url = part.headers.get("content-location") ?? top.headers.get("snapshot-content-location");
      return { ok: true, bytes: html, contentType: type, ...(url ? { url } : {}) };
    }
    at = next;
  }
  return { ok: false, why: "no text/html part" };
}
