import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzePaths, isErrorResult, type AnalyzeResult } from "../src/analyze/index.js";
import type { ArticleRecord } from "../src/model/record.js";
import { validateRecord } from "../src/model/validate.js";
import { segment } from "../src/text/segment.js";
import { jsonLines, runCli } from "./run-cli.js";
import { readInput } from "../src/read/index.js";

// Every input here is generated at test time in a temporary folder; nothing big is committed.
const PARAGRAPH = "The delegation reached Oslo on Monday and the talks began at once. Officials said progress was slow.\n\n";
const SHORT = "The port reopened on Monday.\nOfficials said the first ships would leave soon.\n";
let dir: string;
const file = (name: string) => join(dir, name);
const codes = (r: Record<string, any>) => (r.warnings as { code: string }[]).map((w) => w.code);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-bad-"));
  writeFileSync(file("empty.txt"), "");
  writeFileSync(
    file("binary.bin"),
    Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256),
  );
  // UTF-8 with accents and one stray byte (0xFF can never occur in UTF-8).
  writeFileSync(
    file("invalid-utf8.txt"),
    Buffer.concat([
      Buffer.from("The café in São Paulo reopened; the naïve plan "),
      Buffer.from([0xff]),
      Buffer.from(" had failed, officials said.\n"),
    ]),
  );
  writeFileSync(
    file("latin1.txt"),
    Buffer.from("The café in São Paulo reopened on Monday after the talks. The minister said the naïve plan had failed.\n", "latin1"),
  );
  writeFileSync(file("utf16le.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SHORT, "utf16le")]));
  writeFileSync(file("utf16be.txt"), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SHORT, "utf16le").swap16()]));
  writeFileSync(file("crlf.txt"), SHORT.replace(/\n/g, "\r\n"));
  writeFileSync(file("long-line.txt"), "The talks went on and on without a break ".repeat(128_000) + "\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bad input through the CLI, in one batch", () => {
  let lines: Record<string, any>[];
  let code: number | null;
  const names = [
    "empty.txt",
    "binary.bin",
    "invalid-utf8.txt",
    "latin1.txt",
    "utf16le.txt",
    "utf16be.txt",
    "crlf.txt",
    "long-line.txt",
    "missing.txt",
  ];
  const byName = (name: string) => lines.find((l) => l.source.path === file(name))!;

  beforeAll(async () => {
    const run = await runCli(["analyze", ...names.map(file), "--format", "jsonl"]);
    code = run.code;
    lines = jsonLines(run.stdout);
  }, 60_000);

  it("gives one line per input, in order, and exit code 1 because some could not be read", () => {
    expect(lines.map((l) => l.source.path)).toEqual(names.map(file));
    expect(code).toBe(1);
    for (const l of lines) if (!l.error) expect(validateRecord(l)).toEqual([]);
  });

  it("empty file: a record with an EMPTY_INPUT warning", () => {
    const r = byName("empty.txt");
    expect(r.text).toBe("");
    expect(codes(r)).toContain("EMPTY_INPUT");
    expect(r.metadata.language).toBe("und");
  });

  it("binary file: an error line with BINARY_INPUT", () => {
    expect(byName("binary.bin")).toEqual({
      source: { path: file("binary.bin") },
      error: { code: "BINARY_INPUT", message: expect.stringContaining("binary") },
    });
  });

  it("an export compressed in a format not opened (zstd, bzip2, xz, 7z; zip in memory), or a PDF: says which and what to do", () => {
    const packed: [string, number[], RegExp][] = [
      ["zstd", [0x28, 0xb5, 0x2f, 0xfd], /is Zstandard data, which newsgraph does not open: decompress it first \(zstd -d\)$/],
      ["bzip2", [0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59], /is bzip2 data/],
      ["xz", [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], /is xz data/],
      [
        "zip",
        [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00],
        /is ZIP data, which newsgraph opens only as a file or a stream of its own, not from memory or inside gzip: unpack it first \(unzip\) and give its folder$/,
      ],
      ["7z", [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], /is 7-Zip data/],
      [
        "pdf",
        [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a],
        /is PDF data, which newsgraph does not read: turn it into text first \(pdftotext\)/,
      ],
    ];
    for (const [name, magic, message] of packed) {
      const bytes = Buffer.concat([Buffer.from(magic), Buffer.from([0, 1, 2, 3, 0, 0, 7, 8, 0, 0, 0xff, 0xfe])]);
      expect([...readInput({ bytes, path: `export.jsonl.${name}` })]).toEqual([
        {
          ok: false,
          source: { path: `export.jsonl.${name}` },
          error: { code: "UNSUPPORTED_INPUT", message: expect.stringMatching(message) },
        },
      ]);
    }
  });

  it("invalid UTF-8: read as UTF-8, the bad byte replaced, with an INVALID_UTF8 warning", () => {
    const r = byName("invalid-utf8.txt");
    expect(r.source.encoding).toBe("utf-8");
    expect(r.text).toContain("São Paulo");
    expect(r.text).toContain("naïve plan \ufffd had failed");
    expect(codes(r)).toContain("INVALID_UTF8");
  });

  it("Latin-1: decoded correctly with an ENCODING_GUESSED warning", () => {
    const r = byName("latin1.txt");
    expect(r.text).toContain("The café in São Paulo");
    expect(r.text).toContain("naïve");
    expect(codes(r)).toContain("ENCODING_GUESSED");
  });

  it("UTF-16 with a BOM, little- and big-endian: decoded by the BOM, which is not in the text", () => {
    for (const [name, encoding] of [
      ["utf16le.txt", "utf-16le"],
      ["utf16be.txt", "utf-16be"],
    ]) {
      const r = byName(name!);
      expect(r.source.encoding).toBe(encoding);
      expect(r.text).toBe(SHORT);
      expect(r.metadata.language).toBe("en");
    }
  });

  it("CRLF line ends: text kept as is, blocks and sentences without the CR", () => {
    const r = byName("crlf.txt") as ArticleRecord;
    expect(r.text).toBe(SHORT.replace(/\n/g, "\r\n"));
    expect(r.blocks.map((b) => b.text)).toEqual(["The port reopened on Monday.", "Officials said the first ships would leave soon."]);
    expect(segment(r.text).map((s) => r.text.slice(s.start, s.end))).toEqual([
      "The port reopened on Monday.",
      "Officials said the first ships would leave soon.",
    ]);
  });

  it("one 5 MB line: a record holding the whole line", () => {
    const r = byName("long-line.txt") as ArticleRecord;
    expect(r.text.length).toBeGreaterThan(5_000_000);
    expect(r.blocks).toHaveLength(1);
    expect(r.metadata.language).toBe("en");
  });

  it("a missing file: an error line with NOT_FOUND", () => {
    expect(byName("missing.txt").error.code).toBe("NOT_FOUND");
  });

  it("exit code 0 when every input gave a record, even with warnings", async () => {
    const run = await runCli(["analyze", file("empty.txt"), file("latin1.txt")]);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toHaveLength(2);
  });
});

