import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { page, warcRecord, zipOf } from "../../test/fixtures/inputs/build.js";
import type { ReadResult, ReadOptions } from "./article.js";
import { readPaths, readStream } from "./index.js";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-zip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const story = page("Ferry returns", ["The ferry returns to the quay on Monday after three weeks of repairs, the harbour office said."]);

/** Every result of the archive, read from a file on disk and from a stream (stdin). */
async function both(zip: Buffer, options: ReadOptions = {}): Promise<[ReadResult[], ReadResult[]]> {
  const file = join(dir, `a${Math.random().toString(36).slice(2)}.zip`);
  writeFileSync(file, zip);
  const fromFile: ReadResult[] = [];
  for await (const item of readPaths([file]))
    if (item.ok && "input" in item) for await (const r of readStream(item.input, options)) fromFile.push(r);
  const fromStream: ReadResult[] = [];
  const open = async function* () {
    for (let i = 0; i < zip.length; i += 1000) yield zip.subarray(i, i + 1000);
  };
  for await (const r of readStream({ path: "-", open }, options)) fromStream.push(r);
  return [fromFile, fromStream];
}

const summary = (rs: ReadResult[]) =>
  rs.map((r) => `${r.ok ? r.article.source.kind : r.error.code} ${(r.ok ? r.article.source.path : r.source.path)?.replace(/^.*!\//, "")}`);

describe("ZIP archives", () => {
  it("read each file inside as a file of its own, passing over folders, hidden files and __MACOSX", async () => {
    const zip = zipOf([
      { name: "news/ferry.html", data: story },
      { name: "news/", data: "", store: true },
      { name: "export.jsonl", data: '{"title":"Bridge","text":"The council approved the bridge."}\n' },
      { name: "links.txt", data: "https://quay.example/a\n", store: true },
      { name: ".DS_Store", data: "junk" },
      { name: "__MACOSX/news/._ferry.html", data: "junk" },
      { name: "news/ferry_files/style.css", data: "body { color: black }" },
    ]);
    for (const rs of await both(zip)) {
      expect(summary(rs)).toEqual(["html news/ferry.html", "jsonl export.jsonl", "NO_ARTICLE links.txt"]);
      expect(rs[0]!.ok && rs[0]!.article.metadata.headline).toBe("Ferry returns");
    }
    const [[first]] = await both(zip);
    expect(first!.ok && first!.article.source.path).toMatch(/\.zip!\/news\/ferry\.html$/);
  });

  it("read a WACZ's WARC files only, not its indexes and page lists", async () => {
    const warc = gzipSync(warcRecord({ uri: "https://quay.example/ferry", body: story }));
    const wacz = zipOf([
      { name: "datapackage.json", data: '{"profile":"data-package","resources":[]}' },
      { name: "pages/pages.jsonl", data: '{"format":"json-pages-1.0"}\n{"url":"https://quay.example/ferry","title":"Ferry"}\n' },
      { name: "indexes/index.cdx", data: "com,example)/ferry 20240305102030 {}\n" },
      { name: "archive/data.warc.gz", data: warc, store: true },
    ]);
    for (const rs of await both(wacz)) {
      expect(summary(rs)).toEqual(["warc archive/data.warc.gz"]);
      expect(rs[0]!.ok && rs[0]!.article.source.url).toBe("https://quay.example/ferry");
    }
  });

  it("refuse a zip bomb, an archive in an archive and an encrypted file; a corrupt file costs only itself", async () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    const zip = zipOf([
      { name: "bomb.txt", data: zeros },
      { name: "inner.zip", data: zipOf([{ name: "a.txt", data: "text" }]), store: true },
      { name: "secret.txt", data: "The ferry returns.", encrypted: true, store: true },
      { name: "bad-crc.txt", data: "The ferry returns on Monday.", crc: 1234 },
      { name: "good.txt", data: "The bridge opens on Tuesday, the council said." },
    ]);
    for (const rs of await both(zip, { maxBytes: 1024 * 1024 })) {
      expect(summary(rs)).toEqual([
        "DECOMPRESSION_LIMIT bomb.txt",
        "UNSUPPORTED_INPUT inner.zip",
        "UNSUPPORTED_INPUT secret.txt",
        "text bad-crc.txt",
        "CORRUPT_RECORD bad-crc.txt",
        "text good.txt",
      ]);
    }
  });

  it("read files whatever their names: UTF-8, '../' and absolute ones (nothing is written to disk)", async () => {
    const zip = zipOf([
      { name: "../../etc/notes.txt", data: "The ferry returns on Monday." },
      { name: "/abs.txt", data: "The bridge opens on Tuesday." },
      { name: "caf\u00e9.txt", data: "The café opens." },
    ]);
    for (const rs of await both(zip)) expect(summary(rs)).toEqual(["text ../../etc/notes.txt", "text /abs.txt", "text café.txt"]);
  });

  it("say so when the archive is cut short or is no ZIP at all", async () => {
    const zip = zipOf([{ name: "a.txt", data: "The ferry returns." }]);
    for (const rs of await both(zip.subarray(0, zip.length - 30))) expect(summary(rs)).toEqual([expect.stringMatching(/^READ_FAILED /)]);
    for (const rs of await both(Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(100, 0xff)])))
      expect(summary(rs)).toEqual([expect.stringMatching(/^READ_FAILED /)]);
  });
});
