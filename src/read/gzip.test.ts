import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipBomb, gzipMembers, page, warcRecord } from "../../test/fixtures/inputs/build.js";
import type { ReadResult } from "./article.js";
import { readInput, readStream } from "./index.js";

async function readAll(data: Uint8Array, path: string, maxBytes?: number): Promise<ReadResult[]> {
  const open = async function* () {
    for (let i = 0; i < data.length; i += 64 * 1024) yield data.subarray(i, i + 64 * 1024);
  };
  const out: ReadResult[] = [];
  for await (const r of readStream({ path, open }, maxBytes ? { maxBytes } : {})) out.push(r);
  return out;
}

const story = "The harbour reopened on Monday after a week of storms.\n\nFishing crews returned to work at dawn.\n";

describe("gzip", () => {
  it("is undone transparently, whatever the file is called", async () => {
    const [r] = await readAll(gzipSync(story), "notes.bin");
    expect(r?.ok && r.article.text).toBe(story);
    expect(r?.ok && r.article.source.kind).toBe("text");
    const [m] = [...readInput({ bytes: gzipSync(story) })];
    expect(m?.ok && m.article.text).toBe(story);
  });

  it("stops a gzip bomb (1 GiB of zeros in about 1 MB) at the limit, fast and without holding it", async () => {
    const bomb = gzipBomb(1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const rs = await readAll(bomb, "bomb.txt.gz", 8 * 1024 * 1024);
    const ms = performance.now() - t0;
    expect(rs).toHaveLength(1);
    expect(!rs[0]!.ok && rs[0]!.error.code).toBe("DECOMPRESSION_LIMIT");
    expect(ms).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(256 * 1024 * 1024);
  });

  it("stops a gzip bomb with the default 64 MiB limit too, and in memory", async () => {
    const bomb = gzipBomb(1024);
    const rs = await readAll(bomb, "bomb.gz");
    expect(!rs[0]!.ok && rs[0]!.error.code).toBe("DECOMPRESSION_LIMIT");
    const [m] = [...readInput({ bytes: bomb, path: "bomb.gz" })];
    expect(!m!.ok && m!.error.code).toBe("DECOMPRESSION_LIMIT");
  });

  it("keeps the good WARC records before a bomb hidden in a .warc.gz, then reports it", async () => {
    const rec = warcRecord({ uri: "https://news.example/a", body: page("A", ["Alpha paragraph."]) });
    const rs = await readAll(Buffer.concat([gzipMembers([rec]), gzipBomb(128)]), "crawl.warc.gz", 4 * 1024 * 1024);
    expect(rs[0]?.ok && rs[0].article.source.url).toBe("https://news.example/a");
    expect(rs.some((r) => !r.ok && r.error.code === "DECOMPRESSION_LIMIT")).toBe(true);
  });

  it("a large but ordinary gzip file is cut at the limit with a warning, not refused", async () => {
    const text = Array.from(
      { length: 8000 },
      (_, i) => `Boat ${(i * 7919) % 10007} landed ${(i * 104729) % 9973} kg at pier ${i % 37}.`,
    ).join(" ");
    const [r] = await readAll(gzipSync(text), "big.txt.gz", 64 * 1024);
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.article.text.length).toBe(64 * 1024);
    expect(r.article.warnings.map((w) => w.code)).toContain("INPUT_TRUNCATED");
  });

  it("reads what a truncated gzip file holds, with a warning", async () => {
    const long = story.repeat(200);
    const gz = gzipSync(long);
    const cut = gz.subarray(0, Math.floor(gz.length / 2));
    for (const r of [...(await readAll(cut, "cut.txt.gz")), ...readInput({ bytes: cut })]) {
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.article.warnings.map((w) => w.code)).toContain("DECOMPRESSION_FAILED");
      expect(r.article.text.length).toBeGreaterThan(0);
      expect(long.startsWith(r.article.text)).toBe(true);
    }
  });

  describe("a corrupt stream ends fast with one DECOMPRESSION_FAILED and never re-reads a member", () => {
    const faults = (rs: ReadResult[]) =>
      rs.flatMap((r) => (r.ok ? r.article.warnings.map((w) => w.code) : [r.error.code])).filter((c) => c === "DECOMPRESSION_FAILED");

    it("a single member with a bad CRC", async () => {
      const gz = gzipSync(story);
      gz[gz.length - 6]! ^= 0xff;
      const rs = await readAll(gz, "badcrc.txt.gz");
      expect(rs).toHaveLength(1);
      expect(faults(rs)).toHaveLength(1);
    });

    it("garbage after a gzip header, then the next input is read", async () => {
      const garbage = Buffer.from(Array.from({ length: 40_000 }, (_, i) => (i * 131 + 7) % 251));
      const rs = await readAll(Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08]), garbage]), "fake.gz");
      expect(faults(rs)).toHaveLength(1);
      const [next] = await readAll(Buffer.from(story), "plain.txt");
      expect(next?.ok && next.article.text).toBe(story);
    });

    it("a bad first member of a WARC.gz loses only that member's record", async () => {
      const recs = ["a", "b", "c"].map((id) =>
        gzipSync(warcRecord({ uri: `https://news.example/${id}`, body: page(`Story ${id}`, [`Paragraph ${id} of the story.`]) })),
      );
      recs[0]!.fill(0, 30, 50);
      const rs = await readAll(Buffer.concat(recs), "crawl.warc.gz");
      expect(faults(rs)).toHaveLength(1);
      expect(rs.filter((r) => r.ok).map((r) => r.ok && r.article.source.url)).toEqual(["https://news.example/b", "https://news.example/c"]);
    });
  });
});
