import { describe, expect, it } from "vitest";
import { gzipMembers, page, warcRecord, warcResource } from "../../../test/fixtures/inputs/build.js";
import type { ReadResult } from "../article.js";
import { readInput, readStream } from "../index.js";

async function readAll(data: Uint8Array, path = "crawl.warc", chunk = 1000): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  // Small chunks: records and headers straddle chunk boundaries as they do when a file streams.
  const open = async function* () {
    for (let i = 0; i < data.length; i += chunk) yield data.subarray(i, i + chunk);
  };
  for await (const r of readStream({ path, open })) out.push(r);
  return out;
}

const good = (name: string) =>
  warcRecord({ uri: `https://news.example/${name}`, body: page(`Story ${name}`, [`The ${name} story has a paragraph of its own.`]) });
const urls = (rs: ReadResult[]) => rs.filter((r) => r.ok).map((r) => (r.ok ? r.article.source.url : ""));

describe("WARC", () => {
  it("analyses only 200 HTML responses (and HTML resources) and keeps the record URL and date", async () => {
    const data = Buffer.concat([
      warcRecord({ uri: "https://news.example/q", body: "", type: "request" }),
      good("one"),
      warcRecord({ uri: "https://news.example/logo.png", body: "\x89PNG", contentType: "image/png" }),
      warcRecord({ uri: "https://news.example/gone", body: page("Gone", ["x"]), status: "404 Not Found" }),
      warcRecord({ uri: "https://news.example/moved", body: "", status: "301 Moved Permanently", extraHttp: "Location: /two\r\n" }),
      good("two"),
      warcResource("https://news.example/three", page("Story three", ["The three story has a paragraph of its own."])),
    ]);
    const rs = await readAll(data);
    expect(rs.every((r) => r.ok)).toBe(true);
    expect(urls(rs)).toEqual(["https://news.example/one", "https://news.example/two", "https://news.example/three"]);
    const first = rs[0]!;
    if (!first.ok) throw new Error("expected an article");
    expect(first.article.source.kind).toBe("warc");
    expect(first.article.source.path).toBe("crawl.warc");
    expect(first.article.metadata.date).toBe("2024-03-05");
    expect(first.article.text).toContain("The one story has a paragraph of its own.");
  });

  it("gives a live blog's updates after its page, each with its permalink, then goes on with the next record", async () => {
    const item = (n: number) =>
      `<div id="post-${n}000" data-sort-time="${n}"><p>Update ${n}: the ferry talks went on into the evening.</p></div>`;
    const live = `<html><body><article><p>The ferry talks at the harbour resumed this morning after a week of cancelled crossings.</p><amp-live-list><div items>${item(1)}${item(2)}</div></amp-live-list></article></body></html>`;
    const rs = await readAll(Buffer.concat([warcRecord({ uri: "https://news.example/live", body: live }), good("two")]));
    expect(urls(rs)).toEqual([
      "https://news.example/live",
      "https://news.example/live#post-1000",
      "https://news.example/live#post-2000",
      "https://news.example/two",
    ]);
    expect(rs.map((r) => r.ok && r.article.source.kind)).toEqual(["warc", "warc", "warc", "warc"]);
  });
  it("skips a corrupt record in the middle with an error line and still reads every good record", async () => {
    const cases = {
      "Content-Length too large": warcRecord({ uri: "https://news.example/bad", body: page("Bad", ["b"]), declaredLength: "5000" }),
      "Content-Length too small": warcRecord({ uri: "https://news.example/bad", body: page("Bad", ["b"]), declaredLength: "40" }),
      "Content-Length not a number": warcRecord({ uri: "https://news.example/bad", body: page("Bad", ["b"]), declaredLength: "lots" }),
      "garbage between records": Buffer.from("\u0000\u0001 this is not a WARC record at all\r\nnor is this\r\n\r\n"),
    };
    for (const [name, bad] of Object.entries(cases)) {
      const rs = await readAll(Buffer.concat([good("one"), good("two"), bad, good("three"), good("four")]));
      expect(urls(rs), name).toEqual(["one", "two", "three", "four"].map((n) => `https://news.example/${n}`));
      const errors = rs.filter((r) => !r.ok);
      expect(errors.length, name).toBe(1);
      expect(errors[0]!.ok === false && errors[0]!.error.code, name).toBe("CORRUPT_RECORD");
    }
  });

  it("reads WARC/0.18 records (ClueWeb09, early Heritrix), by content whatever the file's name", async () => {
    const old = (name: string) => Buffer.from(good(name).toString("latin1").replace("WARC/1.0\r\n", "WARC/0.18\r\n"), "latin1");
    const data = Buffer.concat([old("one"), old("two"), Buffer.from("WARC/0.99\r\nnot a version we read\r\n\r\n"), old("three")]);
    for (const path of ["00.warc", "clueweb-part"]) {
      const rs = await readAll(data, path);
      expect(urls(rs)).toEqual(["https://news.example/one", "https://news.example/two", "https://news.example/three"]);
      expect(rs.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(["CORRUPT_RECORD"]);
    }
  });

  it("reports a record cut off by the end of the input after the good ones", async () => {
    const whole = Buffer.concat([good("one"), good("two")]);
    const rs = await readAll(whole.subarray(0, whole.length - 60));
    expect(urls(rs)).toEqual(["https://news.example/one"]);
    const last = rs.at(-1)!;
    expect(!last.ok && last.error.code).toBe("CORRUPT_RECORD");
  });

  it("reads a .warc.gz with one gzip member per record (the CC-NEWS layout)", async () => {
    const rs = await readAll(gzipMembers([good("one"), good("two"), good("three")]), "crawl.warc.gz", 333);
    expect(urls(rs)).toEqual(["one", "two", "three"].map((n) => `https://news.example/${n}`));
  });

  it("decodes a gzip Content-Encoding and a declared charset inside a record", async () => {
    const { gzipSync } = await import("node:zlib");
    const latin1 = Buffer.from(
      page("Caf\u00e9", ["Le caf\u00e9 est ouvert, d\u00e9j\u00e0."]).replace('<meta charset="utf-8">', ""),
      "latin1",
    );
    const rec = warcRecord({
      uri: "https://news.example/fr",
      body: gzipSync(latin1),
      contentType: "text/html; charset=iso-8859-1",
      extraHttp: "Content-Encoding: gzip\r\n",
    });
    const [r] = await readAll(rec);
    if (!r?.ok) throw new Error(JSON.stringify(r));
    expect(r.article.text).toContain("Le caf\u00e9 est ouvert, d\u00e9j\u00e0.");
    // A declared ISO-8859-1 is read as browsers read it, as windows-1252.
    expect(r.article.source.encoding).toBe("windows-1252");
  });

  it("decodes a brotli Content-Encoding, cut at the byte limit, and keeps a payload that is no brotli", async () => {
    const { brotliCompressSync } = await import("node:zlib");
    const html = page("Ferry returns", ["The ferry returns on Monday after a month of repairs."]);
    const br = (uri: string, body: Uint8Array) => warcRecord({ uri, body, extraHttp: "Content-Encoding: br\r\n" });
    const bomb = brotliCompressSync(Buffer.from(html.replace("</p>", `${" ".repeat(3_000_000)}</p>`)));
    const rs: ReadResult[] = [];
    const data = Buffer.concat([
      br("https://news.example/br", brotliCompressSync(html)),
      br("https://news.example/bomb", bomb),
      br("https://news.example/plain", Buffer.from(html)),
    ]);
    for await (const r of readStream(
      {
        path: "crawl.warc",
        open: async function* () {
          yield data;
        },
      },
      { maxBytes: 1_000_000 },
    ))
      rs.push(r);
    expect(urls(rs)).toEqual(["https://news.example/br", "https://news.example/bomb", "https://news.example/plain"]);
    const [ok, cut, plain] = rs.map((r) => (r.ok ? r.article : undefined));
    expect(ok!.text).toContain("The ferry returns on Monday after a month of repairs.");
    expect(ok!.warnings).toEqual([]);
    expect(cut!.warnings.map((w) => w.code)).toContain("DECOMPRESSION_LIMIT");
    expect(plain!.text).toBe(ok!.text);
    expect(plain!.warnings[0]).toMatchObject({ code: "DECOMPRESSION_FAILED", message: expect.stringMatching(/it was read as it is$/) });
  });

  it("reads the extracted text of a WET file's conversion records, with their URL", async () => {
    const text = "Ferry returns\n\nThe ferry returns on Monday after a month of repairs.\nTickets go on sale today.\n";
    const conversion = (uri: string, body: string, type = "text/plain") => {
      const bytes = Buffer.from(body);
      const head = `WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2024-03-05T10:20:30Z\r\nContent-Type: ${type}\r\nContent-Length: ${bytes.length}\r\n\r\n`;
      return Buffer.concat([Buffer.from(head), bytes, Buffer.from("\r\n\r\n")]);
    };
    const rs = await readAll(
      Buffer.concat([
        conversion("https://news.example/ferry", text),
        conversion("https://news.example/pdf", "%PDF", "application/pdf"),
        good("two"),
      ]),
      "CC-MAIN-00000.warc.wet",
    );
    expect(urls(rs)).toEqual(["https://news.example/ferry", "https://news.example/two"]);
    const wet = rs[0]!.ok ? rs[0]!.article : undefined;
    expect(wet?.source.kind).toBe("warc");
    expect(wet?.text).toContain("The ferry returns on Monday after a month of repairs.");
  });

  it("in memory, a WARC is refused with a pointer to the streaming reader", () => {
    const [r] = [...readInput({ bytes: good("one"), path: "x.warc" })];
    expect(r?.ok === false && r.error.code).toBe("UNSUPPORTED_INPUT");
  });
});

describe("WARC.gz with a corrupt gzip member", () => {
  /** A record big enough that its gzip member spans several zlib feeds (text that does not compress much). */
  const bulky = (name: string) => {
    let x = name.length * 7919;
    const words = Array.from({ length: 6000 }, () => ((x = (x * 48271) % 2147483647), x.toString(36)));
    return warcRecord({ uri: `https://news.example/${name}`, body: page(`Story ${name}`, [`The ${name} story.`, words.join(" ")]) });
  };

  it("loses only the records of the bad member and goes on", async () => {
    const names = ["one", "two", "three", "four", "five"];
    const members = names.map((n) => gzipMembers([bulky(n)]));
    expect(members[2]!.length).toBeGreaterThan(24 * 1024);
    const bad = Buffer.from(members[2]!);
    bad.fill(0x55, 5000, 5400); // scribble over the middle of the third member's deflate data
    const rs = await readAll(Buffer.concat([members[0]!, members[1]!, bad, members[3]!, members[4]!]), "crawl.warc.gz", 4096);
    expect(urls(rs)).toEqual(["one", "two", "four", "five"].map((n) => `https://news.example/${n}`));
    expect(rs.some((r) => !r.ok && r.error.code === "DECOMPRESSION_FAILED")).toBe(true);
  });
});

describe("records other tools write: none is dropped without a line", () => {
  const html = (name: string) => page(`Story ${name}`, [`The ${name} story has a paragraph of its own.`]);
  const head = (name: string, type = "application/http; msgtype=response") => [
    "WARC/1.0",
    "WARC-Type: response",
    `WARC-Target-URI: https://news.example/${name}`,
    "WARC-Date: 2024-03-05T10:20:30Z",
    `Content-Type: ${type}`,
  ];
  const record = (lines: string[], block: string, eol = "\r\n") =>
    Buffer.from([...lines, `Content-Length: ${Buffer.byteLength(block)}`].join(eol) + eol + eol + block + "\r\n\r\n");

  it("reads LF-only headers, a 200 with no Content-Type, a response with no HTTP block; reports an unreadable one", async () => {
    const rs = await readAll(
      Buffer.concat([
        record(head("lf-warc"), `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${html("lf-warc")}`, "\n"),
        record(head("lf-http"), `HTTP/1.1 200 OK\nContent-Type: text/html\n\n${html("lf-http")}`),
        record(head("no-type"), `HTTP/1.1 200 OK\r\nServer: test\r\n\r\n${html("no-type")}`),
        record(head("no-type-image"), "HTTP/1.1 200 OK\r\nServer: test\r\n\r\nGIF89a binary"),
        record(head("no-http", "text/html"), html("no-http")),
        record(head("garbled"), `a status line that is not one\r\n\r\n${html("garbled")}`),
        good("end"),
      ]),
    );
    expect(urls(rs)).toEqual([
      "https://news.example/lf-warc",
      "https://news.example/lf-http",
      "https://news.example/no-type",
      "https://news.example/no-http",
      "https://news.example/end",
    ]);
    for (const r of rs) if (r.ok) expect(r.article.text).toContain("story has a paragraph of its own.");
    expect(rs.filter((r) => !r.ok).map((r) => !r.ok && [r.error.code, r.source.url])).toEqual([["CORRUPT_RECORD", undefined]]);
  });
});