describe("a 50 MB file through analyzePaths", () => {
  const collect = async (paths: string[], options = {}) => {
    const out: AnalyzeResult[] = [];
    for await (const r of analyzePaths(paths, options)) out.push(r);
    return out;
  };

  // Reading and layout are under test here; the entity tagger's linear time has its own tests.
  it("is read and laid out whole without a hang, and the next input in the batch still comes out", async () => {
    const text = "Café talks: " + PARAGRAPH.repeat(Math.ceil((50 * 1024 * 1024) / PARAGRAPH.length));
    writeFileSync(file("big.txt"), text);
    writeFileSync(file("after.txt"), SHORT);
    const started = performance.now();
    const results = await collect([file("big.txt"), file("after.txt")], { disable: ["entities"] });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(results).toHaveLength(2);
    const [big, after] = results as ArticleRecord[];
    expect(big!.text.length).toBe(text.length);
    expect(big!.metadata.language).toBe("en");
    expect(codes(big!)).not.toContain("INVALID_RECORD");
    expect(after!.text).toBe(SHORT);
  }, 60_000);

  it("over the byte limit it is cut with INPUT_TRUNCATED, and a character cut in half does not spoil the decoding", async () => {
    // Cyrillic letters take 2 bytes: a cut at 1,000,001 bytes falls inside one.
    const bytes = Buffer.from("Рост — цены растут. ".repeat(40_000));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, 1_000_001))).toThrow();
    writeFileSync(file("wide.txt"), bytes);
    const [r] = await collect([file("wide.txt")], { maxBytes: 1_000_001 });
    expect(isErrorResult(r!)).toBe(false);
    const record = r as ArticleRecord;
    expect(codes(record)).toContain("INPUT_TRUNCATED");
    expect(record.source.encoding).toBe("utf-8");
    expect(record.text.startsWith("Рост — цены растут.")).toBe(true);
    expect(record.metadata.language).toBe("ru");
  });
});
