import { describe, expect, it } from "vitest";
import type { ReadResult } from "./article.js";
import { readInput } from "./index.js";
import { isMhtml } from "./mhtml.js";

const B = "----MultipartBoundary--quay----";
const head = (extra = "") =>
  `From: <Saved by Blink>\r\nSnapshot-Content-Location: https://quay.example/ferry\r\nSubject: Ferry returns\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${B}"\r\n${extra}\r\n\r\n`;
const part = (headers: string, body: string) => `--${B}\r\n${headers}\r\n\r\n${body}\r\n`;
const PAGE =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1><p>The ferry returns on Monday after a month of repairs; the café reopens too.</p><p>Tickets go on sale at the quay today.</p></article></body></html>';
const qp = (s: string) =>
  Buffer.from(s)
    .toString("latin1")
    .replace(/[=\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)
    .replace(/(.{70})/g, "$1=\r\n");
const IMAGE = part(
  "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://quay.example/a.png",
  "iVBORw0KGgo=",
);

const read = (text: string): ReadResult[] => [...readInput({ bytes: Buffer.from(text, "latin1"), path: "ferry.mhtml" })];

describe("MHTML (a page saved by a browser as one file)", () => {
  it("reads the page of its HTML part, quoted-printable or base64, with the page's address", () => {
    const html = (encoding: string, body: string) =>
      part(
        `Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: ${encoding}\r\nContent-Location: https://quay.example/ferry?a=1`,
        body,
      );
    for (const body of [
      html("quoted-printable", qp(PAGE)),
      html(
        "base64",
        Buffer.from(PAGE)
          .toString("base64")
          .replace(/(.{76})/g, "$1\r\n"),
      ),
    ]) {
      const [r] = read(head() + body + IMAGE + `--${B}--\r\n`);
      if (!r?.ok) throw new Error(JSON.stringify(r));
      expect(r.article.source).toMatchObject({ kind: "html", url: "https://quay.example/ferry?a=1" });
      expect(r.article.metadata.headline).toBe("Ferry returns");
      expect(r.article.text).toContain(
        "The ferry returns on Monday after a month of repairs; the café reopens too.\n\nTickets go on sale at the quay today.",
      );
    }
  });

  it("says so when it holds no page, and is told by its headers only", () => {
    expect(read(head() + IMAGE + `--${B}--\r\n`)).toMatchObject([
      { ok: false, error: { code: "NO_ARTICLE", message: "ferry.mhtml is a page saved as MHTML, with no text/html part" } },
    ]);
    expect(isMhtml(head())).toBe(true);
    expect(isMhtml("MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello")).toBe(false);
    expect(isMhtml("Content-Type: multipart/related is how pages are saved.\n\nA story about it.")).toBe(false);
  });

  it("stays linear on a file of many tiny parts", () => {
    const t0 = performance.now();
    const rs = read(head() + part("Content-Type: image/gif", "x").repeat(100_000));
    expect(rs).toMatchObject([{ ok: false, error: { code: "NO_ARTICLE" } }]);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
